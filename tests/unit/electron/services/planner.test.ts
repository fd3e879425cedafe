import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlainPlannerFileSchema, type DayPlan, type Ritual, type WeekPlan } from '../../../../shared/model/planner';
import { person, validInput } from '../../support/fixtures';
import { countingFactory, openServices, testClock, type Harness } from '../../support/services';
import { readEngagementFolder, recordFile } from '../../support/engagementFolder';
import { recordingDisk } from '../../support/recordingDisk';
import { listFiles, readJson, useTempDir, writeJson } from '../../support/tempDir';

const day = (overrides: Partial<DayPlan> = {}): DayPlan => ({
  kind: 'pairing',
  hours: 8,
  note: '',
  partnerIds: [],
  topic: '',
  ...overrides,
});

const plan = (fri: Partial<DayPlan> = { kind: 'twenty' }): WeekPlan => ({
  days: {
    mon: day({ partnerIds: ['kenji'], topic: 'Contract tests' }),
    tue: day({ partnerIds: ['ana'] }),
    wed: day({ partnerIds: ['kenji'] }),
    thu: day({ partnerIds: ['ana'] }),
    fri: day(fri),
  },
});

const people = [
  person({ id: 'me', name: 'Zoë', role: 'engineer' }),
  person({ id: 'kenji', name: 'Kenji', email: 'kenji@example.com', role: 'tech-lead' }),
  person({ id: 'ana', name: 'Ana', email: 'ana@example.com', role: 'host-developer' }),
];

async function createEngagement(harness: Harness) {
  const engagement = await harness.call(
    'engagements:create',
    validInput({ people, startDate: '2026-01-05', endDate: '2026-03-13', status: 'active' }),
  );
  return { engagement, scope: { kind: 'engagement' as const, id: engagement.id } };
}

describe('planner persistence (real files)', () => {
  const tempDir = useTempDir();
  const plainFile = () => path.join(tempDir(), 'planner.json');

  it('stores an engagement week in that engagement’s file, one write per burst, and reads it back after a restart', async () => {
    const disk = recordingDisk();
    const first = openServices(tempDir(), { storageFs: disk.fs });
    const { engagement, scope } = await createEngagement(first);
    await first.settle();
    disk.clear();

    // Marking the days one by one, as the keyboard does: five changes, one write of that week's file.
    let week: WeekPlan = { days: {} };
    for (const [key, value] of Object.entries(plan().days)) {
      week = { days: { ...week.days, [key]: value } };
      await first.call('planner:saveWeek', { scope, week: '2026-W02', plan: week });
    }
    await first.settle();
    expect(disk.writes).toEqual([recordFile(tempDir(), engagement.id, 'weeks/2026-W02.json')]);

    const onDisk = readEngagementFolder(tempDir(), engagement.id);
    expect(onDisk.planner.weeks['2026-W02']).toEqual(plan());
    expect(listFiles(tempDir())).not.toContain('planner.json');

    const second = openServices(tempDir());
    expect(second.services.problems).toEqual([]);
    const data = await second.call('planner:get', { scope });
    expect(data.weeks).toEqual({ '2026-W02': plan() });
    expect(data.people.map((p) => p.id)).toEqual(['me', 'kenji', 'ana']);
  });

  it('keeps rituals: adds, edits the retro, refuses to delete it, deletes the others', async () => {
    const harness = openServices(tempDir());
    const { engagement } = await createEngagement(harness);
    const demo: Ritual = { id: 'demo-1', kind: 'demo', name: '  Demo  ', days: ['fri'], time: '16:00', minutes: 30 };
    expect(await harness.call('planner:saveRitual', { engagementId: engagement.id, ritual: demo })).toEqual([
      { ...demo, name: 'Demo' },
    ]);
    const retro: Ritual = {
      id: 'retro',
      kind: 'retro',
      name: 'Weekly retro',
      days: ['wed'],
      time: '11:00',
      minutes: 30,
    };
    const both = await harness.call('planner:saveRitual', { engagementId: engagement.id, ritual: retro });
    expect(both.map((r) => r.id)).toEqual(['demo-1', 'retro']);
    const edited = await harness.call('planner:saveRitual', {
      engagementId: engagement.id,
      ritual: { ...demo, name: 'Sprint demo', days: ['thu'] },
    });
    expect(edited.find((r) => r.id === 'demo-1')).toMatchObject({ name: 'Sprint demo', days: ['thu'] });

    const refused = await harness.fail(
      'planner:deleteRitual',
      { engagementId: engagement.id, ritualId: 'retro' },
      'invalid-payload',
    );
    expect(refused.message).toMatch(/weekly retro is part of every engagement/);
    await harness.fail(
      'planner:saveRitual',
      { engagementId: engagement.id, ritual: { ...demo, id: 'x', kind: 'retro' } },
      'invalid-payload',
    );
    await harness.fail(
      'planner:saveRitual',
      { engagementId: engagement.id, ritual: { ...retro, kind: 'demo' } },
      'invalid-payload',
    );
    expect(await harness.call('planner:deleteRitual', { engagementId: engagement.id, ritualId: 'demo-1' })).toEqual([
      retro,
    ]);
    await harness.fail('planner:deleteRitual', { engagementId: engagement.id, ritualId: 'demo-1' }, 'not-found');
  });

  it('refuses invalid weeks with a typed error and writes nothing', async () => {
    const counting = countingFactory();
    const disk = recordingDisk();
    const harness = openServices(tempDir(), { factory: counting.factory, storageFs: disk.fs });
    const { engagement, scope } = await createEngagement(harness);
    await harness.settle();
    counting.writes.length = 0;
    disk.clear();

    const invalid: [string, unknown][] = [
      ['a week that is not an ISO week', { scope, week: '2025-W53', plan: plan() }],
      ['a week key with a path in it', { scope, week: '../settings', plan: plan() }],
      ['a day that is not a weekday', { scope, week: '2026-W02', plan: { days: { funday: day() } } }],
      ['an unknown kind', { scope, week: '2026-W02', plan: { days: { mon: day({ kind: 'holiday' as 'off' }) } } }],
      ['negative hours', { scope, week: '2026-W02', plan: { days: { mon: day({ hours: -1 }) } } }],
      ['25 hours', { scope, week: '2026-W02', plan: { days: { mon: day({ hours: 25 }) } } }],
      ['an empty week', { scope, week: '2026-W02', plan: { days: {} } }],
      [
        'a partner listed twice',
        { scope, week: '2026-W02', plan: { days: { mon: day({ partnerIds: ['ana', 'ana'] }) } } },
      ],
      ['a topic on two lines', { scope, week: '2026-W02', plan: { days: { mon: day({ topic: 'a\nb' }) } } }],
      ['an extra field', { scope, week: '2026-W02', plan: { days: { mon: { ...day(), admin: true } } } }],
      ['a scope with a path for an id', { scope: { kind: 'engagement', id: '../x' }, week: '2026-W02', plan: plan() }],
    ];
    for (const [label, payload] of invalid) {
      const error = await harness.fail('planner:saveWeek', payload, 'invalid-payload');
      expect(error.message, label).toBeTruthy();
    }
    const stranger = await harness.fail(
      'planner:saveWeek',
      { scope, week: '2026-W02', plan: { days: { mon: day({ partnerIds: ['stranger'] }) } } },
      'invalid-payload',
    );
    expect(stranger.message).toMatch(/not one of the engagement’s people/);
    const outside = await harness.fail(
      'planner:saveWeek',
      { scope, week: '2026-W20', plan: plan() },
      'invalid-payload',
    );
    expect(outside.message).toMatch(/outside the engagement’s dates/);
    await harness.fail(
      'planner:saveWeek',
      { scope: { kind: 'plain' }, week: '2026-W20', plan: plan() },
      'invalid-payload',
    );
    await harness.fail(
      'planner:saveWeek',
      { scope: { kind: 'engagement', id: 'gone' }, week: '2026-W02', plan: plan() },
      'not-found',
    );

    await harness.settle();
    expect(counting.writes).toEqual([]);
    expect(disk.writes).toEqual([]);
    expect((await harness.call('planner:get', { scope })).weeks).toEqual({});
    expect(readEngagementFolder(tempDir(), engagement.id).planner.weeks).toEqual({});
  });

  it('keeps a partner logged before they were removed from the engagement', async () => {
    const harness = openServices(tempDir());
    const { engagement, scope } = await createEngagement(harness);
    await harness.call('planner:saveWeek', { scope, week: '2026-W02', plan: plan() });
    await harness.call('engagements:update', {
      id: engagement.id,
      input: validInput({
        people: people.filter((p) => p.id !== 'kenji'),
        startDate: '2026-01-05',
        endDate: '2026-03-13',
      }),
    });
    const changed = plan({ kind: 'off', note: 'Public holiday' });
    expect(await harness.call('planner:saveWeek', { scope, week: '2026-W02', plan: changed })).toEqual(changed);
  });

  it('resets a week to the template', async () => {
    const harness = openServices(tempDir());
    const { scope } = await createEngagement(harness);
    await harness.call('planner:saveWeek', { scope, week: '2026-W02', plan: plan() });
    await harness.call('planner:resetWeek', { scope, week: '2026-W02' });
    expect((await harness.call('planner:get', { scope })).weeks).toEqual({});
    // Resetting what was never saved changes nothing.
    await harness.call('planner:resetWeek', { scope, week: '2026-W03' });
  });

  it('keeps plain weeks in planner.json, which survives a restart', async () => {
    const counting = countingFactory();
    const first = openServices(tempDir(), { factory: counting.factory });
    await first.settle();
    counting.writes.length = 0;
    const plain = { kind: 'plain' } as const;
    const week: WeekPlan = { days: { mon: day({ kind: 'off', note: 'Holiday' }), tue: day({ topic: 'Docs' }) } };
    await first.call('planner:saveWeek', { scope: plain, week: '2026-W53', plan: week });
    await first.call('planner:saveWeek', { scope: plain, week: '2027-W01', plan: week });
    await first.settle();
    expect(counting.writes).toEqual([plainFile()]);
    expect(PlainPlannerFileSchema.parse(readJson(plainFile()))).toEqual({
      schemaVersion: 1,
      weeks: { '2026-W53': week, '2027-W01': week },
    });

    const second = openServices(tempDir());
    expect((await second.call('planner:get', { scope: plain })).weeks).toEqual({ '2026-W53': week, '2027-W01': week });
    await second.call('planner:resetWeek', { scope: plain, week: '2026-W53' });
    await second.settle();
    expect(PlainPlannerFileSchema.parse(readJson(plainFile())).weeks).toEqual({ '2027-W01': week });
  });

  it('moves an unreadable planner.json to quarantine, says so, and starts empty', async () => {
    fs.writeFileSync(plainFile(), '{"schemaVersion": 1, "weeks": {"2026-W02": ');
    const harness = openServices(tempDir(), { clock: testClock('2026-03-05T07:00:00.000Z') });
    expect(harness.services.problems).toEqual([
      expect.objectContaining({
        kind: 'quarantined',
        file: 'planner.json',
        movedTo: 'quarantine/planner.2026-03-05T07-00-00-000Z.json',
      }),
    ]);
    expect((await harness.call('planner:get', { scope: { kind: 'plain' } })).weeks).toEqual({});
  });

  it('leaves a planner.json from a newer version untouched and refuses to change it', async () => {
    writeJson(plainFile(), { schemaVersion: 2, weeks: {}, templates: [] });
    const before = fs.readFileSync(plainFile(), 'utf8');
    const harness = openServices(tempDir());
    expect(harness.services.problems).toEqual([
      expect.objectContaining({ kind: 'newer-version', file: 'planner.json' }),
    ]);
    await harness.fail(
      'planner:saveWeek',
      { scope: { kind: 'plain' }, week: '2026-W02', plan: { days: { mon: day() } } },
      'storage',
    );
    await harness.settle();
    expect(fs.readFileSync(plainFile(), 'utf8')).toBe(before);
  });
});
