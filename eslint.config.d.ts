// Types of eslint.config.js for the test that reuses its rule options (tests/client/no-literal-strings.test.ts).
import type { Linter } from 'eslint';

export const noLiteralString: Record<string, unknown>;
declare const config: Linter.Config[];
export default config;
