// What is wrong with a draft scale, field by field (`verdicts.2.colour`), in the interface language: the domain's
// own check (scaleProblems: contrast, distance, duplicates, range) with each refusal worded again from its field, and
// the formats the schema asks for. The page shows each beside its field and refuses to save while any is left.
import type { TFunction } from 'i18next';
import { UI_LANGUAGES } from '@domain/locales.ts';
import {
  MIN_COLOUR_DISTANCE,
  MIN_VERDICT_CONTRAST,
  RATING_SCALE_LIMITS,
  colourDistance,
  pageContrast,
  scaleProblems,
  type RatingScaleBody,
} from '@domain/rating-scale.ts';

type T = TFunction<'ratingScale'>;

/** The path of a verdict's ClaimReview name in one language (`verdicts.2.rating.alternateName.fr`). */
export const alternateNamePath = (index: number, language: string) => ['verdicts', index, 'rating', 'alternateName', language].join('.');
const HEX = /^#[0-9a-f]{6}$/i;

/** Field path → the first problem found there, worded for the user. */
export function fieldProblems(scale: RatingScaleBody, t: T, language: (typeof UI_LANGUAGES)[number]): Map<string, string> {
  const problems = new Map<string, string>();
  const add = (path: string, message: string) => {
    if (!problems.has(path)) problems.set(path, message);
  };
  const verdicts = scale.verdicts;
  if (verdicts.length > RATING_SCALE_LIMITS.verdicts) add('verdicts', t('problem.tooMany', { max: RATING_SCALE_LIMITS.verdicts }));
  if (verdicts.length < 2) add('verdicts', t('problem.tooFew'));
  verdicts.forEach((v, i) => {
    const at = (field: string) => `verdicts.${i}.${field}`;
    if (!/^[a-z][a-z0-9-]*$/.test(v.key) || v.key.length > RATING_SCALE_LIMITS.key) add(at('key'), t('problem.keyFormat'));
    if (!/^[a-z]$/.test(v.shortcut)) add(at('shortcut'), t('problem.shortcutFormat'));
    if (!HEX.test(v.colour)) add(at('colour'), t('problem.colourFormat'));
    if (v.sign.trim() === '') add(at('sign'), t('problem.required'));
    for (const l of UI_LANGUAGES) {
      if (v.labels[l].trim() === '') add(at(`labels.${l}`), t('problem.required'));
      if (v.rating && v.rating.alternateName[l].trim() === '') add(alternateNamePath(i, l), t('problem.required'));
    }
  });
  // The domain's rules need well-formed colours: checked once every colour is one.
  if (!verdicts.every((v) => HEX.test(v.colour))) return problems;
  for (const problem of scaleProblems(scale)) {
    const path = problem.path.join('.');
    const [, index, field] = problem.path as [string, number | undefined, string | undefined];
    const v = index === undefined ? undefined : verdicts[index];
    if (path === 'bestRating') add(path, t('problem.bestRating'));
    else if (path === 'verdicts') add(path, t('problem.unreviewedKept'));
    else if (!v) add(path, problem.message);
    else if (field === 'key') add(path, t('problem.keyTwice'));
    else if (field === 'shortcut') {
      const n = verdicts.findIndex((other) => other.shortcut === v.shortcut) + 1;
      add(path, t('problem.shortcutTwice', { n }));
    } else if (field === 'colour') {
      const contrast = pageContrast(v.colour);
      if (contrast < MIN_VERDICT_CONTRAST) {
        add(path, t('problem.contrast', { ratio: contrast.toFixed(2), min: MIN_VERDICT_CONTRAST }));
      } else {
        const other = verdicts.slice(0, index).find((o) => colourDistance(v.colour, o.colour) < MIN_COLOUR_DISTANCE);
        const distance = other ? colourDistance(v.colour, other.colour).toFixed(1) : '';
        add(path, t('problem.distance', { other: other?.labels[language] || other?.key, distance, min: MIN_COLOUR_DISTANCE }));
      }
    } else if (path.endsWith('rating.value')) add(path, t('problem.ratingRange', { worst: scale.worstRating, best: scale.bestRating }));
    else add(path, problem.message);
  }
  return problems;
}
