import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useContext } from 'react';
import { localDateOf } from '../../../shared/dates';
import { PeopleContext } from './people';

/** One action item in a note: done, the text, an owner and a due date. */
export function ActionItemView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  const people = useContext(PeopleContext);
  const checked = node.attrs['checked'] === true;
  const owner = typeof node.attrs['owner'] === 'string' ? node.attrs['owner'] : '';
  const due = typeof node.attrs['due'] === 'string' ? node.attrs['due'] : '';
  const editable = editor.isEditable;
  const text = node.textContent.trim() || 'action item';
  const ownerKnown = owner === '' || people.some((p) => p.id === owner);

  return (
    <NodeViewWrapper className="action-item__row">
      <span className="action-item__check" contentEditable={false}>
        <input
          type="checkbox"
          checked={checked}
          disabled={!editable}
          aria-label={`Done: ${text}`}
          onChange={(e) =>
            updateAttributes({ checked: e.target.checked, closedOn: e.target.checked ? localDateOf(new Date()) : null })
          }
        />
      </span>
      <NodeViewContent className="action-item__text" />
      <span className="action-item__meta" contentEditable={false}>
        <select
          className="action-item__owner"
          value={owner}
          disabled={!editable}
          aria-label={`Owner of: ${text}`}
          onChange={(e) => updateAttributes({ owner: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">No owner</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          {!ownerKnown ? <option value={owner}>(no longer in the engagement)</option> : null}
        </select>
        <input
          className="action-item__due"
          type="date"
          value={due}
          disabled={!editable}
          aria-label={`Due date of: ${text}`}
          onChange={(e) => updateAttributes({ due: e.target.value === '' ? null : e.target.value })}
        />
      </span>
    </NodeViewWrapper>
  );
}
