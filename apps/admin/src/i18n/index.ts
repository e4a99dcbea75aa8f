import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import nb from './nb';

export type AppLocale = 'nb' | 'en';

/** Norwegian Bokmål is the default; each language is named in itself (and marked up with its own lang). */
export const DEFAULT_LOCALE: AppLocale = 'nb';
export const LOCALES: { locale: AppLocale; name: string }[] = [
  { locale: 'nb', name: 'Norsk bokmål' },
  { locale: 'en', name: 'English' },
];

export function isAppLocale(value: unknown): value is AppLocale {
  return LOCALES.some(({ locale }) => locale === value);
}

/** Norwegian ships in the main bundle; English is loaded when someone picks it. */
const getMessages = (locale: string): TranslationMessages | Promise<TranslationMessages> =>
  locale === 'en' ? import('./en').then((module) => module.default) : nb;

export const i18nProvider = polyglotI18nProvider(getMessages, DEFAULT_LOCALE, LOCALES);
