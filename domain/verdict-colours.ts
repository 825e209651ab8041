// The verdict colours, defined once: the app's stylesheet declares the same values as custom properties (checked by
// tests/client/verdict-contrast.test.ts) and the exported reports read them from here. One red for "disputed".
import type { Verdict } from './schemas.ts';

export const VERDICT_COLOURS: Readonly<Record<Verdict, string>> = {
  corroborated: '#1a7f37',
  disputed: '#c0262d',
  unreviewed: '#8a5a00',
};

/** A letter-like sign per verdict, so that a verdict is never told by colour alone. */
export const VERDICT_SIGNS: Readonly<Record<Verdict, string>> = {
  corroborated: '✓',
  disputed: '✗',
  unreviewed: '?',
};
