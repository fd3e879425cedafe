import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { ENGAGEMENT_FILE_VERSION, EngagementFileSchema } from '../../../../shared/model/files';
import { migrateEngagementFile } from '../../../../shared/model/migrations';
import { emptyProjectNotes, emptyProjectSection } from '../../../../shared/model/projectRetro';
import { emptyLifecycleSection } from '../../../../shared/model/lifecycle';
import { v1File } from '../../support/fixtures';
import { migratedData } from './migrationsWorld';

function sequentialIds(prefix = 'person'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

describe('migrateEngagementFile', () => {
  it('is at version 9', () => {
    expect(ENGAGEMENT_FILE_VERSION).toBe(9);
  });

  it('migrates version 1 to the current version: people get ids from newId, in order', () => {
    const outcome = migrateEngagementFile(v1File('legacy-1'), sequentialIds());
    expect(outcome).toMatchObject({ kind: 'migrated', from: 1 });
    const file = EngagementFileSchema.parse(migratedData(outcome));
    expect(file.schemaVersion).toBe(ENGAGEMENT_FILE_VERSION);
    expect(file.retro).toEqual({ goals: [], retros: [] });
    expect(file.planner).toEqual({ weeks: {}, rituals: [] });
    expect(file.project).toEqual(emptyProjectSection());
    expect(file.engagement.people).toEqual([
      { id: 'person-1', name: 'Ada Lovelace', email: 'ada@example.com', role: 'engineer' },
      { id: 'person-2', name: 'Alan Turing', email: '', role: 'advisor' },
    ]);
  });

  it('keeps every other field of the engagement as it was', () => {
    const original = v1File('legacy-1');
    const file = EngagementFileSchema.parse(migratedData(migrateEngagementFile(original, sequentialIds())));
    expect(file.engagement).toEqual({ ...original.engagement, people: file.engagement.people, endedEarlyReason: '' });
    expect(file.engagement.people.map((p) => p.name)).toEqual(original.engagement.people.map((p) => p.name));
  });

  it("records a placeholder reason for an engagement that had 'ended-early'", () => {
    const outcome = migrateEngagementFile(v1File('legacy-2', { status: 'ended-early' }), sequentialIds());
    const file = EngagementFileSchema.parse(migratedData(outcome));
    expect(file.engagement.status).toBe('ended-early');
    expect(file.engagement.endedEarlyReason).toBe('Not recorded (before Aux Desk 0.1).');
  });

  it('migrates an engagement with no people without asking for ids', () => {
    let asked = 0;
    const outcome = migrateEngagementFile(v1File('legacy-3', { people: [] }), () => `x${++asked}`);
    expect(EngagementFileSchema.safeParse(migratedData(outcome)).success).toBe(true);
    expect(asked).toBe(0);
  });

  it('does not change the document it was given', () => {
    const original = v1File('legacy-1');
    const copy = structuredClone(original);
    migrateEngagementFile(original, sequentialIds());
    expect(original).toEqual(copy);
  });

  it('migrates version 2 to 3 (goals and retros start empty) and on to 4; the engagement is unchanged', () => {
    const v2 = { schemaVersion: 2, engagement: { id: 'e1', name: 'Kept' } };
    const outcome = migrateEngagementFile(v2, sequentialIds());
    expect(outcome).toMatchObject({
      kind: 'migrated',
      from: 2,
      data: {
        schemaVersion: ENGAGEMENT_FILE_VERSION,
        engagement: { id: 'e1', name: 'Kept' },
        retro: { goals: [], retros: [] },
      },
    });
  });

  it('migrates version 3 to 4: every retro gets an empty mail log, nothing else changes', () => {
    const retro = { id: 'r1', date: '2026-03-05', mvpStatus: 'kept' };
    const v3 = { schemaVersion: 3, engagement: { id: 'e1' }, retro: { goals: [{ id: 'g1' }], retros: [retro] } };
    expect(migrateEngagementFile(v3, sequentialIds())).toMatchObject({
      kind: 'migrated',
      from: 3,
      data: {
        schemaVersion: ENGAGEMENT_FILE_VERSION,
        engagement: { id: 'e1' },
        retro: { goals: [{ id: 'g1' }], retros: [{ ...retro, mailLog: [] }] },
      },
    });
  });

  it('migrates version 5 on to the current version: the project retro starts empty, everything else is kept as it was', () => {
    const retro = { goals: [{ id: 'g1', title: 'Kept goal' }], retros: [{ id: 'r1', date: '2026-03-05' }] };
    const planner = { weeks: {}, rituals: [] };
    const v5 = { schemaVersion: 5, engagement: { id: 'e1', name: 'Kept' }, retro, planner };
    const copy = structuredClone(v5);
    expect(migrateEngagementFile(v5, sequentialIds())).toEqual({
      kind: 'migrated',
      from: 5,
      data: {
        schemaVersion: ENGAGEMENT_FILE_VERSION,
        engagement: { id: 'e1', name: 'Kept' },
        retro,
        planner,
        project: emptyProjectSection(),
        lifecycle: emptyLifecycleSection(),
      },
    });
    expect(v5).toEqual(copy);
  });

  it('migrates version 6 to 7 (and on): the project retro gets an empty mail log, nothing else changes', () => {
    const project = {
      mvpTargetDate: null,
      milestones: [{ id: 'm1' }],
      retro: { date: '2026-05-07', attendees: [] },
      nps: [],
    };
    const v6 = { schemaVersion: 6, engagement: { id: 'e1' }, project };
    expect(migrateEngagementFile(v6, sequentialIds())).toEqual({
      kind: 'migrated',
      from: 6,
      data: {
        schemaVersion: ENGAGEMENT_FILE_VERSION,
        engagement: { id: 'e1' },
        project: { ...project, retro: { ...project.retro, mailLog: [] } },
        lifecycle: emptyLifecycleSection(),
      },
    });
  });

  it('gives a migrated engagement a project section the current schema accepts', () => {
    const file = EngagementFileSchema.parse(migratedData(migrateEngagementFile(v1File('legacy-4'), sequentialIds())));
    expect(file.project).toEqual({
      mvpTargetDate: null,
      milestones: [],
      retro: { date: null, attendees: [], notes: emptyProjectNotes(), updatedAt: null, mailLog: [] },
      nps: [],
    });
  });

  it('migrates version 4 to 5: an empty planner section, the engagement and retros untouched', () => {
    const v4 = EngagementFileSchema.parse(migratedData(migrateEngagementFile(v1File('legacy-1'), sequentialIds())));
    const asV4 = { schemaVersion: 4, engagement: v4.engagement, retro: v4.retro };
    const copy = structuredClone(asV4);
    const outcome = migrateEngagementFile(asV4, () => {
      throw new Error('no ids needed');
    });
    expect(outcome).toMatchObject({ kind: 'migrated', from: 4 });
    expect(EngagementFileSchema.parse(migratedData(outcome))).toEqual({
      schemaVersion: ENGAGEMENT_FILE_VERSION,
      engagement: v4.engagement,
      retro: v4.retro,
      planner: { weeks: {}, rituals: [] },
      project: emptyProjectSection(),
      lifecycle: emptyLifecycleSection(),
    });
    expect(asV4).toEqual(copy);
  });

  it('migrates version 7 to 8 (and on): an empty lifecycle section, everything else untouched', () => {
    const current = EngagementFileSchema.parse(
      migratedData(migrateEngagementFile(v1File('legacy-1'), sequentialIds())),
    );
    const asV7 = {
      schemaVersion: 7,
      engagement: current.engagement,
      retro: current.retro,
      planner: {
        weeks: {},
        rituals: [{ id: 'su', kind: 'standup', name: 'Stand-up', days: ['mon'], time: '09:30', minutes: 15 }],
      },
      project: current.project,
    };
    const copy = structuredClone(asV7);
    const outcome = migrateEngagementFile(asV7, () => {
      throw new Error('no ids needed');
    });
    expect(outcome).toMatchObject({ kind: 'migrated', from: 7 });
    const file = EngagementFileSchema.parse(migratedData(outcome));
    expect(file).toEqual({ ...asV7, schemaVersion: ENGAGEMENT_FILE_VERSION, lifecycle: emptyLifecycleSection() });
    expect(file.lifecycle.fitVotes).toEqual([]);
    expect(file.lifecycle.checkInDone).toBe(false);
    expect(asV7).toEqual(copy);
  });

  it('migrates version 8 to 9: the check-in’s day is unknown; a check-in ticked as held stays held', () => {
    const current = EngagementFileSchema.parse(
      migratedData(migrateEngagementFile(v1File('legacy-1'), sequentialIds())),
    );
    const v8Lifecycle: Record<string, unknown> = {
      ...current.lifecycle,
      checkInDone: true,
      checkInAnswers: { ...current.lifecycle.checkInAnswers, stuck: 'Yes' },
    };
    delete v8Lifecycle['checkInHeldOn'];
    const asV8 = { ...current, schemaVersion: 8, lifecycle: v8Lifecycle };
    const copy = structuredClone(asV8);
    const outcome = migrateEngagementFile(asV8, () => {
      throw new Error('no ids needed');
    });
    expect(outcome).toMatchObject({ kind: 'migrated', from: 8 });
    const file = EngagementFileSchema.parse(migratedData(outcome));
    expect(file).toEqual({ ...asV8, schemaVersion: 9, lifecycle: { ...v8Lifecycle, checkInHeldOn: null } });
    expect(file.lifecycle.checkInDone).toBe(true);
    expect(file.lifecycle.checkInAnswers.stuck).toBe('Yes');
    expect(asV8).toEqual(copy);
  });

  it('throws a zod error for a version 2 document without an engagement', () => {
    expect(() => migrateEngagementFile({ schemaVersion: 2 }, sequentialIds())).toThrow(ZodError);
  });

  it('passes a current document through as it is', () => {
    const current = { schemaVersion: ENGAGEMENT_FILE_VERSION, engagement: { id: 'anything' } };
    const outcome = migrateEngagementFile(current, () => {
      throw new Error('no ids needed');
    });
    expect(outcome.kind).toBe('current');
    expect(outcome.kind === 'current' ? outcome.data : null).toBe(current);
  });

  it('reports a newer version with that version, without touching the data', () => {
    expect(
      migrateEngagementFile({ schemaVersion: ENGAGEMENT_FILE_VERSION + 1, engagement: {} }, sequentialIds()),
    ).toEqual({
      kind: 'newer',
      version: ENGAGEMENT_FILE_VERSION + 1,
    });
    expect(migrateEngagementFile({ schemaVersion: 99 }, sequentialIds())).toEqual({ kind: 'newer', version: 99 });
  });

  it.each([
    ['no schemaVersion', { engagement: {} }],
    ['a string version', { schemaVersion: '2' }],
    ['version 0', { schemaVersion: 0 }],
    ['a negative version', { schemaVersion: -1 }],
    ['a fractional version', { schemaVersion: 1.5 }],
    ['null', null],
    ['an array', [1, 2]],
    ['a string', 'schemaVersion'],
    ['a number', 2],
  ])('calls %s unversioned', (_label, data) => {
    expect(migrateEngagementFile(data, sequentialIds())).toEqual({ kind: 'unversioned' });
  });

  it('throws a zod error for a version 1 document that does not match version 1', () => {
    const broken = { schemaVersion: 1, engagement: { id: 'x', name: 'No people field' } };
    expect(() => migrateEngagementFile(broken, sequentialIds())).toThrow(ZodError);
    const badRole = v1File('x', { people: [{ name: 'Ada', email: '', role: 'boss' as 'engineer' }] });
    expect(() => migrateEngagementFile(badRole, sequentialIds())).toThrow(ZodError);
  });

  it('can produce a document that the current schema still refuses (end before start)', () => {
    // The migration only adds what each version needs; validation is the caller's job.
    const outcome = migrateEngagementFile(v1File('x', { endDate: '2025-01-01' }), sequentialIds());
    expect(EngagementFileSchema.safeParse(migratedData(outcome)).success).toBe(false);
  });
});
