import { Suspense, useEffect, useRef } from 'react';
import { RouterProvider } from 'react-router/dom';
import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { createApolloClient } from '../shared/api/apollo-client';
import { MessageBridge } from '../shared/feedback/notify';
import { OfflineBanner } from '../shared/feedback/OfflineBanner';
import { PageSpinner } from '../shared/feedback/PageSpinner';
import { syncDayjsLocale } from '../shared/i18n/dayjs-locale';
import { translate, useLocale } from '../shared/i18n/locale';
import { adminTheme } from '../shared/ui/theme';
import { router } from './routes';

const client = createApolloClient();
const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS };
// dayjs (date pickers' month, year and weekday names) follows the same locale as antd.
syncDayjsLocale();
// People who ask their system for less motion get dialogs and drawers without zoom and slide.
const REDUCED_MOTION =
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const THEME = adminTheme(!REDUCED_MOTION);

/** Providers shared by every page: antd locale and message context, Apollo, the router. */
export function App() {
  const locale = useLocale();
  const shown = useRef(locale);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate(locale, 'app.title');
    // Texts the API words (light reasons, notification titles) come in the request's language: ask again.
    if (shown.current !== locale) void client.refetchQueries({ include: 'active' });
    shown.current = locale;
  }, [locale]);
  useEffect(() => {
    // Back online after a gap: what is on screen may be stale.
    const refresh = () => void client.refetchQueries({ include: 'active' });
    window.addEventListener('online', refresh);
    return () => window.removeEventListener('online', refresh);
  }, []);

  return (
    <ConfigProvider locale={ANTD_LOCALES[locale]} theme={THEME}>
      <AntApp>
        <MessageBridge />
        <OfflineBanner />
        <ApolloProvider client={client}>
          <Suspense fallback={<PageSpinner />}>
            <RouterProvider router={router} />
          </Suspense>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}
