import { useEffect, useRef } from 'react';
import { chordKeys, SHORTCUT_GROUPS, SHORTCUTS, type Shortcut } from '../../../shared/shortcuts';
import { useAppStore } from '../../store';
import { IS_MAC } from './keys';

/** One chord as keycaps: Ctrl + Shift + P. */
function Chord({ chord }: { chord: string }) {
  const keys = chordKeys(chord, IS_MAC);
  return (
    <span className="shortcut-chord">
      {keys.map((key, index) => (
        <kbd key={index}>{key}</kbd>
      ))}
    </span>
  );
}

function Row({ item }: { item: Shortcut }) {
  return (
    <tr>
      <td className="shortcuts__keys">
        {item.keys.map((chord, index) => (
          <span key={chord}>
            {index > 0 ? <span className="muted"> or </span> : null}
            <Chord chord={chord} />
          </span>
        ))}
      </td>
      <td>
        <span>{item.description}</span>
        {item.outsideText ? <span className="muted"> (outside a text field)</span> : null}
      </td>
    </tr>
  );
}

/**
 * The "?" sheet: every shortcut of shared/shortcuts.ts, by where it works. A modal <dialog>:
 * Esc closes it and the browser gives the focus back to where it was.
 */
export function ShortcutsSheet() {
  const dialog = useRef<HTMLDialogElement>(null);
  const setOpen = useAppStore((s) => s.setShortcutsOpen);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="dialog shortcuts" aria-labelledby="shortcuts-title" onClose={() => setOpen(false)}>
      <header className="dialog__header">
        <h2 id="shortcuts-title" className="dialog__title">
          Keyboard shortcuts
        </h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={() => dialog.current?.close()}>
          ×
        </button>
      </header>
      <div className="shortcuts__body">
        {SHORTCUT_GROUPS.map((group, index) => (
          <section key={group} className="shortcuts__group" aria-labelledby={`shortcuts-group-${index}`}>
            <h3 id={`shortcuts-group-${index}`} className="shortcuts__title">
              {group}
            </h3>
            <table className="shortcuts__table" aria-labelledby={`shortcuts-group-${index}`}>
              <tbody>
                {SHORTCUTS.filter((item) => item.group === group).map((item) => (
                  <Row key={item.id} item={item} />
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </dialog>
  );
}
