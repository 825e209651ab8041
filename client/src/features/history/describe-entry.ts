// Turns an audit entry into the sentence a timeline shows ("<who>Nadia</who> changed the verdict from Unreviewed to
// Disputed"): the message of its kind (history:entry.*), which names the person as <who>, and the values it needs.
import type { TFunction } from 'i18next';
import type { Evidence, Review } from '@domain/schemas.ts';
import type { HistoryEntry } from './api/get-history.ts';

export type EntryKind =
  | 'create'
  | 'verdict'
  | 'noteAdded'
  | 'noteEdited'
  | 'noteCleared'
  | 'evidence'
  | 'source'
  | 'range'
  | 'delete'
  | 'undo'
  | 'approved'
  | 'returned'
  | 'reviewReset'
  | 'approvalWithdrawn'
  | 'published'
  | 'publicationWithdrawn';

export interface EntryText {
  /** Which sentence: the message history:entry.<kind>. */
  kind: EntryKind;
  /** What changed, for the sentences that say "from … to …". */
  values?: { from: string; to: string };
  /** A quoted value worth reading in full (the new note, the return comment, the moved quote). */
  detail?: string;
}

export function describeEntry(
  entry: HistoryEntry,
  t: TFunction<['history', 'common']>,
  sourceName: (id: string) => string,
  /** A verdict key's name on the desk's scale (the key itself when the scale no longer has it). */
  verdictName: (key: string) => string,
): EntryText {
  const { before, after } = entry;
  const links = (value: unknown) => t('links', { count: Array.isArray(value) ? (value as Evidence[]).length : 0 });
  switch (entry.action) {
    case 'create':
      return { kind: 'create' };
    case 'verdict':
      return { kind: 'verdict', values: { from: verdictName(String(before)), to: verdictName(String(after)) } };
    case 'note':
      return typeof after === 'string' && after !== ''
        ? { kind: before ? 'noteEdited' : 'noteAdded', detail: after }
        : { kind: 'noteCleared' };
    case 'evidence':
      return { kind: 'evidence', values: { from: links(before), to: links(after) } };
    case 'source':
      return { kind: 'source', values: { from: sourceName(String(before)), to: sourceName(String(after)) } };
    case 'range': {
      const exact = typeof after === 'object' && after !== null && 'exact' in after ? String(after.exact) : undefined;
      return { kind: 'range', ...(exact ? { detail: exact } : {}) };
    }
    case 'delete':
      return { kind: 'delete' };
    case 'undo':
      return { kind: 'undo' };
    case 'review': {
      const review = after as Review | null;
      if (review?.state === 'approved') return { kind: 'approved', ...(review.comment ? { detail: review.comment } : {}) };
      if (review?.state === 'returned') return { kind: 'returned', detail: review.comment };
      // An editor took an approval back (withdraw-approval): the comment is the reason.
      if (review?.state === 'pending' && (before as Review | null)?.state === 'approved' && review.decidedBy !== null) {
        return { kind: 'approvalWithdrawn', ...(review.comment ? { detail: review.comment } : {}) };
      }
      return { kind: 'reviewReset' };
    }
    case 'publish': {
      const version = typeof after === 'object' && after !== null && 'version' in after ? String(after.version) : '1';
      return { kind: 'published', values: { from: '', to: version } };
    }
    case 'withdraw': {
      const reason = typeof after === 'object' && after !== null && 'reason' in after ? String(after.reason) : '';
      return { kind: 'publicationWithdrawn', ...(reason ? { detail: reason } : {}) };
    }
  }
}
