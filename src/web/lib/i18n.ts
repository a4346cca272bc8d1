import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Catalog } from '../../shared/i18n/vi';
import { viCore } from '../../shared/i18n/vi-core';

// Typed keys: t('overview.timeline') is checked against the Vietnamese catalog.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalog };
  }
}

const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'vd.lang';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** Vietnamese is bundled (but for the audit words); English is loaded on demand (keeps the first load small). */
export async function setLanguage(lang: Language): Promise<void> {
  if (lang === 'en' && !i18next.hasResourceBundle('en', 'translation')) {
    const { en } = await import('../../shared/i18n/en');
    i18next.addResourceBundle('en', 'translation', en);
  }
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: 'vi',
    fallbackLng: 'vi',
    // typed as the whole catalog; the audit words join it from web/features/audit/catalog.ts
    resources: { vi: { translation: viCore as Catalog } },
    interpolation: { escapeValue: false },
  });
  if (storedLanguage() === 'en') await setLanguage('en');
}

export const currentLanguage = (): Language => (i18next.language === 'en' ? 'en' : 'vi');
