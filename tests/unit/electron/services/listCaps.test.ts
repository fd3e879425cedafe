import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../../shared/model/engagement';
import { EngagementFileSchema } from '../../../../shared/model/files';
import { folderBytes, readEngagementFolder } from '../../support/engagementFolder';
import type { FitVote, FollowUp } from '../../../../shared/model/lifecycle';
import { MAX_RITUALS, type Ritual } from '../../../../shared/model/planner';
import { MAX_MILESTONES, MAX_NPS_RESPONSES, type MilestoneInput } from '../../../../shared/model/projectRetro';
import { MAX_GOALS, MAX_RETROS, type GoalInput } from '../../../../shared/model/retro';
import { validInput } from '../../support/fixtures';
import { openServices, testClock, type Harness } from '../../support/services';
import { useTempDir } from '../../support/tempDir';

/**
 * Issue 12 §3: lists were accepted past their file schema's own caps (101 goals, 1,001
 * milestones, 2,001 retros), and on the next start the whole engagement was quarantined.
 * Each list is filled one item at a time, as the app does, through the real dispatch: at
 * its cap the file still loads after a restart; one more is refused and nothing is written.
 */

/** The `i`-th day after 5 January 2026, as a calendar date (no zone involved). */
const day = (i: number) => new Date(Date.UTC(2026, 0, 5 + i)).toISOString().slice(0, 10);
const goal = (i: number): GoalInput => ({
  kind: 'business',
  title: `Goal ${i}`,
  metric: '',
  baseline: '',
  target: '',
  productionAdoption: false,
});
const milestone = (i: number): MilestoneInput => ({
  date: '2026-03-03',
  title: `Milestone ${i}`,
  kind: 'custom',
  note: '',
});
const followUp = (i: number): FollowUp => ({
  id: `f${i}`,
  person: `Person ${i}`,
  role: '',
  cadence: 'monthly',
  lastContact: null,
  log: [],
});
const fitVote = (i: number): FitVote => ({
  id: `v${i}`,
  reviewer: `Reviewer ${i}`,
  business: 2,
  technical: 1,
  teamFit: 0,
});
const ritual = (i: number): Ritual => ({
  id: `r${i}`,
  kind: 'custom',
  name: `Ritual ${i}`,
  days: ['mon'],
  time: '09:00',
  minutes: 15,
});

// Thousands of real saves each: seconds on a quiet machine, far more on a loaded one. The limit is a safety net, not a speed check.
describe('list caps: what IPC accepts, the file loads (real files, through IPC dispatch)', { timeout: 60_000 }, () => {
  const tempDir = useTempDir();
  // After every retro date used below, so no retro is "in the future".
  const clock = () => testClock('2032-06-01T09:00:00.000Z');

  /** An engagement of six years (room for a retro a day up to the cap), flushed to disk. */
  async function setUp(): Promise<Harness & { engagement: Engagement }> {
    const h = openServices(tempDir(), { clock: clock() });
    const engagement = await h.call(
      'engagements:create',
      validInput({ startDate: '2026-01-05', endDate: '2031-12-31', status: 'active' }),
    );
    await h.settle();
    return { ...h, engagement };
  }

  /** Refused with the message, nothing written; then a restart loads the engagement with the cap's worth. */
  async function expectFullAndLoadable(
    h: Harness,
    engagementId: string,
    refused: Promise<{ message: string }>,
    message: RegExp,
    count: (h: Harness) => Promise<number>,
    cap: number,
  ) {
    await h.settle();
    const before = folderBytes(tempDir(), engagementId);
    expect((await refused).message).toMatch(message);
    await h.settle();
    expect(folderBytes(tempDir(), engagementId)).toEqual(before);
    expect(EngagementFileSchema.safeParse(readEngagementFolder(tempDir(), engagementId)).success).toBe(true);

    const reopened = openServices(tempDir(), { clock: clock() });
    expect(reopened.services.problems).toEqual([]);
    expect(await count(reopened)).toBe(cap);
  }

  it(`goals: ${MAX_GOALS} added one at a time load after a restart; one more, added or restored, is refused`, async () => {
    const h = await setUp();
    const e = h.engagement.id;
    for (let i = 1; i <= MAX_GOALS; i++) await h.call('goals:save', { engagementId: e, goalId: null, input: goal(i) });
    // Undo of a delete after the list filled up again must not overfill it either.
    const first = (await h.call('retros:list', { engagementId: e })).goals[0];
    if (!first) throw new Error('no goal');
    const removed = await h.call('goals:delete', { engagementId: e, goalId: first.id });
    await h.call('goals:save', { engagementId: e, goalId: null, input: goal(0) });
    await h.fail('goals:restore', { engagementId: e, ...removed }, 'invalid-payload');
    const count = async (x: Harness) => (await x.call('retros:list', { engagementId: e })).goals.length;
    await expectFullAndLoadable(
      h,
      e,
      h.fail('goals:save', { engagementId: e, goalId: null, input: goal(101) }, 'invalid-payload'),
      /at most 100 goals/,
      count,
      MAX_GOALS,
    );
  });

  it(`retros: ${MAX_RETROS} created one at a time load after a restart; one more is refused (deleted ones count)`, async () => {
    const h = await setUp();
    const e = h.engagement.id;
    let last = '';
    for (let i = 0; i < MAX_RETROS; i++) last = (await h.call('retros:create', { engagementId: e, date: day(i) })).id;
    await h.call('retros:delete', { engagementId: e, retroId: last });
    const count = async (x: Harness) => (await x.call('retros:list', { engagementId: e })).retros.length;
    await expectFullAndLoadable(
      h,
      e,
      h.fail('retros:create', { engagementId: e, date: '2031-12-01' }, 'invalid-payload'),
      /at most 2000 retros, deleted ones included/,
      count,
      MAX_RETROS,
    );
  });

  it(`milestones: ${MAX_MILESTONES} added one at a time load after a restart; one more, added or restored, is refused`, async () => {
    const h = await setUp();
    const e = h.engagement.id;
    for (let i = 1; i <= MAX_MILESTONES; i++)
      await h.call('milestones:save', { engagementId: e, milestoneId: null, input: milestone(i) });
    const first = (await h.call('project:get', { engagementId: e })).milestones[0];
    if (!first) throw new Error('no milestone');
    const removed = await h.call('milestones:delete', { engagementId: e, milestoneId: first.id });
    await h.call('milestones:save', { engagementId: e, milestoneId: null, input: milestone(0) });
    await h.fail('milestones:restore', { engagementId: e, ...removed }, 'invalid-payload');
    const count = async (x: Harness) => (await x.call('project:get', { engagementId: e })).milestones.length;
    await expectFullAndLoadable(
      h,
      e,
      h.fail('milestones:save', { engagementId: e, milestoneId: null, input: milestone(1001) }, 'invalid-payload'),
      /at most 1000 milestones/,
      count,
      MAX_MILESTONES,
    );
  });

  it(`NPS: ${MAX_NPS_RESPONSES} responses load after a restart; one more, added or restored, is refused`, async () => {
    const h = await setUp();
    const e = h.engagement.id;
    const input = { respondent: '', role: 'engineer' as const, score: 9, comment: '' };
    for (let i = 0; i < MAX_NPS_RESPONSES; i++) await h.call('nps:add', { engagementId: e, input });
    const first = (await h.call('project:get', { engagementId: e })).nps[0];
    if (!first) throw new Error('no response');
    const removed = await h.call('nps:delete', { engagementId: e, responseId: first.id });
    await h.call('nps:add', { engagementId: e, input });
    await h.fail('nps:restore', { engagementId: e, ...removed }, 'invalid-payload');
    const count = async (x: Harness) => (await x.call('project:get', { engagementId: e })).nps.length;
    await expectFullAndLoadable(
      h,
      e,
      h.fail('nps:add', { engagementId: e, input }, 'invalid-payload'),
      /at most 1000 NPS responses/,
      count,
      MAX_NPS_RESPONSES,
    );
  });

  it('follow-ups (100) and fit votes (50), added one at a time, load after a restart; one more is refused', async () => {
    const h = await setUp();
    const e = h.engagement.id;
    const followUps: FollowUp[] = [];
    for (let i = 1; i <= 100; i++) {
      followUps.push(followUp(i));
      await h.call('lifecycle:update', { engagementId: e, patch: { followUps } });
    }
    const fitVotes: FitVote[] = [];
    for (let i = 1; i <= 50; i++) {
      fitVotes.push(fitVote(i));
      await h.call('lifecycle:update', { engagementId: e, patch: { fitVotes } });
    }
    await h.fail(
      'lifecycle:update',
      { engagementId: e, patch: { fitVotes: [...fitVotes, fitVote(51)] } },
      'invalid-payload',
    );
    const count = async (x: Harness) => {
      const section = await x.call('lifecycle:get', { engagementId: e });
      return section.followUps.length + section.fitVotes.length;
    };
    const refused = h.fail(
      'lifecycle:update',
      { engagementId: e, patch: { followUps: [...followUps, followUp(101)] } },
      'invalid-payload',
    );
    await expectFullAndLoadable(
      h,
      e,
      refused.then((error) => ({ message: JSON.stringify(error.fieldErrors) })),
      /"patch.followUps"/,
      count,
      150,
    );
  });

  it(`rituals: ${MAX_RITUALS} load after a restart; one more is refused`, async () => {
    const h = await setUp();
    const e = h.engagement.id;
    for (let i = 1; i <= MAX_RITUALS; i++) await h.call('planner:saveRitual', { engagementId: e, ritual: ritual(i) });
    const count = async (x: Harness) =>
      (await x.call('planner:get', { scope: { kind: 'engagement', id: e } })).rituals.length;
    await expectFullAndLoadable(
      h,
      e,
      h.fail('planner:saveRitual', { engagementId: e, ritual: ritual(51) }, 'invalid-payload'),
      /At most 50 rituals/,
      count,
      MAX_RITUALS,
    );
  });
});
