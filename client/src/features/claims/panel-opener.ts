// Where the claim panel was opened from (a sentence, a claim in the list, a Make claim button), so that Esc, which
// closes the panel, can give focus back there instead of dropping it on the page (issue 16, item 2).
let opener: HTMLElement | null = null;

/** Remembers the focused element as the panel's opener, unless focus is inside the panel's form or editor. */
export function panelOpened(): void {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || focused === document.body) return;
  if (focused.closest('.new-claim, .claim-editor')) return;
  opener = focused;
}

/** Focuses the opener if it is still on the page, else `fallback`. */
export function focusPanelOpener(fallback: HTMLElement | null): void {
  const target = opener?.isConnected ? opener : fallback;
  opener = null;
  target?.focus({ preventScroll: false });
}
