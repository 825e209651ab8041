// Turns an audit entry into the sentence a timeline shows ("changed the verdict from Unreviewed to Disputed").
import type { Evidence, Review, Verdict } from '../../../../domain/schemas.ts';
import { VERDICT_META } from '../claims/verdicts.ts';
import type { HistoryEntry } from './api/get-history.ts';

export interface EntryText {
  /** What the person did, to follow their name. */
  summary: string;
  /** A quoted value worth reading in full (the new note, the return comment, the moved quote). */
  detail?: string;
}

const verdictLabel = (value: unknown) =>
  typeof value === 'string' && value in VERDICT_META ? VERDICT_META[value as Verdict].label : String(value);
const links = (value: unknown) => {
  const n = Array.isArray(value) ? (value as Evidence[]).length : 0;
  return `${n} ${n === 1 ? 'link' : 'links'}`;
};

export function describeEntry(entry: HistoryEntry, sourceName: (id: string) => string): EntryText {
  const { before, after } = entry;
  switch (entry.action) {
    case 'create':
      return { summary: 'created the claim' };
    case 'verdict':
      return { summary: `changed the verdict from ${verdictLabel(before)} to ${verdictLabel(after)}` };
    case 'note':
      return typeof after === 'string' && after !== ''
        ? { summary: before ? 'edited the note' : 'added a note', detail: after }
        : { summary: 'cleared the note' };
    case 'evidence':
      return { summary: `changed the evidence from ${links(before)} to ${links(after)}` };
    case 'source':
      return { summary: `changed the source from ${sourceName(String(before))} to ${sourceName(String(after))}` };
    case 'range': {
      const exact = typeof after === 'object' && after !== null && 'exact' in after ? String(after.exact) : undefined;
      return { summary: 'moved the quoted range', ...(exact ? { detail: exact } : {}) };
    }
    case 'delete':
      return { summary: 'deleted the claim' };
    case 'undo':
      return { summary: 'restored the claim' };
    case 'review': {
      const review = after as Review | null;
      if (review?.state === 'approved') return { summary: 'approved the verdict', ...(review.comment ? { detail: review.comment } : {}) };
      if (review?.state === 'returned') return { summary: 'returned the claim', detail: review.comment };
      return { summary: 'reset the review' };
    }
  }
}
