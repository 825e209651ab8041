// ESLint guards one thing here: no literal user-facing text in the client. Every string a person reads comes from the
// message catalogues (client/src/i18n/locales), so that Arabic, French and English are whole (issue 8). The rule is
// eslint-plugin-i18next's no-literal-string over all code of client/src, typed, so that a string typed as a literal union
// ('error' | 'info', 'PATCH', a CSS class name) passes and prose does not. Run by tests/client/no-literal-strings.test.ts.
import i18next from 'eslint-plugin-i18next';
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

export default tseslint.config(
  { ignores: ['client/dist/**'] },
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
);
