import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../../electron/storage/canonicalJson';
import type { EngagementFile } from '../../../../../shared/model/files';
import { assembleEngagement } from '../../../../../shared/model/records/assembleEngagement';
import { kindOfPath } from '../../../../../shared/model/records/recordPaths';
import { RECORD_BODIES } from '../../../../../shared/model/records/recordSchemas';
import { splitEngagement } from '../../../../../shared/model/records/splitEngagement';
import { emptyRetroSection } from '../../../../../shared/model/retro';
import { richEngagementFile } from '../../../support/richEngagement';

type Records = Map<string, unknown>;

function recordsOf(file: EngagementFile = richEngagementFile()): Records {
  return new Map([...splitEngagement(file)].map(([p, record]) => [p, JSON.parse(canonicalJson(record)) as unknown]));
}

function withRecord(records: Records, p: string, change: (record: Record<string, unknown>) => unknown): Records {
  return new Map(records).set(p, change(records.get(p) as Record<string, unknown>));
}

const R2 = 'retros/2026-03-12-r2.json';

describe('assembling an engagement from damaged or odd record files', () => {
  it('reports one bad retro by its path and assembles everything else', () => {
    const broken = withRecord(recordsOf(), R2, (r) => ({ ...r, goalScores: [{ goalId: 'g1', score: 200, note: '' }] }));
    const { file, problems } = assembleEngagement(broken);
    expect(problems).toEqual([{ path: R2, newer: false, message: 'goalScores.0.score: Scores go from 0 to 100.' }]);
    const expected = richEngagementFile();
    expected.retro.retros = expected.retro.retros.filter((r) => r.id !== 'r2');
    expect(file).toEqual(expected);
  });

  it('stands in an empty section for a bad single record, reported by its path', () => {
    const { file, problems } = assembleEngagement(withRecord(recordsOf(), 'goals.json', () => 'not an object'));
    expect(problems).toEqual([{ path: 'goals.json', newer: false, message: 'it does not hold a JSON object' }]);
    expect(file?.retro.goals).toEqual(emptyRetroSection().goals);
    expect(file?.retro.retros).toHaveLength(3);
  });

  it('keeps the rule that spans a list: two weekly retro rituals make rituals.json bad', () => {
    const broken = withRecord(recordsOf(), 'rituals.json', (r) => ({
      ...r,
      rituals: [
        ...(r.rituals as object[]),
        { id: 'r2', kind: 'retro', name: 'Again', days: ['fri'], time: '10:00', minutes: 30 },
      ],
    }));
    const { file, problems } = assembleEngagement(broken);
    expect(problems).toEqual([
      { path: 'rituals.json', newer: false, message: 'rituals: An engagement has one weekly retro.' },
    ]);
    expect(file?.planner.rituals).toEqual([]);
  });

  it('tells a record from a newer version apart, so the engagement is not written over', () => {
    const { file, problems } = assembleEngagement(
      withRecord(recordsOf(), 'nps/n2.json', (r) => ({ ...r, schemaVersion: 11 })),
    );
    expect(problems).toEqual([
      { path: 'nps/n2.json', newer: true, message: 'it was written by a newer version of Aux Desk (format 11)' },
    ]);
    expect(file?.project.nps.map((n) => n.id)).toEqual(['n1']);
  });

  it('refuses a record in the wrong place or under a name that is not its own', () => {
    const records = recordsOf();
    records.set('nps/r1.json', records.get('retros/2026-03-05-r1.json'));
    records.set('weeks/2026-W12.json', records.get('weeks/2026-W11.json'));
    const { problems } = assembleEngagement(records);
    expect(problems).toEqual([
      { path: 'nps/r1.json', newer: false, message: 'it holds "retro" where a nps record belongs' },
      {
        path: 'weeks/2026-W12.json',
        newer: false,
        message: 'its name does not match what it holds (weeks/2026-W11.json)',
      },
    ]);
  });

  it('cannot assemble without engagement.json, and says so', () => {
    const records = recordsOf();
    records.delete('engagement.json');
    expect(assembleEngagement(records)).toMatchObject({
      file: null,
      problems: [{ path: 'engagement.json', newer: false, message: 'it is missing' }],
    });
  });

  it('keeps the later edit when a retro moved to a new date is in both files (a save cut short)', () => {
    const records = recordsOf();
    const old = records.get(R2) as Record<string, unknown>;
    records.set('retros/2026-03-13-r2.json', { ...old, date: '2026-03-13', updatedAt: '2026-03-13T09:00:00.000Z' });
    const { file, problems, superseded } = assembleEngagement(records);
    expect(problems).toEqual([]);
    expect(superseded).toEqual([R2]);
    expect(file?.retro.retros.find((r) => r.id === 'r2')?.date).toBe('2026-03-13');
  });

  it('reports the records past a cap that spans files (50 fit votes) and keeps the rest', () => {
    const records = recordsOf();
    for (let i = 10; i < 60; i++) {
      records.set(`fit-check/w${i}.json`, {
        schemaVersion: 10,
        kind: 'fit-vote',
        id: `w${i}`,
        reviewer: `Z${i}`,
        business: 1,
        technical: 1,
        teamFit: 1,
      });
    }
    const { file, problems } = assembleEngagement(records);
    expect(problems.map((p) => p.path)).toEqual(['fit-check/w58.json', 'fit-check/w59.json']);
    expect(file?.lifecycle.fitVotes).toHaveLength(50);
  });

  it('puts the lists back in the order they were created, fit votes by reviewer', () => {
    const file = richEngagementFile();
    const shuffled: EngagementFile = {
      ...file,
      retro: { ...file.retro, retros: [...file.retro.retros].reverse() },
      lifecycle: { ...file.lifecycle, fitVotes: [...file.lifecycle.fitVotes].reverse() },
    };
    expect(assembleEngagement(recordsOf(shuffled)).file).toEqual(file);
  });

  it('leaves alone what names no record: conflict copies, temp files, a person’s notes', () => {
    const records = recordsOf();
    for (const p of [
      'retros/2026-03-05-r1.conflict-20260305-090000.json',
      'goals.json.tmp-aux1-2',
      'README.txt',
      'retros/../goals.json',
    ]) {
      records.set(p, {});
      expect(kindOfPath(p)).toBeNull();
    }
    expect(assembleEngagement(records).ignored).toHaveLength(4);
    expect(assembleEngagement(records).problems).toEqual([]);
  });

  it('no record has a field of its own named like the envelope’s', () => {
    for (const [kind, schema] of Object.entries(RECORD_BODIES)) {
      expect(Object.keys(schema.shape), kind).not.toContain('kind');
      expect(Object.keys(schema.shape), kind).not.toContain('schemaVersion');
    }
  });
});
