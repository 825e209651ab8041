// What the page-wide shortcut handlers share: when a key belongs to a field or a dialog, and the key's Latin name
// whatever keyboard layout is active.

/** True while typing in a field or working in a dialog: page-wide shortcuts leave the key alone. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('dialog') !== null)
  );
}

/**
 * The key as a Latin layout names it. On an Arabic keyboard the key of `j` types "ت" and `?` types "؟": a character
 * outside ASCII is read from the physical key instead, so the shortcuts work whatever layout is active.
 */
export function latinKey(event: Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey'>): string {
  if (event.key.length !== 1 || event.key <= '~') return event.key;
  const letter = /^Key([A-Z])$/.exec(event.code)?.[1];
  if (letter) return event.shiftKey ? letter : letter.toLowerCase();
  const digit = /^Digit([0-9])$/.exec(event.code)?.[1];
  if (digit) return digit;
  return event.code === 'Slash' && event.shiftKey ? '?' : event.key;
}
