import { describe, expect, it } from 'vitest';
import { localDateOf } from '../../../../shared/dates';
import { EngagementFileSchema } from '../../../../shared/model/files';
import { DEFAULT_SETTINGS } from '../../../../shared/model/settings';
import { buildSample } from '../../../../shared/sample/buildSample';
import { isSampleEngagement, SAMPLE_NAME } from '../../../../shared/sample/sampleCast';
import { SampleService } from '../../../../electron/services/sample';
import { validInput } from '../../support/fixtures';
import { openServices, testClock, type Harness } from '../../support/services';
import { useTempDir } from '../../support/tempDir';
import { useTimeZone } from '../../support/timeZone';

/** Thursday 11 February 2027, 16:00 in Berlin (the zone of this describe). */
const NOW = '2027-02-11T15:00:00.000Z';

function sampleService(h: Harness, now: () => Date): SampleService {
  let n = 0;
  return new SampleService({ ...h.services, now, newId: () => `x-${++n}` });
}

describe('sample:create (real services over a temp folder)', () => {
  const tempDir = useTempDir();
  useTimeZone('Europe/Berlin');

  it('seeds a whole engagement through the services that loads again as a valid engagement file', async () => {
    const clock = testClock(NOW);
    const h = openServices(tempDir(), { clock });
    const sample = await h.call('sample:create', {});
    expect(isSampleEngagement(sample)).toBe(true);
    expect(sample.status).toBe('wrapping-up');
    expect(await h.call('engagements:list', {})).toEqual([expect.objectContaining({ id: sample.id, peopleCount: 8 })]);

    // Every part of the engagement file, as the services hold it, is valid against the file's schema.
    expect(EngagementFileSchema.safeParse(h.services.engagements.getDoc(sample.id)).success).toBe(true);

    const { goals, retros } = await h.call('retros:list', { engagementId: sample.id });
    expect(goals).toHaveLength(5);
    expect(goals.filter((g) => g.productionAdoption)).toHaveLength(1);
    expect(retros).toHaveLength(8);
    const goalIds = new Set(goals.map((g) => g.id));
    for (const retro of retros) {
      for (const score of retro.goalScores) expect(goalIds.has(score.goalId)).toBe(true);
      expect(retro.startedAt).not.toBeNull();
    }
    expect(retros.filter((r) => r.mailLog.some((m) => m.state === 'sent'))).toHaveLength(7);

    const planner = await h.call('planner:get', { scope: { kind: 'engagement', id: sample.id } });
    expect(Object.keys(planner.weeks)).toHaveLength(10);
    expect(planner.rituals).toHaveLength(3);
    const project = await h.call('project:get', { engagementId: sample.id });
    expect(project.milestones.map((m) => m.kind)).toEqual([
      'kick-off',
      'mvp-in-production',
      'goal-met',
      'custom',
      'custom',
    ]);
    expect(project.retro.date).not.toBeNull();
    expect(project.nps).toHaveLength(5);
    const lifecycle = await h.call('lifecycle:get', { engagementId: sample.id });
    expect(lifecycle.kickoffDate).toBe(project.milestones[0]?.date);
    expect(lifecycle.followUps).toHaveLength(2);

    // NPS 40 on the team's trend: three promoters, one passive, one detractor of five.
    expect(await h.call('nps:overTime', {})).toEqual([expect.objectContaining({ engagementId: sample.id, nps: 40 })]);

    // This week asks for the last retro's notes, the only ones not emailed.
    const home = await h.call('home:week', { today: localDateOf(clock.now()) });
    const notes = home.filter((item) => item.kind === 'notes');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.link).toEqual({ to: 'retro', retroId: retros.at(-1)?.id });

    // Written, reopened: nothing quarantined, the same sample.
    await h.settle();
    const again = openServices(tempDir(), { clock });
    expect(again.services.problems).toEqual([]);
    expect(await again.call('engagements:get', { id: sample.id })).toEqual(sample);
    expect((await again.call('retros:list', { engagementId: sample.id })).retros).toHaveLength(8);
  });

  it('takes its dates from the services’ clock, not the real one', async () => {
    const h = openServices(tempDir(), { clock: testClock('2031-06-19T10:00:00.000Z') });
    const sample = await h.call('sample:create', {});
    expect(sample.startDate).toBe('2031-04-07');
    expect(sample.endDate).toBe('2031-06-13');
  });

  it('is removed as any engagement is, and Undo brings all of it back', async () => {
    const h = openServices(tempDir(), { clock: testClock(NOW) });
    const sample = await h.call('sample:create', {});
    await h.call('engagements:delete', { id: sample.id });
    expect(await h.call('engagements:list', {})).toEqual([]);
    await h.call('engagements:restore', { id: sample.id });
    expect((await h.call('retros:list', { engagementId: sample.id })).retros).toHaveLength(8);
    // Once removed it can be tried again.
    await h.call('engagements:delete', { id: sample.id });
    const second = await h.call('sample:create', {});
    expect(second.id).not.toBe(sample.id);
  });

  it('refuses a second sample, and a payload with anything in it, changing nothing', async () => {
    const h = openServices(tempDir(), { clock: testClock(NOW) });
    await h.fail('sample:create', { name: 'Mine' }, 'invalid-payload');
    await h.fail('sample:create', null, 'invalid-payload');
    expect(await h.call('engagements:list', {})).toEqual([]);

    await h.call('engagements:create', validInput({ name: 'Real work' }));
    await h.call('sample:create', {});
    const error = await h.fail('sample:create', {}, 'invalid-payload');
    expect(error.message).toBe('The sample engagement is already there: open it from Engagements, or delete it first.');
    expect((await h.call('engagements:list', {})).map((s) => s.name).sort()).toEqual([SAMPLE_NAME, 'Real work']);
  });

  it('refuses a plan the schemas refuse before anything is made', async () => {
    const clock = testClock(NOW);
    const h = openServices(tempDir(), { clock });
    // The same id every time: two people share one, which the engagement schema refuses.
    const plan = buildSample({ now: clock.now(), settings: DEFAULT_SETTINGS, newId: () => 'p1' });
    await expect(sampleService(h, clock.now).seed(plan)).rejects.toThrow(/The sample could not be built/);
    expect(await h.call('engagements:list', {})).toEqual([]);
  });

  it('takes back the half-made engagement when a step fails', async () => {
    const clock = testClock(NOW);
    const h = openServices(tempDir(), { clock });
    const service = sampleService(h, clock.now);
    let n = 0;
    const plan = buildSample({ now: clock.now(), settings: DEFAULT_SETTINGS, newId: () => `y-${++n}` });
    // Valid on its own, refused by the retro service: a weekly retro after the engagement's end.
    const first = plan.retros[0];
    if (!first) throw new Error('The sample has retros.');
    const late = { ...plan, retros: [...plan.retros, { ...first, date: '2027-03-04' }] };
    await expect(service.seed(late)).rejects.toThrow(
      /The sample could not be added \(A retro must fall within the engagement: .*\)\. Nothing was kept\./,
    );
    expect(await h.call('engagements:list', {})).toEqual([]);
    // And the sample can still be made.
    expect(isSampleEngagement(await service.create())).toBe(true);
  });
});
