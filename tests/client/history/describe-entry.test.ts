// @vitest-environment jsdom
// The sentence a claim's timeline shows for each audit entry, with verdict names from the desk's rating scale.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEntry } from '../../../client/src/features/history/describe-entry.ts';
import type { HistoryEntry } from '../../../client/src/features/history/api/get-history.ts';
import { i18n } from '../../../client/src/i18n/i18n.ts';
import { DEFAULT_RATING_SCALE, verdictLabel } from '../../../domain/rating-scale.ts';
import { englishReady } from '../harness.ts';

beforeAll(englishReady);

const entry = (action: HistoryEntry['action'], before: unknown, after: unknown): HistoryEntry => ({
  id: 'e1',
  at: '2026-01-01T00:00:00.000Z',
  userId: 'u1',
  action,
  before,
  after,
});
const describeIt = (e: HistoryEntry) => describeEntry(
  e,
  i18n.getFixedT('en', ['history', 'common']),
  (id) => `source ${id}`,
  (key) => verdictLabel(DEFAULT_RATING_SCALE, key, 'en'),
);
const review = (state: string, comment = '', decidedBy: string | null = 'ed') => ({ state, comment, decidedBy, decidedAt: null });

describe('describeEntry', () => {
  it('names verdicts in the interface language, and shows an unknown one as stored', () => {
    expect(describeIt(entry('verdict', 'unreviewed', 'disputed'))).toEqual({ kind: 'verdict', values: { from: 'Unreviewed', to: 'Disputed' } });
    expect(describeIt(entry('verdict', 'disputed', 'misleading')).values).toEqual({ from: 'Disputed', to: 'misleading' });
  });

  it('tells a note added, edited and cleared apart', () => {
    expect(describeIt(entry('note', '', 'Checked with the ministry.'))).toEqual({ kind: 'noteAdded', detail: 'Checked with the ministry.' });
    expect(describeIt(entry('note', 'old', 'new'))).toEqual({ kind: 'noteEdited', detail: 'new' });
    expect(describeIt(entry('note', 'old', ''))).toEqual({ kind: 'noteCleared' });
  });

  it('counts links, names sources, and quotes a moved range', () => {
    expect(describeIt(entry('evidence', [], [{ url: 'https://a' }, { url: 'https://b' }])).values).toEqual({ from: '0 links', to: '2 links' });
    expect(describeIt(entry('source', 'a', 'b')).values).toEqual({ from: 'source a', to: 'source b' });
    expect(describeIt(entry('range', null, { exact: 'الكرملين' }))).toEqual({ kind: 'range', detail: 'الكرملين' });
    expect(describeIt(entry('range', null, null))).toEqual({ kind: 'range' });
  });

  it('tells the review decisions apart, a withdrawn approval from a reset', () => {
    expect(describeIt(entry('review', review('pending'), review('approved', 'Good')))).toEqual({ kind: 'approved', detail: 'Good' });
    expect(describeIt(entry('review', review('pending'), review('approved')))).toEqual({ kind: 'approved' });
    expect(describeIt(entry('review', review('pending'), review('returned', 'Source?')))).toEqual({ kind: 'returned', detail: 'Source?' });
    expect(describeIt(entry('review', review('approved'), review('pending', 'Wrong date')))).toEqual({ kind: 'approvalWithdrawn', detail: 'Wrong date' });
    expect(describeIt(entry('review', review('approved'), review('pending', '', null)))).toEqual({ kind: 'reviewReset' });
  });

  it('has a sentence for creating, deleting and undoing', () => {
    for (const action of ['create', 'delete', 'undo'] as const) expect(describeIt(entry(action, null, null))).toEqual({ kind: action });
  });
});
