import dayjs from 'dayjs';
// Both are a few hundred bytes: loaded up front so the first picker is already in the right language.
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { localeStore, type Locale } from './locale';

/** dayjs's name for each UI locale; antd's DatePicker words its headers and weekdays through dayjs. */
const DAYJS_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };

function applyDayjsLocale(): void {
  dayjs.locale(DAYJS_LOCALES[localeStore.get()]);
}

/**
 * Keeps dayjs's global locale in step with the UI's (and so with antd's ConfigProvider locale). The
 * store notifies synchronously in setLocale, before React re-renders the pickers.
 */
export function syncDayjsLocale(): () => void {
  applyDayjsLocale();
  return localeStore.subscribe(applyDayjsLocale);
}
