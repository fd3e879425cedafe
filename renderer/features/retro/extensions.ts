import { Extension, type Extensions } from '@tiptap/core';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Placeholder } from '@tiptap/extensions';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ReactNodeViewRenderer } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { SAFE_LINK_RE } from '../../../shared/model/note';
import { ActionItemView } from './ActionItemView';

const newItemId = () => crypto.randomUUID();

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
          if (!transactions.some((tr) => tr.docChanged)) return null;
          const seen = new Set<string>();
          const tr = state.tr;
          state.doc.descendants((node, pos) => {
            if (node.type.name !== 'taskItem') return true;
            const id = node.attrs['id'] as string | null;
            if (id === null || seen.has(id)) {
              const fresh = id === null ? { id: newItemId() } : { id: newItemId(), checked: false, owner: null, due: null, closedOn: null };
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

/** Ctrl/Cmd+K asks the editor's host to edit the link at the selection. */
export const LinkShortcut = Extension.create<{ onEditLink: () => void }>({
  name: 'linkShortcut',
  addOptions() {
    return { onEditLink: () => undefined };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.onEditLink();
        return true;
      },
    };
  },
});

export function noteExtensions(placeholder: string, onEditLink: () => void): Extensions {
  return [
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
    Placeholder.configure({ placeholder }),
    LinkShortcut.configure({ onEditLink }),
  ];
}
