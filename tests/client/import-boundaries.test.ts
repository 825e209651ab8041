// Imports flow one way (issue 18): shared code (lib, components, i18n, @domain) → one feature → the app layer; domain/
// needs no React, Express, file system, client or server; the server never imports the client; no import cycles.
// `npm run lint` checks the tree with eslint.config.js; these cases prove, with that same config, that each rule fails
// on what it must forbid and passes what the layers allow.
import { ESLint } from 'eslint';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const CONFIG = join(ROOT, 'eslint.config.js');
/** The fixtures are not project files, so the client's typed parsing (for the literal-string rule) is off for them. */
const UNTYPED_CLIENT = { files: ['client/src/**/*.{ts,tsx}'], languageOptions: { parserOptions: { projectService: false } } };

const rulesOf = (results: ESLint.LintResult[]) =>
  results.flatMap((r) => r.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`)).filter((id) => id !== 'i18next/no-literal-string');

// The first lint of a file that reaches the app shell walks the whole client for cycles: give it time on slow machines.
describe('the import boundaries', { timeout: 60_000 }, () => {
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: CONFIG, overrideConfig: UNTYPED_CLIENT });
  /** Lints `code` as if it were the file at `path` (from the root); what it imports is the real tree. */
  const lint = async (path: string, code: string) => rulesOf(await eslint.lintText(code, { filePath: join(ROOT, path) }));

  it.each([
    ['a feature importing another feature', 'client/src/features/claims/fixture.ts', "import { createReviewSlice } from '../review/review-slice.ts';"],
    ['a feature importing the app layer', 'client/src/features/claims/fixture.ts', "import { App } from '../../app/app.tsx';"],
    ['lib importing a feature', 'client/src/lib/fixture.ts', "import { createClaimsSlice } from '../features/claims/claims-slice.ts';"],
    ['a shared component importing a feature', 'client/src/components/fixture.tsx', "import { ClaimList } from '../features/claims/components/claim-list.tsx';"],
    ['i18n importing the app layer', 'client/src/i18n/fixture.ts', "import { useUiStore } from '../app/ui-store.ts';"],
    ['domain/ importing the server', 'domain/fixture.ts', "import { HttpError } from '../server/errors.ts';"],
    ['domain/ importing the client', 'domain/fixture.ts', "import { apiRequest } from '../client/src/lib/api-client.ts';"],
    ['the server importing the client', 'server/fixture.ts', "import { apiRequest } from '../client/src/lib/api-client.ts';"],
  ])('flags %s', async (_what, path, code) => {
    expect(await lint(path, code)).toEqual(['import-x/no-restricted-paths']);
  });

  it.each([['react'], ['react-dom/client'], ['express'], ['node:fs'], ['fs/promises']])('flags domain/ importing %s', async (name) => {
    expect(await lint('domain/fixture.ts', `import * as m from '${name}';\nexport { m };`)).toEqual(['no-restricted-imports']);
  });

  it.each([
    ['a feature importing its own modules, lib, components, i18n and @domain', 'client/src/features/claims/fixture.ts',
      "import { ClaimList } from './components/claim-list.tsx';\nimport { useUiStore } from '../../lib/ui-store.ts';\n" +
      "import { StatusMessage } from '../../components/status-message.tsx';\nimport { useFormat } from '../../i18n/format.ts';\n" +
      "import { VERDICTS } from '@domain/schemas.ts';"],
    ['the app layer importing features', 'client/src/app/fixture.ts',
      "import { ClaimsPanel } from '../features/claims/components/claims-panel.tsx';\nimport { ReviewPage } from '../features/review/components/review-page.tsx';"],
    ['domain/ importing domain/ and zod', 'domain/fixture.ts', "import { z } from 'zod';\nimport { VERDICTS } from './schemas.ts';"],
    ['the server importing domain/', 'server/fixture.ts', "import { VERDICTS } from '../domain/schemas.ts';"],
  ])('passes %s', async (_what, path, code) => {
    expect(await lint(path, code)).toEqual([]);
  });
});

describe('import cycles', { timeout: 60_000 }, () => {
  // Cycles need files on disk: a small tree in a temporary folder, linted with the same config from there.
  const tree = mkdtempSync(join(tmpdir(), 'claimdesk-cycles-'));
  afterAll(() => rmSync(tree, { recursive: true, force: true }));
  const eslint = new ESLint({ cwd: tree, overrideConfigFile: CONFIG, overrideConfig: UNTYPED_CLIENT });
  const lintTree = async (files: Record<string, string>) => {
    for (const [path, code] of Object.entries(files)) {
      mkdirSync(dirname(join(tree, path)), { recursive: true });
      writeFileSync(join(tree, path), code);
    }
    return rulesOf(await eslint.lintFiles(Object.keys(files)));
  };

  it.each([['client/src/lib'], ['server'], ['domain']])('flags two modules of %s that import each other', async (folder) => {
    const rules = await lintTree({
      [`${folder}/two-a.ts`]: "import { b } from './two-b.ts';\nexport const a = () => b;\n",
      [`${folder}/two-b.ts`]: "import { a } from './two-a.ts';\nexport const b = () => a;\n",
    });
    expect(rules).toEqual(['import-x/no-cycle', 'import-x/no-cycle']);
  });

  it('flags a longer cycle through a feature, and passes a type-only import back', async () => {
    expect(
      await lintTree({
        'client/src/features/claims/three-a.ts': "import { b } from './three-b.ts';\nexport const a = () => b;\n",
        'client/src/features/claims/three-b.ts': "import { c } from './three-c.tsx';\nexport const b = () => c;\n",
        'client/src/features/claims/three-c.tsx': "import { a } from './three-a.ts';\nexport const c = () => a;\n",
      }),
    ).toEqual(['import-x/no-cycle', 'import-x/no-cycle', 'import-x/no-cycle']);
    expect(
      await lintTree({
        'server/typed-a.ts': "import { b } from './typed-b.ts';\nexport interface A { b: typeof b }\n",
        'server/typed-b.ts': "import type { A } from './typed-a.ts';\nexport const b = (a: A) => a;\n",
      }),
    ).toEqual([]);
  });
});
