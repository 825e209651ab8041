// The keyboard shortcuts, shown on `?` in a modal dialog.
import { useEffect, useRef } from 'react';
import { useUiStore } from '../lib/ui-store.ts';

const SHORTCUTS: [keys: string[], action: string][] = [
  [['↓', 'j'], 'Next sentence'],
  [['↑', 'k'], 'Previous sentence'],
  [['Enter'], 'Pick the focused sentence; Enter again makes it a claim'],
  [['Shift', '← / →'], 'Select words in reading order'],
  [['m'], 'Make a claim from the picked text'],
  [['n', 'p'], 'Next / previous claim'],
  [['1', 'c'], 'Mark corroborated'],
  [['2', 'd'], 'Mark disputed'],
  [['3', 'u'], 'Mark unreviewed'],
  [['e'], 'Edit the note'],
  [['Delete'], 'Delete the selected claim'],
  [['Ctrl / ⌘', 'Z'], 'Undo a deletion or a verdict change'],
  [['Esc'], 'Drop the picked text, then the selection'],
  [['s', 'Shift+S'], 'Next / previous suggestion'],
  [['↓', '↑'], 'Next / previous suggestion, on a suggestion'],
  [['a'], 'Accept the focused suggestion as a claim'],
  [['r', 'Delete'], 'Reject the focused suggestion'],
  [['j', '↓'], 'Review queue: next claim'],
  [['k', '↑'], 'Review queue: previous claim'],
  [['a'], 'Review queue: approve the verdict'],
  [['r'], 'Review queue: return with a comment (Ctrl+Enter sends)'],
  [['1', '2', '3'], 'Review queue: corroborated / disputed / unreviewed'],
  [['?'], 'Show these shortcuts'],
];

export function ShortcutsDialog() {
  const open = useUiStore((s) => s.shortcutsOpen);
  const shortcutsToggled = useUiStore((s) => s.shortcutsToggled);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="shortcuts" aria-labelledby="shortcuts-heading" onClose={() => shortcutsToggled(false)}>
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={action}>
              <td>
                {keys.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
