// Builds the draft for a picked span: the range trimmed/snapped, and the source its wording points to.
import type { TextRange } from '@domain/anchoring.ts';
import type { ArticleDetail, Source } from '@domain/schemas.ts';
import { preselectSource } from '@domain/source-match.ts';
import { useUiStore } from '../../../lib/ui-store.ts';

/** The text of the sentences that `range` touches, for source preselection. */
export function sentencesAround(article: ArticleDetail, range: TextRange): string {
  const touched = article.sentences.filter((s) => s.start < range.end && s.end > range.start);
  if (touched.length === 0) return article.text.slice(range.start, range.end);
  return article.text.slice(touched[0]!.start, touched.at(-1)!.end);
}

/** A sentence's range without its surrounding spaces. */
export function trimmedSentence(article: ArticleDetail, index: number): TextRange | null {
  const sentence = article.sentences[index];
  if (!sentence) return null;
  const text = article.text.slice(sentence.start, sentence.end);
  const start = sentence.start + (text.length - text.trimStart().length);
  const end = sentence.end - (text.length - text.trimEnd().length);
  return end > start ? { start, end } : null;
}

/** Makes `range` the draft claim, preselecting the source its words or its sentence name. */
export function draftRange(article: ArticleDetail, sources: readonly Source[], range: TextRange) {
  const claimText = article.text.slice(range.start, range.end);
  const sourceId = preselectSource(sources, claimText, sentencesAround(article, range));
  useUiStore.getState().textSelected(range, sourceId);
}
