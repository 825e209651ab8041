// The interface language: i18next with one message catalogue per feature (namespace) in English, French and Arabic.
// English ships in the first-load bundle (it is also the fallback); French and Arabic load on demand, one chunk each,
// with zod's messages in the same language. The language comes from the signed-in person's choice (applied by the
// session), else this browser's last choice, else the browser's languages; it sets <html lang dir>.
import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { config as zodConfig } from 'zod';
import { DEFAULT_UI_LANGUAGE, UI_LANGUAGES, directionOf, uiLanguageOf, type UiLanguage } from '@domain/locales.ts';
import type { LanguageBundle, ZodLocale } from './locales/bundle.ts';
import { NAMESPACES, bundle as englishBundle } from './locales/en/index.ts';

/** Where this browser remembers the language chosen before (or without) signing in. */
export const LANGUAGE_STORAGE_KEY = 'claimdesk.language';

const bundles: Record<UiLanguage, () => Promise<LanguageBundle>> = {
  en: () => Promise.resolve(englishBundle),
  fr: () => import('./locales/fr/index.ts').then((m) => m.bundle),
  ar: () => import('./locales/ar/index.ts').then((m) => m.bundle),
};
const loaded = new Map<UiLanguage, Promise<LanguageBundle>>();
function loadBundle(language: UiLanguage): Promise<LanguageBundle> {
  let bundle = loaded.get(language);
  if (!bundle) {
    bundle = bundles[language]();
    loaded.set(language, bundle);
  }
  return bundle;
}

/** zod's messages in the language in use; until they load (or for English, zod's own), zod's English. */
let zodLocale: ZodLocale | null = null;

export const i18n = i18next.createInstance();

void i18n
  .use(LanguageDetector)
  .use(
    resourcesToBackend((language: string, namespace: string) =>
      loadBundle(uiLanguageOf(language) ?? DEFAULT_UI_LANGUAGE).then((b) => b.resources[namespace]),
    ),
  )
  .use(initReactI18next)
  .init({
    resources: { en: englishBundle.resources },
    partialBundledLanguages: true,
    supportedLngs: [...UI_LANGUAGES],
    fallbackLng: DEFAULT_UI_LANGUAGE,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes what it renders.
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: [], // only an explicit choice is remembered (chooseLanguage)
      convertDetectedLanguage: (tag: string) => uiLanguageOf(tag) ?? tag,
    },
    react: { useSuspense: true },
  });

/** The interface language now in use. */
export function currentLanguage(): UiLanguage {
  return uiLanguageOf(i18n.resolvedLanguage ?? i18n.language) ?? DEFAULT_UI_LANGUAGE;
}

async function applyLanguage(tag: string) {
  const language = uiLanguageOf(tag) ?? DEFAULT_UI_LANGUAGE;
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
  if (language === 'en' && zodLocale === null) return; // zod speaks English until told otherwise
  const locale = (await (await loadBundle(language)).zodLocale())();
  if (currentLanguage() !== language) return; // switched again meanwhile
  zodLocale = locale;
  zodConfig(locale);
}
i18n.on('languageChanged', (tag: string) => void applyLanguage(tag));
if (i18n.language) void applyLanguage(i18n.language);

/** Switches the interface language and remembers it in this browser. */
export async function chooseLanguage(language: UiLanguage): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage refused (private mode, quota): the choice holds for this visit and, signed in, on the account.
  }
  if (currentLanguage() !== language) await i18n.changeLanguage(language);
}

/** zod's message for an issue, in the interface language (for refusals the server describes by their zod issue). */
export function zodMessage(issue: Parameters<ZodLocale['localeError']>[0]): string | undefined {
  const words = zodLocale?.localeError ?? zodConfig().localeError;
  const result = words?.(issue);
  return typeof result === 'string' ? result : result?.message;
}
