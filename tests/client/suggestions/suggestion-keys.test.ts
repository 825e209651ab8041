// @vitest-environment jsdom
// s and Shift+S reach the next or previous suggestion from anywhere in the workbench, wrapping; from outside the
// list, s first returns to the current one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../domain/schemas.ts';
import { neighbour } from '../../../client/src/features/suggestions/suggestion-focus.ts';
import { useSuggestionKeys } from '../../../client/src/features/suggestions/use-suggestion-keys.ts';
import { uiSignedOut, useUiStore } from '../../../client/src/app/ui-store.ts';
import { renderHook, testQueryClient } from '../harness.ts';

const suggestion = (key: string, start: number): Suggestion => ({
  key,
  start,
  end: start + 3,
  exact: 'abc',
  sourceId: null,
  reason: { kind: 'quote', verb: null, alias: null, sentenceIndex: 0 },
});
const suggestions = [suggestion('one', 0), suggestion('two', 10), suggestion('three', 20)];

const press = (key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event.defaultPrevented;
};
const focusedKey = () => (document.activeElement as HTMLElement | null)?.dataset.suggestionKey;

describe('neighbour', () => {
  it('steps forward and back, wrapping, and starts at an end when none is current', () => {
    expect(neighbour(suggestions, 'one', 1)?.key).toBe('two');
    expect(neighbour(suggestions, 'three', 1)?.key).toBe('one');
    expect(neighbour(suggestions, 'one', -1)?.key).toBe('three');
    expect(neighbour(suggestions, null, 1)?.key).toBe('one');
    expect(neighbour(suggestions, 'gone', -1)?.key).toBe('three');
    expect(neighbour([], null, 1)).toBeUndefined();
  });
});

describe('useSuggestionKeys', () => {
  let unmount: () => void;
  beforeEach(() => {
    uiSignedOut();
    Element.prototype.scrollIntoView = () => undefined; // jsdom lays nothing out
    globalThis.CSS ??= { escape: (value: string) => value } as typeof CSS;
    document.body.innerHTML = `<button id="elsewhere"></button>${suggestions.map((s) => `<div tabindex="-1" data-suggestion-key="${s.key}"></div>`).join('')}`;
    ({ unmount } = renderHook(() => useSuggestionKeys(suggestions), testQueryClient()));
  });
  afterEach(() => {
    unmount();
    document.body.replaceChildren();
  });

  it('goes through the suggestions with s, and back with Shift+S', () => {
    expect(press('s')).toBe(true);
    expect(focusedKey()).toBe('one');
    expect(press('s', {}, document.activeElement!)).toBe(true);
    expect(focusedKey()).toBe('two');
    press('S', { shiftKey: true }, document.activeElement!);
    expect(focusedKey()).toBe('one');
    expect(useUiStore.getState().focusedSuggestionKey).toBe('one');
  });

  it('returns to the current suggestion from elsewhere in the page', () => {
    useUiStore.getState().suggestionFocused('three');
    document.getElementById('elsewhere')!.focus();
    press('s');
    expect(focusedKey()).toBe('three');
  });

  it('ignores other keys, and s typed in a field', () => {
    expect(press('x')).toBe(false);
    const field = document.body.appendChild(document.createElement('input'));
    expect(press('s', {}, field)).toBe(false);
    expect(focusedKey()).toBeUndefined();
  });
});
