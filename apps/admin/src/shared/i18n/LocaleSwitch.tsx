import { Segmented } from 'antd';
import { LOCALES, setLocale, useLocale, useT } from './locale';

/** 中文 / EN toggle; the choice is remembered in localStorage. */
export function LocaleSwitch() {
  const locale = useLocale();
  const t = useT();
  return (
    <Segmented
      size="small"
      aria-label={t('locale.switch')}
      options={LOCALES}
      value={locale}
      onChange={(value) => setLocale(value)}
    />
  );
}
