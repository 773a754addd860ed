import type { UiLocale } from '@zhicheng/contracts';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
// Only what the login page and the shell's frame need ship in the first bundle (named imports of a
// JSON module are tree-shaken); every page's own texts come with `loadAllTexts` (see router.tsx).
import {
  app,
  coming,
  display,
  errors,
  language,
  login,
  nav,
  notFound,
  password,
  roles,
  shell,
} from './zh-CN.json';

const zhCNCore = { app, coming, display, errors, language, login, nav, notFound, password, roles, shell };

/**
 * The UI languages: the contracts' `uiLocales` (status and action names exist in exactly these; a
 * test checks the two lists agree). Not imported from there: it would bring every name table into the
 * first bundle.
 */
export const languages = ['zh-CN', 'en-US'] as const satisfies readonly UiLocale[];
export type Language = UiLocale;

const storageKey = 'zhicheng.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage may be blocked; Chinese is the default anyway.
  }
  return 'zh-CN';
}

export const i18n = i18next.createInstance();

// Chinese ships with the first bundle; English is fetched when someone picks it.
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCNCore } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

function syncDocumentLanguage(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'zh-CN';
}

/** The locales whose JSON texts are in (Chinese ships with the first bundle). */
const loaded = new Set<Language>(['zh-CN']);

async function loadResources(lng: Language): Promise<void> {
  if (loaded.has(lng)) return;
  const { default: translation } = await import('./en-US.json');
  // Deep and without overwriting: the contracts' names may be there already (contract-texts.ts).
  i18n.addResourceBundle(lng, 'translation', translation, true, false);
  loaded.add(lng);
}

export async function changeLanguage(lng: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(storageKey, lng);
  } catch {
    // Not remembered across visits; still switches now.
  }
  await loadResources(lng);
  await i18n.changeLanguage(lng);
}

/** Applies the language remembered in this browser (English needs its texts fetched first). */
export function restoreLanguage(): Promise<void> {
  const lng = storedLanguage();
  return lng === currentLanguage() ? Promise.resolve() : changeLanguage(lng);
}

let allTexts: Promise<void> | undefined;

/**
 * Adds the Chinese texts of every page (zh-CN.json again, as a virtual module of its own so that
 * it becomes a separate chunk: see vite.config.ts). Lazy pages wait for it before they render.
 */
export function loadAllTexts(): Promise<void> {
  allTexts ??= import('virtual:zh-cn-texts').then(({ default: all }) => {
    i18n.addResourceBundle('zh-CN', 'translation', all, true, false);
  });
  return allTexts;
}
