import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store';
import { PaletteList } from './PaletteList';
import { usePaletteOptions } from './usePaletteOptions';

/** The palette: a combobox over commands and search results, keyboard first. */
export function PaletteDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const setOpen = useAppStore((s) => s.setPaletteOpen);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { options, searching } = usePaletteOptions(query);
  const current = Math.min(active, Math.max(0, options.length - 1));

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const run = (index: number) => {
    const option = options[index];
    if (!option) return;
    dialog.current?.close();
    void Promise.resolve(option.run()).catch((error: unknown) =>
      useAppStore.getState().pushToast({ tone: 'error', message: `That did not work: ${String(error)}` }),
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    const move = moves[event.key];
    if (move !== undefined && options.length > 0) {
      event.preventDefault();
      setActive((current + move + options.length) % options.length);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : options.length - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(current);
    }
  };

  return (
    // Esc closes a modal <dialog> by itself; closing it (any way) closes the palette.
    <dialog ref={dialog} className="dialog palette" aria-label="Command palette" onClose={() => setOpen(false)}>
      <input
        className="palette__input"
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-options"
        aria-activedescendant={options[current] ? `palette-option-${current}` : undefined}
        aria-autocomplete="list"
        aria-label="Type a command, a screen, an engagement or words from your notes"
        placeholder="Type a command, or search your notes…"
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <PaletteList options={options} active={current} query={query} searching={searching} onRun={run} />
    </dialog>
  );
}
