// What one language brings: its catalogues (namespace → messages) and zod's error messages in that language.
import type { en } from 'zod/v4/locales';

/** A zod locale: its `localeError` words an issue. */
export type ZodLocale = ReturnType<typeof en>;

export interface LanguageBundle {
  /** Namespace → nested messages. The French and Arabic shapes differ from English only in plural forms. */
  resources: Record<string, object>;
  /** zod's messages in this language, loaded on demand (they are not needed until something is refused). */
  zodLocale: () => Promise<typeof en>;
}
