// Zod set up for the browser's CSP: the app runs under `script-src 'self'` (no 'unsafe-eval'), where zod's
// `new Function` probe for compiled parsers is reported as a securitypolicyviolation even though zod catches the
// throw. `jitless` skips the probe. Imported first by main.tsx, before any schema is built (tests/e2e/hostile-markup.test.ts).
import { config } from 'zod';

config({ jitless: true });
