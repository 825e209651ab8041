// @vitest-environment jsdom
// The workbench's key map: each shortcut reaches its action, on a Latin or an Arabic layout, and keys typed into a
// field or a dialog are left alone. The verdict keys and undo reach the server through the claim actions.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueryClient } from '@tanstack/react-query';
import type { Claim } from '../../../domain/schemas.ts';
import { useWorkbenchKeys } from '../../../client/src/app/use-workbench-keys.ts';
import { claimKeys } from '../../../client/src/lib/queries/claim-keys.ts';
import { sessionKeys } from '../../../client/src/lib/auth/session-keys.ts';
import { ratingScaleKeys } from '../../../client/src/lib/queries/rating-scale-keys.ts';
import { DEFAULT_RATING_SCALE, RATING_SCALE_PRESETS } from '../../../domain/rating-scale.ts';
import { isTyping, latinKey } from '../../../client/src/lib/keyboard.ts';
import { uiSignedOut, useUiStore } from '../../../client/src/app/ui-store.ts';
import { buildClaim, englishReady, renderHook, startApi, testQueryClient, type FakeApi } from '../harness.ts';

describe('latinKey and isTyping', () => {
  it('reads a letter, a digit or ? from the physical key when the layout types Arabic', () => {
    expect(latinKey({ key: 'ت', code: 'KeyJ', shiftKey: false })).toBe('j');
    expect(latinKey({ key: 'ش', code: 'KeyA', shiftKey: true })).toBe('A');
    expect(latinKey({ key: '٢', code: 'Digit2', shiftKey: false })).toBe('2');
    expect(latinKey({ key: '؟', code: 'Slash', shiftKey: true })).toBe('?');
    expect(latinKey({ key: 'é', code: 'Quote', shiftKey: false })).toBe('é');
    expect(latinKey({ key: 'n', code: 'KeyB', shiftKey: false })).toBe('n'); // another Latin layout keeps its letters
    expect(latinKey({ key: 'Escape', code: 'Escape', shiftKey: false })).toBe('Escape');
  });

  it('treats fields, editable text and anything in a dialog as typing', () => {
    document.body.innerHTML = '<input><textarea></textarea><select></select><div contenteditable="true"></div><dialog><button></button></dialog><p></p>';
    for (const selector of ['input', 'textarea', 'select', 'dialog button']) expect(isTyping(document.querySelector(selector))).toBe(true);
    const editable = document.querySelector<HTMLElement>('[contenteditable]')!;
    Object.defineProperty(editable, 'isContentEditable', { value: true }); // jsdom does not compute it
    expect(isTyping(editable)).toBe(true);
    expect(isTyping(document.querySelector('p'))).toBe(false);
    expect(isTyping(null)).toBe(false);
    document.body.replaceChildren();
  });
});

describe('useWorkbenchKeys', () => {
  const first = buildClaim({ id: 'a', start: 0, end: 3, createdBy: 'me' });
  const second = buildClaim({ id: 'b', start: 4, end: 11, createdBy: 'someone-else' });
  let api: FakeApi;
  let queryClient: QueryClient;
  let pickClaim: ReturnType<typeof vi.fn<(claim: Claim) => void>>;
  let makeClaim: ReturnType<typeof vi.fn<() => void>>;
  let unmount: () => void;

  const press = (key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
    target.dispatchEvent(event);
    return event.defaultPrevented;
  };

  beforeAll(englishReady);
  beforeEach(async () => {
    uiSignedOut();
    queryClient = testQueryClient();
    queryClient.setQueryData(sessionKeys.current(), { user: { id: 'me', role: 'factchecker' }, csrfToken: 't' });
    queryClient.setQueryData(claimKeys.byArticle('article-1'), [first, second]);
    queryClient.setQueryData(ratingScaleKeys.current(), DEFAULT_RATING_SCALE);
    api = await startApi((call) => ({ status: 200, body: buildClaim({ ...first, ...(call.body as object), version: 2 }) }));
    pickClaim = vi.fn();
    makeClaim = vi.fn();
    ({ unmount } = renderHook(() => useWorkbenchKeys({ visible: [first, second], claims: [first, second], pickClaim, makeClaim }), queryClient));
  });
  afterEach(async () => {
    unmount();
    document.body.replaceChildren();
    await api.close();
  });

  it('moves to the next and previous claim, wrapping, with n and p', () => {
    expect(press('n')).toBe(true);
    expect(pickClaim).toHaveBeenLastCalledWith(first);
    useUiStore.getState().claimSelected('b');
    press('n');
    expect(pickClaim).toHaveBeenLastCalledWith(first);
    press('p');
    expect(pickClaim).toHaveBeenLastCalledWith(first);
    useUiStore.getState().claimSelected('a');
    press('p');
    expect(pickClaim).toHaveBeenLastCalledWith(second);
  });

  it('reads the keys of an Arabic layout by their physical key', () => {
    press('ى', { code: 'KeyN' });
    expect(pickClaim).toHaveBeenCalledWith(first);
    press('ة', { code: 'KeyM' });
    expect(makeClaim).toHaveBeenCalledOnce();
    press('؟', { code: 'Slash', shiftKey: true });
    expect(useUiStore.getState().shortcutsOpen).toBe(true);
  });

  it('leaves keys typed in a field, with Alt, or already handled alone', () => {
    const input = document.body.appendChild(document.createElement('input'));
    expect(press('m', {}, input)).toBe(false);
    expect(press('m', { altKey: true })).toBe(false);
    expect(press('x')).toBe(false);
    expect(makeClaim).not.toHaveBeenCalled();
  });

  it('sets the active claim’s verdict with its number or letter key, then undoes it with Ctrl+Z', async () => {
    useUiStore.getState().claimSelected('a');
    const sent = api.nextCall();
    expect(press('2')).toBe(true);
    expect(await sent).toMatchObject({ method: 'PATCH', path: '/claims/a', body: { verdict: 'disputed', version: 1 } });
    expect(useUiStore.getState().undoStack).toHaveLength(1);
    const undone = api.nextCall();
    expect(press('z', { ctrlKey: true })).toBe(true);
    expect((await undone).body).toMatchObject({ verdict: 'unreviewed' });
  });

  it('sets a verdict the desk added to its scale, by its place and by its letter, with no code change', async () => {
    const falseVerdict = RATING_SCALE_PRESETS.find((v) => v.key === 'false')!;
    queryClient.setQueryData(ratingScaleKeys.current(), { ...DEFAULT_RATING_SCALE, verdicts: [...DEFAULT_RATING_SCALE.verdicts, falseVerdict] });
    unmount();
    ({ unmount } = renderHook(() => useWorkbenchKeys({ visible: [first, second], claims: [first, second], pickClaim, makeClaim }), queryClient));
    useUiStore.getState().claimSelected('a');
    const byPlace = api.nextCall();
    expect(press('4')).toBe(true);
    expect((await byPlace).body).toMatchObject({ verdict: 'false' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    queryClient.setQueryData(claimKeys.byArticle('article-1'), [first, second]);
    const byLetter = api.nextCall();
    expect(press('f')).toBe(true);
    expect((await byLetter).body).toMatchObject({ verdict: 'false' });
    expect(press('5')).toBe(false);
  });

  it('does nothing with a verdict key when no claim is active, or with Shift held', () => {
    expect(press('2')).toBe(false);
    useUiStore.getState().claimSelected('a');
    expect(press('D', { shiftKey: true })).toBe(false);
    expect(useUiStore.getState().undoStack).toEqual([]); // a verdict change is recorded for undo as it is sent
  });

  it('asks before changing an approved claim: the key goes to the confirmation instead', () => {
    const approved = { ...first, review: { state: 'approved' as const, decidedBy: 'ed', decidedAt: '2026-01-02T00:00:00.000Z', comment: '' } };
    unmount();
    ({ unmount } = renderHook(() => useWorkbenchKeys({ visible: [approved], claims: [approved], pickClaim, makeClaim }), queryClient));
    const confirm = document.body.appendChild(document.createElement('button'));
    confirm.id = 'edit-approved';
    useUiStore.getState().claimSelected('a');
    expect(press('c')).toBe(true);
    expect(document.activeElement).toBe(confirm);
    expect(useUiStore.getState().undoStack).toEqual([]);
  });

  it('closes the draft, then the active claim, with Escape', () => {
    useUiStore.getState().textSelected({ start: 0, end: 3 }, null);
    press('Escape');
    expect(useUiStore.getState().draft).toBeNull();
    useUiStore.getState().claimSelected('a');
    press('Escape');
    expect(useUiStore.getState().activeClaimId).toBeNull();
  });

  it('moves between sentences with j and k', () => {
    document.body.innerHTML = '<div role="article"><span data-sentence="0" tabindex="0">One.</span><span data-sentence="1" tabindex="-1">Two.</span></div>';
    Element.prototype.scrollIntoView = () => undefined; // jsdom lays nothing out
    press('j');
    expect(document.activeElement?.textContent).toBe('Two.');
    useUiStore.setState({ focusedSentence: 1 });
    press('j');
    expect(document.activeElement?.textContent).toBe('Two.');
    press('k');
    expect(document.activeElement?.textContent).toBe('One.');
  });

  it('deletes the active claim with Delete, and not someone else’s', async () => {
    useUiStore.getState().claimSelected('b');
    press('Backspace');
    expect(useUiStore.getState().undoStack).toEqual([]); // a delete is recorded for undo as it is sent
    useUiStore.getState().claimSelected('a');
    const sent = api.nextCall();
    expect(press('Delete')).toBe(true);
    expect(useUiStore.getState().undoStack).toHaveLength(1);
    expect(await sent).toMatchObject({ method: 'DELETE', path: '/claims/a' });
  });
});
