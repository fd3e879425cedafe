/**
 * The comparison page of the typing benchmark: @tiptap/react with StarterKit and nothing
 * else, on the same document as the app's retro (set by the benchmark as window.__benchDoc).
 */
import { EditorContent, useEditor, type JSONContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const doc = (window as unknown as { __benchDoc?: JSONContent }).__benchDoc ?? {
  type: 'doc',
  content: [{ type: 'paragraph' }],
};

function Bare() {
  const editor = useEditor({
    extensions: [StarterKit],
    content: doc,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: { attributes: { role: 'textbox', 'aria-label': 'Notes', 'aria-multiline': 'true' } },
  });
  return createElement(EditorContent, { editor });
}

const root = document.getElementById('root');
if (root) createRoot(root).render(createElement(Bare));
