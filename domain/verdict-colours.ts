// Transitional (issue 18): the default verdicts' colours and signs for the client code that predates the rating
// scale (tests/client/verdict-contrast.test.ts on main). The server and the reports no longer read this file: colours
// and signs come from the desk's scale (domain/rating-scale.ts). Delete it once the client reads the scale (branch
// h-scale-ui no longer imports it).
type DefaultVerdict = 'unreviewed' | 'corroborated' | 'disputed';

export const VERDICT_COLOURS: Readonly<Record<DefaultVerdict, string>> = {
  corroborated: '#1a7f37',
  disputed: '#c0262d',
  unreviewed: '#8a5a00',
};

/** A letter-like sign per verdict, so that a verdict is never told by colour alone. */
export const VERDICT_SIGNS: Readonly<Record<DefaultVerdict, string>> = {
  corroborated: '✓',
  disputed: '✗',
  unreviewed: '?',
};
