import { SHORTCUTS } from '../../classroom/shortcutList';
import { Dialog } from '../Dialog';
import '../../styles/classroomDialogs.css';

/** The list of keyboard shortcuts (opened with ? or the Shortcuts button). */
export default function ShortcutSheet({ onClose }: { onClose: () => void }) {
  return (
    <Dialog
      title="Keyboard shortcuts"
      onClose={onClose}
      className="classroom-dialog shortcut-sheet"
    >
      <table className="shortcut-table">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && (s.keys[0] === 'Shift' ? ' + ' : ' or ')}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{s.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="dialog-note">
        Shortcuts pause while you type in a field. Tab moves through every control; a presentation
        clicker’s next and previous buttons walk the scenes.
      </p>
    </Dialog>
  );
}
