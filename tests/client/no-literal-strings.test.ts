// No component or hook of the client shows a literal string: everything a person reads comes from the catalogues.
// The check is ESLint's i18next/no-literal-string over client/src with the project's config (eslint.config.js).
import { ESLint } from 'eslint';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noLiteralString } from '../../eslint.config.js';

const ROOT = join(import.meta.dirname, '../..');

describe('the client holds no literal user-facing text', () => {
  it('passes i18next/no-literal-string in every file of client/src', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const results = await eslint.lintFiles(['client/src']);
    const problems = results.flatMap((r) =>
      r.messages.map((m) => `${r.filePath.slice(ROOT.length + 1)}:${m.line}:${m.column} ${m.message}`),
    );
    expect(results.length).toBeGreaterThan(50); // the rule really ran over the client
    expect(problems).toEqual([]);
  }, 120_000);

  describe('the rule, with the same options, flags what it must and passes what it should', () => {
    // Untyped here (the fixture is not a project file); the client's own run above is typed. Blind spots, by design:
    // a lone lowercase word passes (it reads as an identifier), and so does an ALL-CAPS constant's value.
    const eslint = new ESLint({
      cwd: ROOT,
      overrideConfigFile: true,
      overrideConfig: {
        files: ['**/*.tsx'],
        languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { i18next },
        rules: { 'i18next/no-literal-string': ['error', noLiteralString] },
      },
    });
    const lint = async (code: string) =>
      (await eslint.lintText(code, { filePath: join(ROOT, 'client/src/fixture.tsx') }))[0]!.messages.map((m) => m.message);

    it.each([
      ['JSX text', 'export function Empty() { return <p>No claims yet</p>; }'],
      ['a labelling attribute', 'export function Close() { return <button aria-label="Close panel" />; }'],
      ['a title', 'export function Unsaved() { return <span title="Not saved" />; }'],
      ['a placeholder', 'export function Search() { return <input placeholder="Search sources" />; }'],
      ['a toast message', 'export function deleted(show: (m: string) => void) { show("The claim was deleted"); }'],
      ['a template literal', 'export const count = (n: number) => `${n} claims in this article`;'],
      ['a single capitalised word', 'export function UndoButton() { return <button>Undo</button>; }'],
    ])('flags %s', async (_what, code) => {
      expect(await lint(code)).toHaveLength(1);
    });

    it.each([
      ['a translated message', 'export function Empty({ t }: { t: (k: string) => string }) { return <p>{t("claims:empty")}</p>; }'],
      ['class names and ids', 'export function Item() { return <p className="claim-item is-active" id="claims-heading" />; }'],
      ['query keys and paths', 'export const keys = { all: ["claims", "list"], path: "/api/claims" };'],
      ['key names in comparisons', 'export const isDown = (e: KeyboardEvent) => e.key === "ArrowDown";'],
      ['user content', 'export function Note({ note }: { note: string }) { return <p dir="auto">{note}</p>; }'],
    ])('passes %s', async (_what, code) => {
      expect(await lint(code)).toEqual([]);
    });
  });
});
