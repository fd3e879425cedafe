import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { NoteDocSchema, type NoteDoc } from '../../../../../shared/model/note';
import { NOTE_EXTENSIONS } from '../../../../../renderer/features/notes/extensions';

/** The editor's schema and the main process's validator must agree on every note we write. */
const schema = getSchema(NOTE_EXTENSIONS);

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
          marks: [
            {
              type: 'link',
              attrs: {
                href: 'https://example.com/runbook',
                target: null,
                rel: 'noopener noreferrer nofollow',
                class: null,
                title: null,
              },
            },
          ],
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
            {
              type: 'orderedList',
              attrs: { start: 1, type: null },
              content: [
                { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'nested' }] }] },
              ],
            },
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

describe('the validator knows each node’s and mark’s attributes, as the editor writes them', () => {
  /** A minimal valid instance of each node type, built by the editor's own schema (so with its attrs). */
  function editorNode(name: string): NoteDoc {
    const type = schema.nodes[name];
    if (!type) throw new Error(`no ${name}`);
    const paragraph = schema.node('paragraph', null, [schema.text('x')]);
    const inline = name === 'text' ? schema.text('x') : name === 'hardBreak' ? type.create() : null;
    const block =
      inline !== null
        ? schema.node('paragraph', null, [inline])
        : name === 'doc' || name === 'paragraph'
          ? paragraph
          : name === 'listItem'
            ? schema.node('bulletList', null, [type.create(null, [paragraph])])
            : name === 'taskItem'
              ? schema.node('taskList', null, [type.create({ id: 'a1' }, [paragraph])])
              : name === 'bulletList' || name === 'orderedList'
                ? type.create(null, [schema.node('listItem', null, [paragraph])])
                : name === 'taskList'
                  ? type.create(null, [schema.node('taskItem', { id: 'a1' }, [paragraph])])
                  : name === 'heading' || name === 'codeBlock'
                    ? type.create(name === 'heading' ? { level: 2 } : null, [schema.text('x')])
                    : name === 'blockquote'
                      ? type.create(null, [paragraph])
                      : type.create();
    return schema.node('doc', null, [block]).toJSON() as NoteDoc;
  }

  it.each(Object.keys(schema.nodes))('accepts a %s as the editor writes it', (name) => {
    const written = editorNode(name);
    expect(JSON.stringify(written)).toContain(`"type":"${name}"`);
    expect(NoteDocSchema.safeParse(written).success).toBe(true);
  });

  it.each(Object.keys(schema.marks))('accepts the %s mark as the editor writes it', (name) => {
    const attrs = name === 'link' ? { href: 'https://example.com' } : null;
    const mark = schema.marks[name]?.create(attrs);
    if (!mark) throw new Error(`no ${name}`);
    const written = schema
      .node('doc', null, [schema.node('paragraph', null, [schema.text('x', [mark])])])
      .toJSON() as NoteDoc;
    expect(NoteDocSchema.safeParse(written).success).toBe(true);
  });

  it.each(Object.keys(schema.nodes))('refuses a %s with an attribute the editor never writes', (name) => {
    const withExtra = JSON.parse(JSON.stringify(editorNode(name)), (_key, value: unknown) => {
      if (value !== null && typeof value === 'object' && (value as { type?: unknown }).type === name) {
        const node = value as { attrs?: Record<string, unknown> };
        return { ...node, attrs: { ...(node.attrs ?? {}), 'data-x': 1 } };
      }
      return value;
    }) as unknown;
    expect(NoteDocSchema.safeParse(editorNode(name)).success).toBe(true);
    expect(NoteDocSchema.safeParse(withExtra).success).toBe(false);
  });

  it.each(Object.keys(schema.marks))('refuses the %s mark with an attribute the editor never writes', (name) => {
    const attrs = name === 'link' ? { href: 'https://example.com', 'data-x': 1 } : { 'data-x': 1 };
    expect(
      NoteDocSchema.safeParse({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: name, attrs }] }] }],
      }).success,
    ).toBe(false);
  });
});
