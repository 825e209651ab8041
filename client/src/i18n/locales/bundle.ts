// What one language brings: its catalogues (namespace → messages) and zod's error messages in that language.
import type { en } from 'zod/v4/locales';

export interface LanguageBundle {
  /** Namespace → nested messages. The French and Arabic shapes differ from English only in plural forms. */
  resources: Record<string, object>;
  zodLocale: typeof en;
}
