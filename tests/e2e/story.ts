import { addDays, addWeeks, format, startOfISOWeek } from 'date-fns';
import type { Page } from '@playwright/test';
import type { InvokeChannel } from '../../shared/channels';
import type { RequestOf, ResponseOf } from '../../shared/ipc';
import type { Engagement } from '../../shared/model/engagement';
import type { NoteNode } from '../../shared/model/note';
import { engagementInput, seedEngagement } from './helpers';
import { DEFAULT_NOW } from './clock';

/** Calls the app's API from the page, as the UI would (validated by main like any call). */
export async function api<C extends InvokeChannel>(
  page: Page,
  channel: C,
  payload: RequestOf<C>,
): Promise<ResponseOf<C>> {
  const result = await page.evaluate(
    async ([c, p]) => {
      const bridge = (window as unknown as { api: { invoke: (c: string, p: unknown) => Promise<unknown> } }).api;
      return bridge.invoke(c, p);
    },
    [channel, payload] as const,
  );
  const typed = result as { ok: true; value: ResponseOf<C> } | { ok: false; error: { message: string } };
  if (!typed.ok) throw new Error(`${channel} failed: ${typed.error.message}`);
  return typed.value;
}

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const para = (text: string): NoteNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...content: NoteNode[]): NoteNode => ({ type: 'doc', content });
function tasks(items: { id: string; text: string; owner?: string; closedOn?: string }[]): NoteNode {
  return {
    type: 'taskList',
    content: items.map((i) => ({
      type: 'taskItem',
      attrs: {
        id: i.id,
        checked: i.closedOn !== undefined,
        owner: i.owner ?? null,
        due: null,
        closedOn: i.closedOn ?? null,
      },
      content: [para(i.text)],
    })),
  };
}

export interface Story {
  engagement: Engagement;
  start: string;
  end: string;
  retroDates: string[];
}

/** The story's goals and their score in each of the eight weekly retros. */
const STORY_GOALS = [
  {
    title: 'Checkout MVP live for 10% of traffic',
    kind: 'business' as const,
    target: '10%',
    productionAdoption: true,
    scores: [5, 10, 25, 40, 55, 62, 70, 78],
  },
  {
    title: 'Deploys under 15 minutes',
    kind: 'technical' as const,
    target: '15 min',
    productionAdoption: false,
    scores: [10, 15, 15, 30, 45, 60, 65, 74],
  },
  {
    title: 'Line coverage 80%',
    kind: 'technical' as const,
    target: '80%',
    productionAdoption: false,
    scores: [35, 42, 50, 58, 66, 74, 81, 85],
  },
];

/** Weeks whose retro has nothing under "went poorly". */
const QUIET_WEEKS = new Set([1, 4]);

async function saveStoryGoals(page: Page, id: string): Promise<string[]> {
  const goalIds: string[] = [];
  for (const g of STORY_GOALS) {
    const saved = await api(page, 'goals:save', {
      engagementId: id,
      goalId: null,
      input: {
        kind: g.kind,
        title: g.title,
        metric: '',
        baseline: '',
        target: g.target,
        productionAdoption: g.productionAdoption,
      },
    });
    goalIds.push(saved.id);
  }
  return goalIds;
}

/** The retro of `week` (0-based) on its Thursday: scores, notes and action items closed one or two weeks later, if that has come. */
async function seedWeekRetro(page: Page, id: string, goalIds: string[], monday: Date, week: number, now: Date) {
  const thursday = (w: number) => iso(addDays(monday, 7 * w + 3));
  const date = thursday(week);
  const retro = await api(page, 'retros:create', { engagementId: id, date });
  await api(page, 'retros:update', {
    engagementId: id,
    retroId: retro.id,
    patch: { goalScores: goalIds.map((goalId, i) => ({ goalId, score: STORY_GOALS[i]?.scores[week] ?? 0, note: '' })) },
  });
  await api(page, 'retros:saveNote', {
    engagementId: id,
    retroId: retro.id,
    section: 'wentWell',
    doc: doc(para(`Pairing every day in week ${week + 1}.`)),
  });
  if (!QUIET_WEEKS.has(week)) {
    await api(page, 'retros:saveNote', {
      engagementId: id,
      retroId: retro.id,
      section: 'wentPoorly',
      doc: doc(para('Deploys still slow; flaky end-to-end tests.')),
    });
  }
  const closeWeek = (offset: number) => (thursday(week + offset) <= iso(now) ? thursday(week + offset) : undefined);
  const items = [
    {
      id: `w${week}-a`,
      text: `Split the deploy pipeline, step ${week + 1}`,
      owner: 'p-kenji',
      closedOn: closeWeek(1),
    },
    ...(week % 2 === 0
      ? [{ id: `w${week}-b`, text: 'Add a smoke test to CI', owner: 'p-zoe', closedOn: closeWeek(2) }]
      : []),
  ];
  await api(page, 'retros:saveNote', {
    engagementId: id,
    retroId: retro.id,
    section: 'doNextTime',
    doc: doc(tasks(items)),
  });
}

/** The MVP target and project retro date, and the milestones: kick-off, MVP in production, a load test, a goal met. */
async function seedProject(page: Page, id: string, monday: Date) {
  await api(page, 'project:update', {
    engagementId: id,
    patch: { mvpTargetDate: iso(addDays(monday, 14)), date: iso(addDays(monday, 7 * 10 - 4)) },
  });
  const milestones = [
    {
      date: iso(addDays(monday, 1)),
      kind: 'kick-off' as const,
      title: 'Kick-off',
      note: 'Testing framework, 80% coverage, MVP in two weeks',
    },
    {
      date: iso(addDays(monday, 17)),
      kind: 'mvp-in-production' as const,
      title: 'MVP in production',
      note: 'Behind a flag for staff',
    },
    { date: iso(addDays(monday, 38)), kind: 'custom' as const, title: 'Load test passed', note: '' },
    { date: iso(addDays(monday, 47)), kind: 'goal-met' as const, title: 'Line coverage 80%', note: '' },
  ];
  for (const m of milestones) await api(page, 'milestones:save', { engagementId: id, milestoneId: null, input: m });
}

/**
 * A realistic engagement eight weeks in, for the timeline's story: kick-off, an MVP that
 * reached production three days after its target, weekly retros with rising goal scores
 * (two where nobody wrote under "went poorly"), action items opened and closed, a goal met.
 */
export async function seedStory(page: Page, now: Date = DEFAULT_NOW): Promise<Story> {
  const monday = startOfISOWeek(addWeeks(now, -8));
  const start = iso(monday);
  const end = iso(addDays(monday, 7 * 10 - 3));
  const engagement = await seedEngagement(
    page,
    engagementInput({ startDate: start, endDate: end, status: 'active' }, now),
  );
  const id = engagement.id;
  const goalIds = await saveStoryGoals(page, id);
  const retroDates: string[] = [];
  for (let week = 0; week < 8; week++) {
    const date = iso(addDays(monday, 7 * week + 3));
    if (date > iso(now)) break;
    retroDates.push(date);
    await seedWeekRetro(page, id, goalIds, monday, week, now);
  }
  await seedProject(page, id, monday);
  await page.reload();
  return { engagement, start, end, retroDates };
}
