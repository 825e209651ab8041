// @vitest-environment jsdom
// The UI store's slices: note drafts, save states and conflicts of claims; the undo history and toasts; the review
// queue's rows (the verdict keys and their order are the rating scale's: tests/client/lib/verdict-view.test.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { visibleClaims } from '../../../client/src/features/claims/visible-claims.ts';
import { uiSignedOut, useUiStore } from '../../../client/src/app/ui-store.ts';
import { buildClaim } from '../harness.ts';

const ui = () => useUiStore.getState();
beforeEach(uiSignedOut);

describe('claims slice', () => {
  it('keeps a note draft until the same words are saved', () => {
    ui().noteEdited('a', 'first');
    ui().noteSaved('a', 'older');
    expect(ui().noteDrafts).toEqual({ a: 'first' });
    ui().noteSaved('a', 'first');
    expect(ui().noteDrafts).toEqual({});
    ui().noteEdited('a', 'again');
    ui().noteDiscarded('a');
    expect(ui().noteDrafts).toEqual({});
  });

  it('counts saves in flight and remembers the last failure until a save succeeds', () => {
    const error = new Error('offline');
    ui().saveStarted('a');
    ui().saveStarted('a');
    ui().saveFailed('a', error, { verdict: 'disputed' });
    expect(ui().saves.a).toEqual({ pending: 1, error, failedChanges: { verdict: 'disputed' }, savedOnce: false });
    ui().saveSucceeded('a');
    expect(ui().saves.a).toEqual({ pending: 0, error: null, failedChanges: null, savedOnce: true });
  });

  it('holds a conflict until resolved, and selecting a claim drops the draft', () => {
    ui().conflictDetected('a', { mine: { note: 'mine' }, theirs: buildClaim({ id: 'a' }) });
    expect(Object.keys(ui().conflicts)).toEqual(['a']);
    ui().conflictResolved('a');
    expect(ui().conflicts).toEqual({});
    ui().textSelected({ start: 1, end: 4 }, 'kremlin');
    ui().claimSelected('a');
    expect(ui()).toMatchObject({ activeClaimId: 'a', draft: null });
    ui().claimSelected(null);
    expect(ui().activeClaimId).toBeNull();
  });

  it('drops the active claim when a new span is picked, not when the same span is picked again', () => {
    ui().claimSelected('a');
    ui().textSelected({ start: 1, end: 4 }, 'kremlin');
    expect(ui()).toMatchObject({ activeClaimId: null, draft: { start: 1, end: 4 }, draftSourceId: 'kremlin' });
    useUiStore.setState({ activeClaimId: 'b' });
    ui().textSelected({ start: 1, end: 4 }, null);
    expect(ui()).toMatchObject({ activeClaimId: 'b', draftSourceId: 'kremlin' });
  });

  it('filters the panel by verdict and source, in reading order', () => {
    const claims = [
      buildClaim({ id: 'late', start: 30, end: 40, verdict: 'disputed' }),
      buildClaim({ id: 'early', start: 0, end: 5, verdict: 'disputed', sourceId: 'baku' }),
      buildClaim({ id: 'other', start: 10, end: 12, verdict: 'corroborated' }),
    ];
    expect(visibleClaims(claims, 'disputed', 'all').map((c) => c.id)).toEqual(['early', 'late']);
    expect(visibleClaims(claims, 'all', 'kremlin').map((c) => c.id)).toEqual(['other', 'late']);
    ui().verdictFilterChanged('disputed');
    ui().sourceFilterChanged('baku');
    expect(ui()).toMatchObject({ verdictFilter: 'disputed', sourceFilter: 'baku' });
  });
});

describe('toast slice and undo history', () => {
  it('takes the newest step first, and drops one whose change failed', () => {
    const one = { kind: 'verdict-changed' as const, claimId: 'a', articleId: 'x', previous: 'unreviewed' as const };
    const two = { kind: 'verdict-changed' as const, claimId: 'b', articleId: 'x', previous: 'disputed' as const };
    ui().undoRecorded(one, 'Marked');
    ui().undoRecorded(two, 'Marked again');
    expect(ui().toast).toMatchObject({ message: 'Marked again', undoable: true });
    ui().undoDropped(two);
    expect(ui().undoTaken()).toBe(one);
    expect(ui().toast).toBeNull();
    expect(ui().undoTaken()).toBeUndefined();
  });

  it('keeps the last 20 steps', () => {
    for (let i = 0; i < 25; i++) ui().undoRecorded({ kind: 'verdict-changed', claimId: String(i), articleId: 'x', previous: 'unreviewed' }, 'm');
    expect(ui().undoStack).toHaveLength(20);
    expect(ui().undoStack[0]).toMatchObject({ claimId: '5' });
  });

  it('dismisses only the toast still shown, and announces the same words twice as two announcements', () => {
    ui().toastShown('Saved', 'info');
    const first = ui().toast!.id;
    ui().toastShown('Failed', 'error');
    ui().toastDismissed(first);
    expect(ui().toast).toMatchObject({ message: 'Failed', tone: 'error' });
    ui().toastDismissed(ui().toast!.id);
    expect(ui().toast).toBeNull();
    ui().announced('Saved');
    const said = ui().announcement!.id;
    ui().announced('Saved');
    expect(ui().announcement!.id).not.toBe(said);
  });
});

describe('review slice', () => {
  it('keeps a return comment across reopening the same row, and clears a row’s error once it succeeds', () => {
    ui().returnStarted('a');
    ui().returnCommentEdited('Which source?');
    ui().returnStarted('a');
    expect(ui().returnDraft).toEqual({ claimId: 'a', comment: 'Which source?' });
    ui().returnStarted('b');
    expect(ui().returnDraft).toEqual({ claimId: 'b', comment: '' });
    ui().returnDropped();
    ui().returnCommentEdited('lost');
    expect(ui().returnDraft).toBeNull();
    ui().queueActionFailed('a', 'Conflict');
    ui().queueActionSucceeded('b');
    expect(ui().queueErrors).toEqual({ a: 'Conflict' });
    ui().queueActionSucceeded('a');
    expect(ui().queueErrors).toEqual({});
  });
});
