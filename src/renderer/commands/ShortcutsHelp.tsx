import { Modal } from '../dialogs/Modal';
import { useStore } from '../state/create-store';
import { registry } from './app-commands';
import { NUDGE_STEP, NUDGE_STEP_LARGE } from './edit-commands';
import { shortcutsHelpStore } from './overlays';
import './command-palette.css';
import { isMac, shortcutText } from './registry';

const mac = isMac();
const mod = mac ? '⌘' : 'Ctrl';

/** What the mouse does on the canvas: the conventions the commands do not say themselves. */
const MOUSE = [
  ['Click a node or connection', 'Select it'],
  [`Shift+click or ${mod}+click`, 'Add it to the selection, or take it out'],
  ['Shift+drag on empty canvas', 'Select every node inside the box'],
  ['Drag on empty canvas', 'Pan the view'],
  ['Scroll wheel, or pinch', 'Zoom'],
  ['Drag a node', 'Move it (and the other selected nodes): one undo step'],
  ['Right-click', 'Actions for the canvas, a node or a connection'],
  ['Drag from an output (right) to an input (left)', 'Connect two nodes'],
] as const;

/** Help → Keyboard and mouse: every command with a shortcut, from the registry, and the canvas's mouse conventions. */
export function ShortcutsHelp() {
  const open = useStore(shortcutsHelpStore);
  if (!open) return null;
  const withKeys = registry.all.filter((c) => c.shortcuts?.length);
  return (
    <Modal title="Keyboard and mouse" testId="shortcuts-help" size="medium" onCancel={() => shortcutsHelpStore.set(false)}>
      <p className="modal__text">
        Arrow keys move the selected nodes by {NUDGE_STEP} px, with Shift by {NUDGE_STEP_LARGE} px; each press is one undo step. Shortcuts other than Save,
        Open, Export and the command palette do nothing while you type in a field. Copy puts the nodes on the system clipboard, so they paste into another
        window or file.
      </p>
      <table className="help-table">
        <tbody>
          {withKeys.map((c) => (
            <tr key={c.id}>
              <td>{c.label}</td>
              <td>{c.shortcuts!.map((s) => shortcutText(s, mac)).join(', ')}</td>
            </tr>
          ))}
          {MOUSE.map(([gesture, effect]) => (
            <tr key={gesture}>
              <td>{effect}</td>
              <td>{gesture}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
