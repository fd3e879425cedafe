import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { NoteDocSchema, type NoteDoc } from '../../../../../shared/model/note';
import { noteExtensions } from '../../../../../renderer/features/retro/extensions';

/** The editor's schema and the main process's validator must agree on every note we write. */
const schema = getSchema(noteExtensions('placeholder', () => undefined));

const rich: NoteDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Décisions — 東京' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Bold', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' and ' },
        { type: 'text', text: 'italic strike', marks: [{ type: 'italic' }, { type: 'strike' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'npm test', marks: [{ type: 'code' }] },
        { type: 'text', text: ' ' },
        {
          type: 'text',
          text: 'the runbook',
          marks: [{ type: 'link', attrs: { href: 'https://example.com/runbook', target: null, rel: 'noopener noreferrer nofollow', class: null, title: null } }],
        },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'two' }] },
            { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'nested' }] }] }] },
          ],
        },
      ],
    },
    {
      type: 'taskList',
      content: [
        {
          type: 'taskItem',
          attrs: { checked: false, id: 'a1', owner: 'p-kenji', due: '2027-01-15', closedOn: null },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Split the deploy pipeline' }] }],
        },
        {
          type: 'taskItem',
          attrs: { checked: true, id: 'a2', owner: null, due: null, closedOn: '2027-01-14' },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Done already' }] }],
        },
      ],
    },
  ],
};

describe('note serialization round-trip', () => {
  it('the editor schema reads and writes a rich note unchanged', () => {
    const node = schema.nodeFromJSON(rich);
    node.check();
    expect(node.toJSON()).toEqual(rich);
  });

  it('what the editor writes passes the main-process validator', () => {
    const written = schema.nodeFromJSON(rich).toJSON() as unknown;
    expect(NoteDocSchema.safeParse(written).success).toBe(true);
    expect(JSON.parse(JSON.stringify(written))).toEqual(rich);
  });

  it('action items carry id, done, owner, due and the day they were closed', () => {
    const item = schema.nodes['taskItem'];
    expect(Object.keys(item?.spec.attrs ?? {}).sort()).toEqual(['checked', 'closedOn', 'due', 'id', 'owner']);
  });

  it('the editor has no image, iframe or script node that pasted HTML could become', () => {
    expect(Object.keys(schema.nodes).filter((n) => /image|iframe|video|audio|script|embed/i.test(n))).toEqual([]);
  });
});
