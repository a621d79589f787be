import type { ThemeConfig } from 'antd';

/*
 * antd's default palette puts secondary text, placeholders, links and the primary button below WCAG AA's
 * 4.5:1 contrast on white; these tokens take each one shade darker (axe-core checks every page).
 */
const ACCESSIBLE_TOKENS: ThemeConfig['token'] = {
  colorPrimary: '#0958d9',
  colorInfo: '#0958d9',
  colorLink: '#0958d9',
  colorError: '#cf1322',
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  colorTextDescription: 'rgba(0, 0, 0, 0.6)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  colorInfoText: '#003eb3',
  colorSuccessText: '#237804',
  colorWarningText: '#ad4e00',
  colorErrorText: '#a8071a',
};

/** The admin's theme; `motion` off for people who ask their system for less motion. */
export function adminTheme(motion: boolean): ThemeConfig {
  return { token: { ...ACCESSIBLE_TOKENS, motion } };
}
