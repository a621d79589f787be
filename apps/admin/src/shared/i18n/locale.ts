import { useCallback } from 'react';
import type { Bilingual } from '@duban/rules';
import { createExternalStore, useExternalStore } from '../external-store';
import { CATALOGS, type MessageKey } from './messages';

/** The UI locale; also sent as Accept-Language so the API answers errors in the same language. */
export type Locale = keyof typeof CATALOGS;

const STORAGE_KEY = 'duban.locale';
export const LOCALES: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'EN' },
];

function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && v in CATALOGS;
}

// Chinese first: only an explicit earlier choice switches the UI to English.
const saved = localStorage.getItem(STORAGE_KEY);
export const localeStore = createExternalStore<Locale>(isLocale(saved) ? saved : 'zh-CN');
// The page's language follows the UI's, so screen readers pronounce it right.
document.documentElement.lang = localeStore.get();

export function setLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  localeStore.set(locale);
  document.documentElement.lang = locale;
}

/** Which half of the rules' bilingual texts (labels, reasons) each locale shows. */
const BILINGUAL_SIDE: Record<Locale, keyof Bilingual> = { 'zh-CN': 'zh', en: 'en' };

/** A UI string: one of the admin's own messages, or a label the rules supply in both languages. */
export type Translatable = MessageKey | Bilingual;

export type Translate = (key: Translatable, params?: Record<string, string | number>) => string;

export function translate(
  locale: Locale,
  key: Translatable,
  params?: Record<string, string | number>,
): string {
  const text = typeof key === 'string' ? CATALOGS[locale][key] : key[BILINGUAL_SIDE[locale]];
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : text;
}

/** Translation for code outside React (links, notifications): always the current locale. */
export const t: Translate = (key, params) => translate(localeStore.get(), key, params);

export function useLocale(): Locale {
  return useExternalStore(localeStore);
}

/** `t` bound to the current locale; components re-render when the locale changes. */
export function useT(): Translate {
  const locale = useLocale();
  return useCallback((key, params) => translate(locale, key, params), [locale]);
}
