// The client's stylesheets use logical properties for the inline direction, so that `dir="rtl"` mirrors the layout;
// the check is stylelint with the project's config (stylelint.config.js), and it catches what it must.
import { join } from 'node:path';
import stylelint from 'stylelint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const problems = (results: stylelint.LintResult[]) =>
  results.flatMap((r) => r.warnings.map((w) => `${(r.source ?? '').slice(ROOT.length + 1)}:${w.line} ${w.text}`));

describe('the client’s CSS is written in logical properties', () => {
  it('has no left or right in any stylesheet of client/src', async () => {
    const { results } = await stylelint.lint({ files: 'client/src/**/*.css', cwd: ROOT });
    expect(results.length).toBeGreaterThan(5); // the rule really ran over the client's stylesheets
    expect(problems(results)).toEqual([]);
  });

  it.each([
    ['.a { margin-left: 1rem; }'],
    ['.a { padding-right: 0; }'],
    ['.a { border-left: 3px solid; }'],
    ['.a { border-top-right-radius: 4px; }'],
    ['.a { position: absolute; right: 0; }'],
    ['.a { text-align: left; }'],
    ['.a { float: right; }'],
  ])('refuses %s', async (code) => {
    const { results } = await stylelint.lint({ code, cwd: ROOT, codeFilename: join(ROOT, 'client/src/fixture.css') });
    expect(problems(results)).toHaveLength(1);
  });

  it.each([
    ['.a { margin-inline-start: 1rem; padding-inline-end: 0; border-inline-start: 3px solid; }'],
    ['.a { position: absolute; inset-inline-end: 0; top: 0; }'],
    ['.a { text-align: start; float: inline-end; border-start-end-radius: 4px; }'],
  ])('accepts %s', async (code) => {
    const { results } = await stylelint.lint({ code, cwd: ROOT, codeFilename: join(ROOT, 'client/src/fixture.css') });
    expect(problems(results)).toEqual([]);
  });
});
