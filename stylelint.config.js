// Stylelint guards one thing here: the client's CSS is written in logical properties for the inline direction
// (`margin-inline-start`, `inset-inline-end`, `text-align: start`…), never left or right, so that Arabic mirrors the
// whole layout by `dir="rtl"` alone (issue 8). Top and bottom stay: every language here is written horizontally.
// Run by tests/client/logical-css.test.ts and `npm run lint`.

/** @type {import('stylelint').Config} */
export default {
  rules: {
    'property-disallowed-list': [
      [/(^|-)(left|right)(-|$)/],
      { message: (property) => `"${property}" is physical: use its logical form (inline-start, inline-end)` },
    ],
    'declaration-property-value-disallowed-list': [
      { '/^(text-align|float|clear|text-align-last)$/': ['left', 'right'] },
      { message: (property, value) => `"${property}: ${value}" is physical: use start or end (inline-start, inline-end)` },
    ],
  },
};
