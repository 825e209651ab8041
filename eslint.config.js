// ESLint guards two things. No literal user-facing text in the client: every string a person reads comes from the
// message catalogues (client/src/i18n/locales), so that Arabic, French and English are whole (issue 8); the rule is
// eslint-plugin-i18next's no-literal-string over all code of client/src, typed, so that a string typed as a literal union
// ('error' | 'info', 'PATCH', a CSS class name) passes and prose does not. And the direction of imports (issue 18):
// code flows shared (lib, components, i18n, @domain) → one feature → the app layer that composes features; domain/
// needs neither React nor Node nor the client or the server; the server never reaches into the client; and no module
// imports itself through a cycle. Both are proven able to fail by tests/client/no-literal-strings.test.ts and
// tests/client/import-boundaries.test.ts.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import i18next from 'eslint-plugin-i18next';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Strings that are not prose: identifiers, paths, URLs, class names, query keys, CSS, keys, MIME types, symbols. */
const NOT_PROSE = [
  /^[\p{Ll}\d_.:/#?&=%@*+[\]()-]*$/u, // lowercase identifiers, kebab-case class names, paths, ids, query keys
  /^[a-z][a-zA-Z\d]*$/, // camelCase identifiers (localStorage, aria attribute names)
  /^[\d\s!-/:-@[-`{-~…–—·•×✓✕←→↑↓‹›]*$/u, // digits, punctuation and symbols alone
  /^[A-Z_\d-]+$/, // constants
  /^(?:[\w-]+ )+[\w-]+$(?<=[-_].*)/, // space-separated class lists holding a dash or underscore
  /^(application|text|image)\/[\w.+-]+/, // MIME types
  /^\p{Emoji}+$/u,
  /^https?:\/\/\S*$/, // URLs and their placeholders
  /^T\d\d:\d\d:\d\dZ$/, // the time part of an ISO timestamp
];

/** Attributes that never hold prose. (title, aria-label, placeholder, alt, label … are checked.) */
const JSX_ATTRIBUTES_NOT_PROSE = ['className', 'style', 'type', 'key', 'id', 'href', 'to', 'role', 'name', 'htmlFor', 'lang', 'dir', 'rel', 'target',
              'autoComplete', 'inputMode', 'method', 'accept', 'form', 'data-.*', 'aria-(controls|describedby|labelledby|activedescendant|keyshortcuts|live|haspopup|current|sort|owns|relevant|autocomplete)', 'i18nKey', 'ns', 'enterKeyHint', 'pattern', 'src', 'download', 'tabIndex', 'viewBox', 'fill', 'stroke', 'd', 'transform', 'textAnchor', 'dominantBaseline', 'preserveAspectRatio'];

/** Calls whose string arguments are code, not text: DOM and URL APIs, storage keys, errors for developers. */
const CALLEES_NOT_PROSE = ['i18n(ext)?', 't', 'require', 'addEventListener', 'removeEventListener', 'postMessage', 'getElementById', 'querySelector(All)?', 'closest',
              'matches', 'dispatch', 'includes', 'indexOf', 'endsWith', 'startsWith', 'split', 'join', 'replace(All)?', 'get', 'set', 'has', 'delete', 'append',
              'getItem', 'setItem', 'removeItem', 'setAttribute', 'getAttribute', 'removeAttribute', 'toggleAttribute', 'createElement', 'Error', 'TypeError', 'ApiError',
              'apiRequest', 'apiFile', 'encodeURIComponent', 'URLSearchParams', 'URL', 'fetch', 'Blob', 'File', 'console.*', 'Intl.*', 'assert.*', 'lazy',
              'new Highlight', 'CSS.highlights.*', 'localeCompare', 'padStart', 'padEnd', 'slice', 'toLowerCase', 'scrollIntoView', 'focus', 'Symbol', 'RegExp',
              'setLocation', 'navigate', 'useLocation', 'useRoute', 'useSearch', 'useParams', 'createSelector', 'matchMedia', 'Highlight', 'params.get', 'searchParams.*'];

/** Object properties that hold code values. */
const PROPERTIES_NOT_PROSE = ['[A-Z_-]+', 'queryKey', 'mutationKey', 'method', 'headers', 'className', 'tone', 'kind', 'mode', 'behavior', 'block', 'inline', 'type', 'credentials', 'cache', 'scope', 'format'];

/** The rule's options: the same for the client and for the test that proves the rule catches literal text. */
export const noLiteralString = {
  mode: 'all',
  'should-validate-template': true,
  words: { exclude: NOT_PROSE },
  'jsx-attributes': { exclude: JSX_ATTRIBUTES_NOT_PROSE },
  callees: { exclude: CALLEES_NOT_PROSE },
  'object-properties': { exclude: PROPERTIES_NOT_PROSE },
  'class-properties': { exclude: ['displayName', 'name'] },
};

/** The repository's root: the zones below are paths from it, wherever ESLint is started. */
const ROOT = fileURLToPath(new URL('.', import.meta.url));

const FEATURES = readdirSync(new URL('./client/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * import-x/no-restricted-paths zones, as bulletproof-react draws them: a feature imports no other feature and not the
 * app layer; the shared code (lib, components, i18n) imports neither; domain/ imports nothing of the client or the
 * server; the server nothing of the client. Paths are from the repository's root.
 */
const importZones = [
  ...FEATURES.map((feature) => ({
    target: `./client/src/features/${feature}`,
    from: './client/src/features',
    except: [`./${feature}`],
    message: 'A feature imports no other feature: compose them in client/src/app, or move what both need to lib/, components/ or domain/.',
  })),
  {
    target: './client/src/features',
    from: ['./client/src/app', './client/src/main.tsx'],
    message: 'The app layer composes features; a feature does not import it.',
  },
  {
    target: ['./client/src/lib', './client/src/components', './client/src/i18n'],
    from: ['./client/src/features', './client/src/app', './client/src/main.tsx'],
    message: 'Shared code (lib, components, i18n) imports no feature and not the app layer.',
  },
  { target: './domain', from: ['./client', './server'], message: 'domain/ is shared by the client and the server: it imports neither.' },
  { target: './server', from: './client', message: 'The server does not import the client.' },
];

/** What domain/ must not import: it is pure code that the browser and Node both run. */
const DOMAIN_FORBIDDEN = {
  paths: ['react', 'react-dom', 'express', 'fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({
    name,
    message: 'domain/ is pure: no React, Express or file system.',
  })),
  patterns: [{ group: ['react/*', 'react-dom/*', 'express/*'], message: 'domain/ is pure: no React or Express.' }],
};

const importRules = {
  'import-x/no-restricted-paths': ['error', { zones: importZones, basePath: ROOT }],
  'import-x/no-cycle': ['error', { ignoreExternal: true }],
};

/** Resolves imports as TypeScript does (the `.ts` extensions, the `@domain` alias). */
const importSettings = {
  'import-x/resolver-next': [createTypeScriptImportResolver({ project: new URL('./tsconfig.json', import.meta.url).pathname })],
  'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
};

export default tseslint.config(
  { ignores: ['client/dist/**', 'dist/**'] },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    ignores: ['client/src/**/*.d.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, ecmaFeatures: { jsx: true } },
    },
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', noLiteralString],
    },
  },
  {
    // Untyped for server/ and domain/: the import rules need no types, and typed parsing is most of the client's lint time.
    files: ['server/**/*.{ts,mts,mjs}', 'domain/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    // The one namespace is Express's request type, merged on purpose (server/auth/sessions.ts says so).
    rules: { '@typescript-eslint/no-namespace': 'error' },
  },
  {
    files: ['client/src/**/*.{ts,tsx}', 'server/**/*.{ts,mts,mjs}', 'domain/**/*.ts'],
    ignores: ['client/src/**/*.d.ts'],
    plugins: { 'import-x': importX },
    settings: importSettings,
    rules: importRules,
  },
  {
    files: ['domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', DOMAIN_FORBIDDEN] },
  },
);
