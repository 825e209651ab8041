// Message keys are checked by the compiler against the English catalogues: a `t('…')` with a key English lacks
// does not build. (French and Arabic are held to English by tests/domain/i18n-catalogues.test.ts.)
import 'i18next';
import type { Resources } from './locales/en/index.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
    returnNull: false;
  }
}
