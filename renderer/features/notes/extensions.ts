import { Extension, type EditorOptions, type Extensions } from '@tiptap/core';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Placeholder } from '@tiptap/extensions';
import { Fragment, Slice, type Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep, ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform';
import { ReactNodeViewRenderer } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { SAFE_LINK_RE } from '../../../shared/model/note';
import { ActionItemView } from './ActionItemView';
import { NoteKeys, type NoteKeysHost } from './noteKeys';

const newItemId = () => crypto.randomUUID();

/**
 * Whether these transactions can have added an action item or changed one's id: only a
 * replace whose inserted slice holds a task item (typing, split, paste, undo of a delete,
 * wrapping in a task list) or a step of another kind than replace/mark. Typing plain text
 * answers "no" without walking the document, which keeps keystrokes in a long note cheap.
 */
export function mayAddActionItems(transactions: readonly Transaction[]): boolean {
  return transactions.some(
    (tr) =>
      tr.docChanged &&
      tr.steps.some((step) => {
        if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return false;
        if (!(step instanceof ReplaceStep) && !(step instanceof ReplaceAroundStep)) return true;
        let found = false;
        step.slice.content.descendants((node) => {
          if (node.type.name === 'taskItem') found = true;
          return !found && !node.isTextblock;
        });
        return found;
      }),
  );
}

/**
 * An action item: a task-list item with an id (so later retros can mark it done), an
 * optional owner (a person of the engagement) and an optional due date.
 */
export const ActionItem = TaskItem.extend({
  name: 'taskItem',
  addAttributes() {
    return {
      ...this.parent?.(),
      id: { default: null, keepOnSplit: false, parseHTML: () => null, renderHTML: () => ({}) },
      owner: { default: null, keepOnSplit: false, parseHTML: () => null, renderHTML: () => ({}) },
      due: { default: null, keepOnSplit: false, parseHTML: () => null, renderHTML: () => ({}) },
      closedOn: { default: null, keepOnSplit: false, parseHTML: () => null, renderHTML: () => ({}) },
    };
  },
  addNodeView() {
    // The wrapper is the <li> itself, so the task list holds list items only.
    return ReactNodeViewRenderer(ActionItemView, {
      as: 'li',
      className: 'action-item',
      attrs: ({ node }) => ({ 'data-checked': String(node.attrs['checked'] === true) }),
    });
  },
  addProseMirrorPlugins() {
    // Every action item gets an id, and a split or paste never leaves two with the same one.
    return [
      new Plugin({
        key: new PluginKey('actionItemIds'),
        appendTransaction: (transactions, _old, state) => {
          if (!mayAddActionItems(transactions)) return null;
          const seen = new Set<string>();
          const tr = state.tr;
          state.doc.descendants((node, pos) => {
            if (node.type.name !== 'taskItem') return true;
            const id = node.attrs['id'] as string | null;
            if (id === null || seen.has(id)) {
              const fresh =
                id === null
                  ? { id: newItemId() }
                  : { id: newItemId(), checked: false, owner: null, due: null, closedOn: null };
              tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...fresh });
              seen.add(fresh.id);
            } else {
              seen.add(id);
            }
            return true;
          });
          return tr.docChanged ? tr : null;
        },
      }),
    ];
  },
}).configure({ nested: true });

/**
 * A pasted or dropped slice, with every action item whose id is `taken` (used by another
 * note of the engagement) made a new, open item: the id pass then gives it a fresh id, so
 * ticking one copy never ticks the other. An item moved within this note keeps its id.
 */
export function freshCopiesOf(slice: Slice, taken: ReadonlySet<string>): Slice {
  if (taken.size === 0) return slice;
  const map = (fragment: Fragment): Fragment => {
    const nodes: PmNode[] = [];
    fragment.forEach((node) => {
      const content = map(node.content);
      const id = node.attrs['id'] as unknown;
      if (node.type.name === 'taskItem' && typeof id === 'string' && taken.has(id)) {
        nodes.push(
          node.type.create(
            { ...node.attrs, id: null, checked: false, owner: null, due: null, closedOn: null },
            content,
            node.marks,
          ),
        );
      } else {
        nodes.push(node.isText ? node : node.copy(content));
      }
    });
    return Fragment.from(nodes);
  };
  return new Slice(map(slice.content), slice.openStart, slice.openEnd);
}

/**
 * What differs between two note editors: the prompt shown while a note is empty, and who
 * opens the link form on Ctrl/Cmd+K. Kept in the editor's own storage (tiptap gives each
 * editor its own copy), so the extension list itself is one module constant.
 */
export interface NoteHost {
  placeholder: string;
  onEditLink: () => void;
}

declare module '@tiptap/core' {
  interface Storage {
    noteHost: NoteHost;
  }
}

/** Ctrl/Cmd+K asks the editor's host to edit the link at the selection. */
const NoteHostExtension = Extension.create<Record<string, never>, NoteHost>({
  name: 'noteHost',
  addStorage() {
    return { placeholder: '', onEditLink: () => undefined };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.storage.onEditLink();
        return true;
      },
    };
  },
});

/**
 * The note's extensions, built once for every editor: re-configuring StarterKit per editor
 * (and per render) built the same schema again each time, to be thrown away.
 */
export const NOTE_EXTENSIONS: Extensions = Object.freeze([
  StarterKit.configure({
    heading: { levels: [2, 3] },
    link: {
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: 'https',
      protocols: ['mailto'],
      isAllowedUri: (url) => SAFE_LINK_RE.test(url.trim()),
      shouldAutoLink: (url) => SAFE_LINK_RE.test(url) || /^[\w-]+(\.[\w-]+)+/.test(url),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    },
  }),
  TaskList,
  ActionItem,
  Placeholder.configure({ placeholder: ({ editor }) => editor.storage.noteHost.placeholder }),
  NoteHostExtension,
  NoteKeys,
]) as Extensions;

/**
 * The editor options that make a note editor: the shared extensions, and this editor's host
 * (its link form, and where Esc leaves to) written into its storage before the view first draws (so the first paint has the prompt).
 */
export function noteEditorOptions(
  placeholder: string,
  onEditLink: () => void,
  keys?: NoteKeysHost,
): Pick<EditorOptions, 'extensions' | 'onBeforeCreate'> {
  return {
    extensions: NOTE_EXTENSIONS,
    onBeforeCreate: ({ editor }) => {
      editor.storage.noteHost.placeholder = placeholder;
      editor.storage.noteHost.onEditLink = onEditLink;
      if (keys) Object.assign(editor.storage.noteKeys, keys);
    },
  };
}
