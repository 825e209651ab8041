// The newsroom's rating scale (issue 18): the verdicts a desk rates claims with, as data. The one vocabulary of
// verdicts: every place that shows, filters, counts, colours, orders, exports or shortcuts a verdict reads a scale
// from here (the desk's, from the store; DEFAULT_RATING_SCALE before one is stored). Nothing else names a verdict.
//
// Rules of a scale (RatingScaleSchema, with the field each refusal names):
// - keys are stable slugs (a claim stores its verdict's key); labels are free and may be renamed;
// - `unreviewed` is always there: it is the verdict of a new claim, is never published and has no rating;
// - every colour reads as text on the page (WCAG 4.5:1 against both page backgrounds, so marks pass 3:1 as well)
//   and is told apart from the others (CIEDE2000 distance at least MIN_COLOUR_DISTANCE); a sign (letter or icon)
//   and the scale's order tell a verdict without colour;
// - shortcuts are single keys, unique, and not the digits (1–9 set the verdict by its place in the scale);
// - a verdict with a `rating` is publishable: ClaimReview's `reviewRating` has its `value` on the scale's
//   [worstRating, bestRating] and its `alternateName` in the review's language.
import { z } from 'zod';
import { differenceCiede2000, modeLab65, modeLrgb, modeRgb, useMode, wcagContrast } from 'culori/fn';
import { UI_LANGUAGES, type UiLanguage } from './locales.ts';

/** The page backgrounds a verdict's colour is drawn on (client/src/styles/base.css: --surface and --canvas). */
export const PAGE_BACKGROUNDS = ['#ffffff', '#f6f8fa'] as const;
/** Contrast of a verdict colour against every page background: text contrast, so that labels in it read too. */
export const MIN_VERDICT_CONTRAST = 4.5;
/** CIEDE2000 distance between any two verdict colours of a scale. */
export const MIN_COLOUR_DISTANCE = 12;
/** The verdict of a new claim: on every scale, never published. */
export const UNREVIEWED = 'unreviewed';

export const RATING_SCALE_LIMITS = {
  verdicts: 12,
  key: 32,
  label: 60,
  description: 400,
  sign: 2,
} as const;

export const VerdictKeySchema = z
  .string()
  .min(1)
  .max(RATING_SCALE_LIMITS.key)
  .regex(/^[a-z][a-z0-9-]*$/, 'Use lowercase letters, digits and dashes, starting with a letter.');
export type VerdictKey = z.infer<typeof VerdictKeySchema>;

const perLanguage = (max: number, min = 1) =>
  z.object(
    Object.fromEntries(UI_LANGUAGES.map((l) => [l, z.string().trim().min(min).max(max)])) as Record<UiLanguage, z.ZodString>,
  );

const colourSchema = z.string().regex(/^#[0-9a-f]{6}$/i, 'Use a colour like #1a7f37.').transform((c) => c.toLowerCase());

export const VerdictDefinitionSchema = z.object({
  key: VerdictKeySchema,
  /** The verdict's name in each interface language. */
  labels: perLanguage(RATING_SCALE_LIMITS.label),
  /** What the verdict means, for the desk (shown on the Rating scale page and as the buttons' descriptions). */
  description: perLanguage(RATING_SCALE_LIMITS.description, 0),
  colour: colourSchema,
  /** A letter or icon (one or two characters) shown with the colour, so that a verdict is never told by colour alone. */
  sign: z.string().trim().min(1).max(RATING_SCALE_LIMITS.sign),
  /** One key that sets this verdict on the active claim (besides its place in the scale, 1–9). */
  shortcut: z.string().regex(/^[a-z]$/, 'Use one letter, a to z.'),
  /** Claims rated so wait for an editor's review (the queue shows them first). */
  needsReview: z.boolean(),
  /** How the verdict maps into ClaimReview; null when it is not published (unreviewed). */
  rating: z
    .object({
      value: z.number().int(),
      /** `reviewRating.alternateName` in each language. */
      alternateName: perLanguage(RATING_SCALE_LIMITS.label),
    })
    .nullable(),
});
export type VerdictDefinition = z.infer<typeof VerdictDefinitionSchema>;

const scaleShape = z.object({
  verdicts: z.array(VerdictDefinitionSchema).min(2).max(RATING_SCALE_LIMITS.verdicts),
  worstRating: z.number().int(),
  bestRating: z.number().int(),
});

/** The scale as a desk edits it (PUT /api/rating-scale with `version`). */
export const RatingScaleBodySchema = scaleShape.superRefine((scale, ctx) => {
  for (const issue of scaleProblems(scale)) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
});
export type RatingScaleBody = z.infer<typeof scaleShape>;

/** The scale as stored and served: the body, its version (optimistic concurrency) and when it last changed. */
export const RatingScaleSchema = scaleShape.extend({
  version: z.number().int().positive(),
  updatedAt: z.string(),
});
export type RatingScale = z.infer<typeof RatingScaleSchema>;

export interface ScaleProblem {
  path: Array<string | number>;
  message: string;
}

// culori's tree-shakeable entry registers no colour space: only those these checks need, so that the client does not
// load all of them (hex and CSS colours are parsed by rgb, contrast is computed in linear RGB, distance in CIELAB D65).
useMode(modeRgb);
useMode(modeLrgb);
useMode(modeLab65);

/** Contrast of `colour` against the page backgrounds: the lower one. */
export function pageContrast(colour: string): number {
  return Math.min(...PAGE_BACKGROUNDS.map((bg) => wcagContrast(colour, bg)));
}

const ciede2000 = differenceCiede2000();
/** CIEDE2000 distance between two colours. */
export function colourDistance(a: string, b: string): number {
  return ciede2000(a, b);
}

/** Every rule of a scale it breaks, each with the field it names (`verdicts.2.colour`). Empty when it is sound. */
export function scaleProblems(scale: RatingScaleBody): ScaleProblem[] {
  const problems: ScaleProblem[] = [];
  const seen = { key: new Map<string, number>(), shortcut: new Map<string, number>() };
  if (scale.worstRating >= scale.bestRating) {
    problems.push({ path: ['bestRating'], message: 'The best rating must be greater than the worst.' });
  }
  if (!scale.verdicts.some((v) => v.key === UNREVIEWED)) {
    problems.push({ path: ['verdicts'], message: `The scale must keep "${UNREVIEWED}", the verdict of a new claim.` });
  }
  scale.verdicts.forEach((v, i) => {
    const at = (field: string) => ['verdicts', i, field];
    if (seen.key.has(v.key)) problems.push({ path: at('key'), message: `Key "${v.key}" is used twice.` });
    seen.key.set(v.key, i);
    if (seen.shortcut.has(v.shortcut)) {
      problems.push({ path: at('shortcut'), message: `Shortcut "${v.shortcut}" is already verdict ${seen.shortcut.get(v.shortcut)! + 1}'s.` });
    }
    seen.shortcut.set(v.shortcut, i);
    const contrast = pageContrast(v.colour);
    if (contrast < MIN_VERDICT_CONTRAST) {
      problems.push({ path: at('colour'), message: `Contrast ${contrast.toFixed(2)}:1 against the page; at least ${MIN_VERDICT_CONTRAST}:1 is needed. Choose a darker colour.` });
    }
    for (let j = 0; j < i; j++) {
      const other = scale.verdicts[j]!;
      const distance = colourDistance(v.colour, other.colour);
      if (distance < MIN_COLOUR_DISTANCE) {
        problems.push({ path: at('colour'), message: `Too close to the colour of "${other.labels.en}" (distance ${distance.toFixed(1)}, at least ${MIN_COLOUR_DISTANCE}).` });
        break;
      }
    }
    if (v.key === UNREVIEWED && v.rating !== null) {
      problems.push({ path: at('rating'), message: `"${UNREVIEWED}" is never published and has no rating.` });
    }
    if (v.rating && (v.rating.value < scale.worstRating || v.rating.value > scale.bestRating)) {
      problems.push({ path: [...at('rating'), 'value'], message: `The rating must lie between ${scale.worstRating} and ${scale.bestRating}.` });
    }
  });
  return problems;
}

const labels = (en: string, fr: string, ar: string) => ({ en, fr, ar });

/** Today's three verdicts, in the order of their buttons: what a desk has before it edits its scale. */
export const DEFAULT_RATING_SCALE: RatingScale = {
  version: 1,
  updatedAt: '1970-01-01T00:00:00.000Z',
  worstRating: 1,
  bestRating: 5,
  verdicts: [
    {
      key: 'corroborated',
      labels: labels('Corroborated', 'Corroborée', 'مؤكَّد'),
      description: labels('Independent evidence supports the statement.', 'Des preuves indépendantes confirment la déclaration.', 'أدلة مستقلة تدعم التصريح.'),
      colour: '#1a7f37',
      sign: '✓',
      shortcut: 'c',
      needsReview: false,
      rating: { value: 5, alternateName: labels('Corroborated', 'Corroborée', 'مؤكَّد') },
    },
    {
      key: 'disputed',
      labels: labels('Disputed', 'Contestée', 'مُتنازَع عليه'),
      description: labels('Evidence contradicts the statement; an editor reviews it.', 'Des preuves contredisent la déclaration ; un éditeur la revoit.', 'أدلة تناقض التصريح؛ يراجعه محرّر.'),
      colour: '#c0262d',
      sign: '✗',
      shortcut: 'd',
      needsReview: true,
      rating: { value: 1, alternateName: labels('Disputed', 'Contestée', 'مُتنازَع عليه') },
    },
    {
      key: UNREVIEWED,
      labels: labels('Unreviewed', 'Non vérifiée', 'غير مُراجَع'),
      description: labels('Not rated yet.', 'Pas encore évaluée.', 'لم يُقيَّم بعد.'),
      colour: '#8a5a00',
      sign: '?',
      shortcut: 'u',
      needsReview: false,
      rating: null,
    },
  ],
};

/** The common additions, each one click on the Rating scale page (keys and shortcuts clash with no default). */
export const RATING_SCALE_PRESETS: readonly VerdictDefinition[] = [
  {
    key: 'misleading',
    labels: labels('Misleading', 'Trompeur', 'مضلِّل'),
    description: labels('Accurate in part, but creates a false impression.', 'En partie exact, mais donne une fausse impression.', 'صحيح جزئيًا لكنه يعطي انطباعًا خاطئًا.'),
    colour: '#a3480b',
    sign: '≈',
    shortcut: 'm',
    needsReview: true,
    rating: { value: 2, alternateName: labels('Misleading', 'Trompeur', 'مضلِّل') },
  },
  {
    key: 'missing-context',
    labels: labels('Missing context', 'Manque de contexte', 'ينقصه السياق'),
    description: labels('True, but leaves out what changes its meaning.', 'Vrai, mais omet ce qui en change le sens.', 'صحيح لكنه يُغفل ما يغيّر معناه.'),
    colour: '#6639ba',
    sign: '…',
    shortcut: 'x',
    needsReview: false,
    rating: { value: 3, alternateName: labels('Missing context', 'Manque de contexte', 'ينقصه السياق') },
  },
  {
    key: 'unverifiable',
    labels: labels('Unverifiable', 'Invérifiable', 'لا يمكن التحقق منه'),
    description: labels('No evidence can confirm or refute it.', 'Aucune preuve ne permet de le confirmer ni de le réfuter.', 'لا دليل يؤكده أو ينفيه.'),
    colour: '#57606a',
    sign: '∅',
    shortcut: 'v',
    needsReview: false,
    rating: { value: 3, alternateName: labels('Unverifiable', 'Invérifiable', 'لا يمكن التحقق منه') },
  },
  {
    key: 'false',
    labels: labels('False', 'Faux', 'زائف'),
    description: labels('Evidence shows the statement is wrong.', 'Les preuves montrent que la déclaration est fausse.', 'تُظهر الأدلة أن التصريح خاطئ.'),
    colour: '#82071e',
    sign: '✕',
    shortcut: 'f',
    needsReview: true,
    rating: { value: 1, alternateName: labels('False', 'Faux', 'زائف') },
  },
];

/** The verdict of `key` on `scale`, or undefined when the scale has none. */
export function verdictOf(scale: Pick<RatingScaleBody, 'verdicts'>, key: string): VerdictDefinition | undefined {
  return scale.verdicts.find((v) => v.key === key);
}

/** The verdict a key press sets: a digit by place (1 = first), or a verdict's letter. */
export function verdictForKey(scale: Pick<RatingScaleBody, 'verdicts'>, key: string): VerdictDefinition | undefined {
  if (/^[1-9]$/.test(key)) return scale.verdicts[Number(key) - 1];
  const k = key.toLowerCase();
  return scale.verdicts.find((v) => v.shortcut === k);
}

/** The verdicts that are published (those with a rating), in scale order. */
export function publishableVerdicts(scale: Pick<RatingScaleBody, 'verdicts'>): VerdictDefinition[] {
  return scale.verdicts.filter((v) => v.rating !== null);
}

/** The verdict's label in `language` (its key when the scale has no such verdict, e.g. an old snapshot). */
export function verdictLabel(scale: Pick<RatingScaleBody, 'verdicts'>, key: string, language: UiLanguage): string {
  return verdictOf(scale, key)?.labels[language] ?? key;
}

/** Counts by verdict key, every verdict of the scale present (0 when none), in scale order. */
export function emptyVerdictCounts(scale: Pick<RatingScaleBody, 'verdicts'>): Record<string, number> {
  return Object.fromEntries(scale.verdicts.map((v) => [v.key, 0]));
}

/**
 * PUT /api/rating-scale: the new scale, the `version` it was edited from, and where the claims of each removed
 * verdict go (`moves[removedKey] = keptKey`). The server refuses removing a verdict that claims use without a move.
 */
export const RatingScaleUpdateSchema = scaleShape
  .extend({
    version: z.number().int().positive(),
    moves: z.record(VerdictKeySchema, VerdictKeySchema).optional(),
  })
  .superRefine((scale, ctx) => {
    for (const issue of scaleProblems(scale)) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  });
export type RatingScaleUpdate = z.infer<typeof RatingScaleUpdateSchema>;

/** GET /api/rating-scale/usage: live claims per verdict key (every verdict of the scale present). */
export const VerdictUsageSchema = z.object({ counts: z.record(VerdictKeySchema, z.number().int().nonnegative()) });
export type VerdictUsage = z.infer<typeof VerdictUsageSchema>;

/**
 * Where a verdict sorts in the queue's `verdict` order and the desk's by-source rows: those that need an editor's
 * review first, then in scale order (today: disputed, corroborated, unreviewed). Unknown keys last.
 */
export function verdictRank(scale: Pick<RatingScaleBody, 'verdicts'>, key: string): number {
  const index = scale.verdicts.findIndex((v) => v.key === key);
  if (index < 0) return Number.MAX_SAFE_INTEGER;
  return (scale.verdicts[index]!.needsReview ? 0 : scale.verdicts.length) + index;
}

/** The keys of the verdicts that need an editor's review. */
export function reviewVerdictKeys(scale: Pick<RatingScaleBody, 'verdicts'>): string[] {
  return scale.verdicts.filter((v) => v.needsReview).map((v) => v.key);
}

/**
 * Orders the desk's by-source rows: most claims awaiting review (verdicts with needsReview) first, then most of the
 * others; ties keep their order (the sort is stable).
 */
export function compareSourceRows(scale: Pick<RatingScaleBody, 'verdicts'>) {
  const review = new Set(reviewVerdictKeys(scale));
  const split = (counts: Record<string, number>) => {
    let flagged = 0;
    let others = 0;
    for (const [key, n] of Object.entries(counts)) {
      if (review.has(key)) flagged += n;
      else others += n;
    }
    return { flagged, others };
  };
  return (a: { counts: Record<string, number> }, b: { counts: Record<string, number> }): number => {
    const sa = split(a.counts);
    const sb = split(b.counts);
    return sb.flagged - sa.flagged || sb.others - sa.others;
  };
}

/** A verdict as a publication freezes it: what a public page and its ClaimReview say, whatever the scale becomes. */
export const FrozenVerdictSchema = z.object({
  key: VerdictKeySchema,
  labels: perLanguage(RATING_SCALE_LIMITS.label),
  sign: z.string(),
  colour: z.string(),
  rating: z.object({ value: z.number().int(), alternateName: perLanguage(RATING_SCALE_LIMITS.label) }),
  worstRating: z.number().int(),
  bestRating: z.number().int(),
});
export type FrozenVerdict = z.infer<typeof FrozenVerdictSchema>;

/** The verdict `key` of `scale` frozen for a publication; undefined when it is not publishable there. */
export function freezeVerdict(scale: RatingScaleBody, key: string): FrozenVerdict | undefined {
  const v = verdictOf(scale, key);
  if (!v?.rating) return undefined;
  return { key: v.key, labels: v.labels, sign: v.sign, colour: v.colour, rating: v.rating, worstRating: scale.worstRating, bestRating: scale.bestRating };
}

/**
 * A published claim's verdict: frozen (FrozenVerdictSchema). Publications written before the scale became data hold
 * the bare key of a default verdict ('corroborated' or 'disputed'): read as frozen from DEFAULT_RATING_SCALE.
 */
export const PublishedVerdictSchema = z.preprocess(
  (value) => (typeof value === 'string' ? (freezeVerdict(DEFAULT_RATING_SCALE, value) ?? value) : value),
  FrozenVerdictSchema,
);

/** The scale's body, without its version and time (what a report or a publication needs of it). */
export function scaleBody(scale: RatingScaleBody): RatingScaleBody {
  return { verdicts: scale.verdicts, worstRating: scale.worstRating, bestRating: scale.bestRating };
}

/**
 * One change of the scale, kept for the record beside the claims' audit log (whose entries each name a claim): who,
 * when, the scale before and after, and where the claims of removed verdicts went (each moved claim has its own
 * `verdict` entry in the claims' audit log).
 */
export const RatingScaleChangeSchema = z.object({
  id: z.string().min(1),
  at: z.string(),
  userId: z.string().nullable(),
  fromVersion: z.number().int().positive(),
  toVersion: z.number().int().positive(),
  before: scaleShape,
  after: scaleShape,
  moves: z.record(VerdictKeySchema, VerdictKeySchema),
  movedClaims: z.number().int().nonnegative(),
});
export type RatingScaleChange = z.infer<typeof RatingScaleChangeSchema>;
