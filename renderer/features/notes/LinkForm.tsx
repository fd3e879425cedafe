import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { normalizeLink } from './links';

/**
 * The address being edited for the link at the selection (or a new one); focus goes to the
 * address on open and back to the editor on close.
 */
function useLinkForm(editor: Editor, onClose: () => void) {
  const current = (editor.getAttributes('link') as { href?: string }).href ?? '';
  const [value, setValue] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const close = () => {
    onClose();
    editor.commands.focus();
  };
  const apply = () => {
    const href = normalizeLink(value);
    if (!href) {
      setError('Enter a web address (https://…) or an email address.');
      return;
    }
    const { empty } = editor.state.selection;
    if (empty && !editor.isActive('link')) {
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text: value.trim(), marks: [{ type: 'link', attrs: { href } }] })
        .run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
    onClose();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };
  const change = (next: string) => {
    setValue(next);
    setError(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      apply();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };
  return { current, value, error, input, close, apply, remove, change, onKeyDown };
}

/** Add, change or remove the link at the selection: Enter applies, Escape cancels. */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const form = useLinkForm(editor, onClose);
  const id = `${editor.instanceId}-link`;
  return (
    <div className="link-form" role="group" aria-label="Edit link">
      <label className="link-form__label" htmlFor={id}>
        Link address
      </label>
      <input
        ref={form.input}
        id={id}
        className="input link-form__input"
        value={form.value}
        placeholder="https://…"
        aria-invalid={form.error !== null}
        aria-describedby={form.error ? `${id}-error` : undefined}
        onChange={(e) => form.change(e.target.value)}
        onKeyDown={form.onKeyDown}
      />
      <button type="button" className="button" onClick={form.apply}>
        Apply
      </button>
      {form.current !== '' ? (
        <button type="button" className="button button--ghost" onClick={form.remove}>
          Remove link
        </button>
      ) : null}
      <button type="button" className="button button--ghost" onClick={form.close}>
        Cancel
      </button>
      {form.error ? (
        <p id={`${id}-error`} className="field__error link-form__error" role="alert">
          {form.error}
        </p>
      ) : null}
    </div>
  );
}
