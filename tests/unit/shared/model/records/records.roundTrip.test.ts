import path from 'node:path';
import { readEngagementFolder } from '../../../support/engagementFolder';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../../electron/storage/canonicalJson';
import { EngagementFileSchema, type EngagementFile } from '../../../../../shared/model/files';
import { assembleEngagement } from '../../../../../shared/model/records/assembleEngagement';
import { DuplicateRecordError, splitEngagement } from '../../../../../shared/model/records/splitEngagement';
import { generateDataset, TINY } from '../../../../bench/dataset';
import { useTempDir } from '../../../support/tempDir';
import { doc, line } from '../../../support/notes';
import { richEngagementFile } from '../../../support/richEngagement';

/** The record files as a folder would give them back: canonical bytes, parsed again. */
function onDisk(file: EngagementFile): Map<string, unknown> {
  return new Map([...splitEngagement(file)].map(([p, record]) => [p, JSON.parse(canonicalJson(record)) as unknown]));
}

function bytesOf(file: EngagementFile): Map<string, string> {
  return new Map([...splitEngagement(file)].map(([p, record]) => [p, canonicalJson(record)]));
}

describe('an engagement as record files', () => {
  const tempDir = useTempDir('aux-desk-records-');

  it('puts every section in its file, one per retro, week, NPS response and fit vote', () => {
    expect([...splitEngagement(richEngagementFile()).keys()].sort()).toEqual([
      'engagement.json',
      'fit-check/v1.json',
      'fit-check/v2.json',
      'goals.json',
      'lifecycle.json',
      'milestones.json',
      'nps/n1.json',
      'nps/n2.json',
      'project-retro.json',
      'retros/2026-03-05-r1.json',
      'retros/2026-03-06-r0.json',
      'retros/2026-03-12-r2.json',
      'rituals.json',
      'weeks/2026-W10.json',
      'weeks/2026-W11.json',
    ]);
    const records = splitEngagement(richEngagementFile());
    expect(records.get('lifecycle.json')).not.toHaveProperty('fitVotes');
    expect(records.get('milestones.json')).toMatchObject({
      schemaVersion: 10,
      kind: 'milestones',
      mvpTargetDate: '2026-04-10',
    });
    expect(records.get('retros/2026-03-05-r1.json')).toMatchObject({
      kind: 'retro',
      id: 'r1',
      mailLog: [{ via: 'smtp' }],
    });
    expect(records.get('weeks/2026-W11.json')).toEqual({
      schemaVersion: 10,
      kind: 'week',
      week: '2026-W11',
      days: { wed: { kind: 'off', hours: 0, note: 'Holiday', partnerIds: [], topic: '' } },
    });
  });

  it('assembles back into the same engagement, with nothing reported', () => {
    const file = richEngagementFile();
    const assembled = assembleEngagement(onDisk(file));
    expect(assembled).toEqual({ file, problems: [], superseded: [], ignored: [] });
  });

  it('round-trips engagements built through the services (the benchmark’s data set)', async () => {
    const dataset = await generateDataset(path.join(tempDir(), 'data'), TINY);
    for (const id of dataset.engagementIds) {
      const file = EngagementFileSchema.parse(readEngagementFolder(dataset.dir, id));
      expect(file.retro.retros.length).toBeGreaterThan(0);
      expect(assembleEngagement(onDisk(file))).toEqual({ file, problems: [], superseded: [], ignored: [] });
    }
  });

  it('writes the same bytes every time, whatever order the keys were built in', () => {
    const file = richEngagementFile();
    const reordered = JSON.parse(
      JSON.stringify(file, (_key, value: unknown) =>
        value && typeof value === 'object' && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).reverse())
          : value,
      ),
    ) as EngagementFile;
    expect(bytesOf(reordered)).toEqual(bytesOf(file));
    const again = assembleEngagement(onDisk(file)).file;
    expect(again && bytesOf(again)).toEqual(bytesOf(file));
    const engagement = bytesOf(file).get('engagement.json') ?? '';
    expect(engagement.endsWith('}\n')).toBe(true);
    expect(engagement).not.toContain('\r');
    expect(engagement.split('\n')[1]).toBe('  "createdAt": "2026-02-20T10:00:00.000Z",');
  });

  it('changes one retro’s file alone when one of its notes changes', () => {
    const before = richEngagementFile();
    const [r1, ...others] = before.retro.retros;
    if (!r1) throw new Error('fixture');
    const after: EngagementFile = {
      ...before,
      retro: { ...before.retro, retros: [{ ...r1, notes: { ...r1.notes, notes: doc(line('new')) } }, ...others] },
    };
    const [a, b] = [bytesOf(before), bytesOf(after)];
    expect([...b.keys()].filter((p) => a.get(p) !== b.get(p))).toEqual(['retros/2026-03-05-r1.json']);
  });

  it('moves a retro whose date changes to its new name', () => {
    const before = richEngagementFile();
    const after: EngagementFile = {
      ...before,
      retro: {
        ...before.retro,
        retros: before.retro.retros.map((r) => (r.id === 'r2' ? { ...r, date: '2026-03-13' } : r)),
      },
    };
    const [a, b] = [splitEngagement(before), splitEngagement(after)];
    expect([...a.keys()].filter((p) => !b.has(p))).toEqual(['retros/2026-03-12-r2.json']);
    expect([...b.keys()].filter((p) => !a.has(p))).toEqual(['retros/2026-03-13-r2.json']);
  });

  it('names files with nothing but the ids’ and dates’ safe characters', () => {
    for (const p of splitEngagement(richEngagementFile()).keys()) {
      expect(p).toMatch(/^([a-z-]+\/)?[A-Za-z0-9_-]{1,64}\.json$/);
    }
  });

  it('refuses to split an engagement whose list holds one id twice (they would be one file)', () => {
    const file = richEngagementFile();
    const [n1] = file.project.nps;
    if (!n1) throw new Error('fixture');
    file.project.nps = [n1, { ...n1, score: 0 }];
    expect(() => splitEngagement(file)).toThrow(DuplicateRecordError);
  });
});
