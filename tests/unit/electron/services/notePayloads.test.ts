import { describe, expect, it } from 'vitest';
import type { EngagementFile } from '../../../../shared/model/files';
import { MAX_NOTE_BYTES, type NoteDoc, type NoteNode } from '../../../../shared/model/note';
import { validInput } from '../../support/fixtures';
import { doc, line, paragraph, richDoc, taskItem, taskList, text } from '../../support/notes';
import { openServices, type Harness } from '../../support/services';
import { folderBytes, readEngagementFolder } from '../../support/engagementFolder';
import { useTempDir } from '../../support/tempDir';

/**
 * Issue 12 §3: a note the files would not load (or could not even write) must be refused
 * at the door. Before, a BigInt, a cycle or a 1,001-deep object in `attrs` was accepted,
 * and every later save of the engagement failed ("Do not know how to serialize a BigInt").
 */

/** Nesting `levels` objects deep: { a: { a: … } }. */
function deepObject(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

function cyclic(): Record<string, unknown> {
  const value: Record<string, unknown> = { label: 'me' };
  value['self'] = value;
  return value;
}

/** A paragraph, a task item and a link, each given `extra` attrs (the structured clone of IPC carries them as they are). */
const hostileNotes: [string, unknown][] = [
  ['a BigInt in a paragraph’s attrs', doc({ type: 'paragraph', attrs: { n: 10n }, content: [text('x')] })],
  [
    'a BigInt in an action item’s attrs',
    doc(
      taskList({
        ...taskItem({ id: 'a1' }, 'Do it'),
        attrs: { id: 'a1', checked: false, owner: null, due: null, n: 10n },
      }),
    ),
  ],
  [
    'a BigInt in a link’s attrs',
    {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'https://example.com', n: 10n } }] },
          ],
        },
      ],
    },
  ],
  ['a cycle in attrs', doc({ type: 'heading', attrs: { level: 2, loop: cyclic() }, content: [text('x')] })],
  [
    'attrs nested 1,001 levels deep',
    doc({ type: 'codeBlock', attrs: { language: 'ts', deep: deepObject(1001) }, content: [text('x')] }),
  ],
  ['a Date as a heading level', doc({ type: 'heading', attrs: { level: new Date(0) }, content: [text('x')] })],
  [
    'a Map in an ordered list’s attrs',
    doc({ type: 'orderedList', attrs: { start: 1, type: new Map([['a', 1]]) }, content: [] }),
  ],
  [
    'an unknown attribute on a heading',
    doc({ type: 'heading', attrs: { level: 2, onclick: 'alert(1)' }, content: [text('x')] }),
  ],
  ['a heading level 7', doc({ type: 'heading', attrs: { level: 7 }, content: [text('x')] })],
  ['a string start on an ordered list', doc({ type: 'orderedList', attrs: { start: '3' }, content: [] })],
  ['attrs on a paragraph', doc({ type: 'paragraph', attrs: { class: 'x' } })],
  [
    'attrs on a bold mark',
    doc(paragraph({ type: 'text', text: 'x', marks: [{ type: 'bold', attrs: { style: 'color:red' } }] })),
  ],
];

/** ~`bytes` of note JSON in 100,000-character paragraphs. */
function noteOfAbout(bytes: number): NoteDoc {
  const blocks: NoteNode[] = [];
  for (let left = bytes; left > 0; left -= 100_000) blocks.push(line('x'.repeat(Math.min(99_900, left))));
  return doc(...blocks);
}

type Saver = (h: Harness, ids: Ids, note: unknown) => Promise<unknown>;
interface Ids {
  engagementId: string;
  retroId: string;
}

/** The three channels that save a note, and where each lands in the file. */
const savers: [string, Saver, (file: EngagementFile) => NoteDoc][] = [
  [
    'retros:saveNote',
    (h, ids, note) => h.services.dispatch('retros:saveNote', { ...ids, section: 'notes', doc: note }),
    (f) => f.retro.retros[0]?.notes.notes ?? doc(),
  ],
  [
    'project:saveNote',
    (h, ids, note) =>
      h.services.dispatch('project:saveNote', { engagementId: ids.engagementId, section: 'takeaways', doc: note }),
    (f) => f.project.retro.notes.takeaways,
  ],
  [
    'lifecycle:saveNote',
    (h, ids, note) =>
      h.services.dispatch('lifecycle:saveNote', { engagementId: ids.engagementId, note: 'onePager', doc: note }),
    (f) => f.lifecycle.onePager,
  ],
];

describe('note payloads through IPC dispatch (real files)', () => {
  const tempDir = useTempDir();

  async function setUp(): Promise<Harness & { ids: Ids }> {
    const h = openServices(tempDir());
    const engagement = await h.call('engagements:create', validInput());
    const retro = await h.call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
    await h.settle();
    return { ...h, ids: { engagementId: engagement.id, retroId: retro.id } };
  }

  describe.each(savers)('%s', (_channel, save, noteIn) => {
    it.each(hostileNotes)(
      'refuses %s with a clear message, writes nothing, and a later valid save still works',
      async (_what, hostile) => {
        const h = await setUp();
        const before = folderBytes(tempDir(), h.ids.engagementId);
        const result = await save(h, h.ids, hostile);
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
        const messages = Object.values(
          (result as { error: { fieldErrors?: Record<string, string> } }).error.fieldErrors ?? {},
        );
        expect(messages.length).toBeGreaterThan(0);
        for (const message of messages) expect(message).toMatch(/^[A-Z].+\.$/);
        await h.settle();
        expect(h.logs).toEqual([]);
        expect(folderBytes(tempDir(), h.ids.engagementId)).toEqual(before);

        const rich = richDoc();
        expect(await save(h, h.ids, rich)).toMatchObject({ ok: true });
        await h.settle();
        expect(h.logs).toEqual([]);
        const reopened = openServices(tempDir());
        expect(reopened.services.problems).toEqual([]);
        expect(noteIn(readEngagementFolder(tempDir(), h.ids.engagementId))).toEqual(rich);
      },
    );

    it('accepts a note of just under the size bound and refuses one just over it, saying why', async () => {
      const h = await setUp();
      const under = noteOfAbout(MAX_NOTE_BYTES - 2_000);
      expect(JSON.stringify(under).length).toBeLessThanOrEqual(MAX_NOTE_BYTES);
      expect(await save(h, h.ids, under)).toMatchObject({ ok: true });
      await h.settle();
      const saved = folderBytes(tempDir(), h.ids.engagementId);

      const over = noteOfAbout(MAX_NOTE_BYTES + 2_000);
      const refused = await save(h, h.ids, over);
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
      expect(JSON.stringify(refused)).toMatch(/too long to save/);
      await h.settle();
      expect(folderBytes(tempDir(), h.ids.engagementId)).toEqual(saved);
      expect(noteIn(readEngagementFolder(tempDir(), h.ids.engagementId))).toEqual(under);
    });
  });

  it('counts the bound in UTF-8 bytes, so a note in a non-Latin script is bounded alike', async () => {
    const h = await setUp();
    // 3 bytes per character: 400,000 characters are 1.2 MB.
    const cjk = doc(...Array.from({ length: 4 }, () => line('東'.repeat(100_000))));
    const result = await h.services.dispatch('retros:saveNote', { ...h.ids, section: 'notes', doc: cjk });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});
