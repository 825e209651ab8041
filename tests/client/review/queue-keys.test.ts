// @vitest-environment jsdom
// The review queue's key map: j/k and the arrows move between rows (j on the last one loads the next page), a
// approves, r opens the return comment, 1/2/3 set the verdicts in the buttons' order; keys in fields are left alone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Claim, Verdict } from '../../../domain/schemas.ts';
import { VERDICT_ORDER } from '../../../client/src/lib/verdicts.ts';
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

function mount(active: Claim | undefined) {
  unmount?.();
  ({ unmount } = renderHook(() => useQueueKeys({ claims, active, approve, changeVerdict, loadMore }), testQueryClient()));
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
    VERDICT_ORDER.forEach((verdict, i) => {
      press(String(i + 1));
      expect(changeVerdict).toHaveBeenLastCalledWith(claims[1], verdict);
    });
    expect(press('4')).toBe(false);
    expect(changeVerdict).toHaveBeenCalledTimes(3);
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
