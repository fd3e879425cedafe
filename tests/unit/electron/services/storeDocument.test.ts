import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { StartupProblem } from '../../../../shared/ipc';
import { migrateSimpleFile } from '../../../../shared/model/migrations';
import { StoreDocument } from '../../../../electron/services/documents';
import { WriteQueue } from '../../../../electron/services/writeQueue';
import { countingFactory } from '../../support/services';
import { listFiles, readJson, useTempDir, writeJson } from '../../support/tempDir';

const NotesSchema = z.object({ schemaVersion: z.literal(1), notes: z.array(z.string()) });
type Notes = z.infer<typeof NotesSchema>;
const fallback: Notes = { schemaVersion: 1, notes: [] };
const when = new Date('2026-03-05T07:00:00.000Z');
const stamp = '2026-03-05T07-00-00-000Z';

describe('StoreDocument (real files)', () => {
  const tempDir = useTempDir();
  const notesPath = () => path.join(tempDir(), 'notes.json');

  /** A StoreDocument over <temp>/notes.json, coalesced on its own queue unless `atOnce`. */
  function notes(atOnce = false) {
    const counting = countingFactory();
    const problems: StartupProblem[] = [];
    const queue = new WriteQueue(60_000, (key, error) => {
      throw new Error(`${key}: ${String(error)}`);
    });
    const doc = new StoreDocument(
      { dataDir: tempDir(), factory: counting.factory, now: () => when, report: (p) => problems.push(p) },
      {
        name: 'notes',
        schema: NotesSchema,
        migrate: (d) => migrateSimpleFile(d, 1),
        fallback,
        ...(atOnce ? {} : { coalesce: { queue, key: 'notes' } }),
      },
    );
    return { doc, problems, queue, writes: () => counting.writesTo(notesPath()) };
  }

  it('reads the document from its file, and writes back to the same file', () => {
    writeJson(notesPath(), { schemaVersion: 1, notes: ['kept'] });
    const { doc, problems, queue, writes } = notes();
    expect(doc.open()).toBe(true);
    expect(doc.doc).toEqual({ schemaVersion: 1, notes: ['kept'] });
    expect(doc.writable).toBe(true);
    expect(problems).toEqual([]);

    doc.write({ ...doc.doc, notes: [...doc.doc.notes, 'added'] });
    queue.flush();
    expect(writes()).toBe(1);
    expect(readJson(notesPath())).toEqual({ schemaVersion: 1, notes: ['kept', 'added'] });
  });

  it('uses the fallback when the file is missing, and creates no file until the first write', () => {
    const { doc, problems, queue, writes } = notes();
    expect(doc.open()).toBe(false);
    expect(doc.doc).toEqual(fallback);
    expect(doc.writable).toBe(true);
    expect(problems).toEqual([]);
    queue.flush();
    expect(listFiles(tempDir())).toEqual([]);

    doc.write({ schemaVersion: 1, notes: ['first'] });
    expect(fs.existsSync(notesPath())).toBe(false);
    queue.flush();
    expect(writes()).toBe(1);
    expect(listFiles(tempDir())).toEqual(['notes.json']);
    expect(readJson(notesPath())).toEqual({ schemaVersion: 1, notes: ['first'] });
  });

  it('coalesces a burst of writes into one write of the latest document, on flush', () => {
    const { doc, queue, writes } = notes();
    doc.open();
    for (let i = 0; i < 10; i++) doc.write({ schemaVersion: 1, notes: [`v${i}`] });
    expect(doc.doc.notes).toEqual(['v9']);
    expect(queue.has('notes')).toBe(true);
    expect(writes()).toBe(0);

    queue.flush();
    expect(writes()).toBe(1);
    expect(readJson(notesPath())).toEqual({ schemaVersion: 1, notes: ['v9'] });
    queue.flush();
    expect(writes()).toBe(1);
  });

  it('writes at once, on every write, without a queue', () => {
    const { doc, queue, writes } = notes(true);
    doc.open();
    doc.write({ schemaVersion: 1, notes: ['one'] });
    expect(writes()).toBe(1);
    expect(readJson(notesPath())).toEqual({ schemaVersion: 1, notes: ['one'] });
    doc.write({ schemaVersion: 1, notes: ['two'] });
    expect(writes()).toBe(2);
    expect(queue.size).toBe(0);
  });

  it.each([
    ['invalid JSON', '{"schemaVersion": 1, "notes": [', 'not valid JSON'],
    ['a document failing the schema', JSON.stringify({ schemaVersion: 1, notes: [42] }), 'notes.0: '],
    ['no schemaVersion', JSON.stringify({ notes: [] }), 'no schemaVersion'],
  ])(
    'moves %s to quarantine/, reports it, uses the fallback, and saves a fresh file later',
    (_label, contents, why) => {
      fs.writeFileSync(notesPath(), contents);
      const { doc, problems, queue, writes } = notes();
      expect(doc.open()).toBe(false);

      expect(doc.doc).toEqual(fallback);
      expect(doc.writable).toBe(true);
      expect(problems).toEqual([
        {
          kind: 'quarantined',
          file: 'notes.json',
          movedTo: `quarantine/notes.${stamp}.json`,
          message: expect.stringMatching(
            new RegExp(
              `^notes\\.json could not be read \\(${why}.*\\)\\. It was moved to quarantine/notes\\.${stamp}\\.json; nothing in it was changed or deleted\\.$`,
            ),
          ) as unknown,
        },
      ]);
      expect(fs.existsSync(notesPath())).toBe(false);
      expect(fs.readFileSync(path.join(tempDir(), 'quarantine', `notes.${stamp}.json`), 'utf8')).toBe(contents);

      doc.write({ schemaVersion: 1, notes: ['fresh'] });
      queue.flush();
      expect(writes()).toBe(1);
      expect(readJson(notesPath())).toEqual({ schemaVersion: 1, notes: ['fresh'] });
      expect(listFiles(path.join(tempDir(), 'quarantine'))).toEqual([`notes.${stamp}.json`]);
    },
  );

  it.each([
    ['coalesced', false],
    ['at once', true],
  ])('leaves a file from a newer version untouched, byte for byte, and never writes it (%s)', (_label, atOnce) => {
    const future = '{"schemaVersion": 2, "notes": ["from the future"], "tags": {}}\n';
    fs.writeFileSync(notesPath(), future);
    const { doc, problems, queue, writes } = notes(atOnce);
    expect(doc.open()).toBe(false);

    expect(doc.writable).toBe(false);
    expect(doc.doc).toEqual(fallback);
    expect(problems).toEqual([
      {
        kind: 'newer-version',
        file: 'notes.json',
        movedTo: null,
        message:
          'notes.json was written by a newer version of Aux Desk (format 2). It was left untouched; update Aux Desk to open it.',
      },
    ]);

    // The change is held in memory for the session, and never saved.
    doc.write({ schemaVersion: 1, notes: ['in memory only'] });
    expect(doc.doc.notes).toEqual(['in memory only']);
    expect(queue.has('notes')).toBe(false);
    queue.flush();
    expect(writes()).toBe(0);
    expect(fs.readFileSync(notesPath(), 'utf8')).toBe(future);
    expect(listFiles(tempDir())).toEqual(['notes.json']);
  });
});
