// @vitest-environment jsdom
// The review queue's key map: j/k and the arrows move between rows (j on the last one loads the next page), a
// approves, r opens the return comment, the digits set the verdicts by their place in the desk's scale; keys in
// fields are left alone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Claim, Verdict } from '../../../domain/schemas.ts';
import { DEFAULT_RATING_SCALE, RATING_SCALE_PRESETS, type RatingScale } from '../../../domain/rating-scale.ts';
import { ratingScaleKeys } from '../../../client/src/lib/queries/rating-scale-keys.ts';
import { useQueueKeys } from '../../../client/src/features/review/use-queue-keys.ts';
import { uiSignedOut, useUiStore } from '../../../client/src/app/ui-store.ts';
import { buildClaim, renderHook, testQueryClient } from '../harness.ts';

const claims = ['a', 'b', 'c'].map((id) => buildClaim({ id }));
let approve: ReturnType<typeof vi.fn<(claim: Claim) => void>>;
let changeVerdict: ReturnType<typeof vi.fn<(claim: Claim, verdict: Verdict) => void>>;
let loadMore: ReturnType<typeof vi.fn<() => Promise<void>>>;
let unmount: () => void;

const press = (key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event.defaultPrevented;
};

function mount(active: Claim | undefined, scale: RatingScale = DEFAULT_RATING_SCALE) {
  unmount?.();
  const queryClient = testQueryClient();
  queryClient.setQueryData(ratingScaleKeys.current(), scale);
  ({ unmount } = renderHook(() => useQueueKeys({ claims, active, approve, changeVerdict, loadMore }), queryClient));
}

beforeEach(() => {
  uiSignedOut();
  Element.prototype.scrollIntoView = () => undefined; // jsdom lays nothing out
  document.body.innerHTML = claims.map((c) => `<li id="queue-row-${c.id}" tabindex="-1">${c.id}</li>`).join('');
  approve = vi.fn();
  changeVerdict = vi.fn();
  loadMore = vi.fn(() => Promise.resolve());
});
afterEach(() => {
  unmount();
  document.body.replaceChildren();
});

describe('useQueueKeys', () => {
  it('moves down and up the rows, focusing each, and stops at the first', () => {
    mount(claims[0]);
    expect(press('j')).toBe(true);
    expect(useUiStore.getState().activeQueueClaimId).toBe('b');
    expect(document.activeElement?.id).toBe('queue-row-b');
    mount(claims[1]);
    press('ArrowUp');
    expect(document.activeElement?.id).toBe('queue-row-a');
    mount(claims[0]);
    press('k');
    expect(useUiStore.getState().activeQueueClaimId).toBe('a');
  });

  it('starts at the first row when none is active, and loads the next page from the last', () => {
    mount(undefined);
    press('ArrowDown');
    expect(useUiStore.getState().activeQueueClaimId).toBe('a');
    mount(claims[2]);
    press('j');
    expect(loadMore).toHaveBeenCalledOnce();
  });

  it('approves, starts a return, and sets the verdict of the 1st, 2nd and 3rd button', () => {
    mount(claims[1]);
    press('a');
    expect(approve).toHaveBeenCalledWith(claims[1]);
    press('r');
    expect(useUiStore.getState().returnDraft).toEqual({ claimId: 'b', comment: '' });
    DEFAULT_RATING_SCALE.verdicts.forEach((verdict, i) => {
      press(String(i + 1));
      expect(changeVerdict).toHaveBeenLastCalledWith(claims[1], verdict.key);
    });
    expect(press('4')).toBe(false);
    expect(changeVerdict).toHaveBeenCalledTimes(3);
  });

  it('sets a verdict the desk added to its scale by its place: 4 is the fourth verdict', () => {
    const added = { ...DEFAULT_RATING_SCALE, verdicts: [...DEFAULT_RATING_SCALE.verdicts, RATING_SCALE_PRESETS[0]!] };
    mount(claims[0], added);
    expect(press('4')).toBe(true);
    expect(changeVerdict).toHaveBeenLastCalledWith(claims[0], RATING_SCALE_PRESETS[0]!.key);
    expect(press('5')).toBe(false);
  });

  it('opens the shortcuts with ?, even with no active row', () => {
    mount(undefined);
    expect(press('?')).toBe(true);
    expect(useUiStore.getState().shortcutsOpen).toBe(true);
    expect(press('a')).toBe(false);
    expect(approve).not.toHaveBeenCalled();
  });

  it('leaves keys alone in a field, in a dialog, and with a modifier', () => {
    mount(claims[0]);
    const dialog = document.body.appendChild(document.createElement('dialog'));
    const field = dialog.appendChild(document.createElement('textarea'));
    expect(press('a', {}, field)).toBe(false);
    expect(press('a', { ctrlKey: true })).toBe(false);
    expect(press('1', { metaKey: true })).toBe(false);
    expect(approve).not.toHaveBeenCalled();
    expect(changeVerdict).not.toHaveBeenCalled();
  });
});
