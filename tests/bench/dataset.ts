import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { confStoreFactory } from '../unit/support/confStoreFactory';
import { createMainServices, type MainServices } from '../../electron/services/mainServices';
import type { Engagement, EngagementInput } from '../../shared/model/engagement';
import type { NoteNode } from '../../shared/model/note';
import type { Goal, Retro } from '../../shared/model/retro';
import type { WeekPlan } from '../../shared/model/planner';
import { recordingPlatform } from '../unit/support/platform';
import { folderBytes } from './folders';
import { prng, Writer } from './prose';

export interface DatasetSpec {
  engagements: number;
  retrosPerEngagement: number;
  /** Words of notes per retro, spread over its four sections. */
  wordsPerRetro: number;
  weeksPerEngagement: number;
  /** Milestones in the first engagement (the one whose timeline is measured). */
  bigMilestones: number;
  /** Action items per retro (each is also a timeline item when created and when closed). */
  actionItemsPerRetro: number;
  /** Words in the first engagement's last retro's "Notes" section (the typing benchmark). */
  bigNoteWords: number;
  seed: number;
  /** How many years the engagements spread over, from `start` (a Monday): five from 2021 unless given. */
  years?: number;
  start?: string;
  /** A team of this many engineers, two of them on each engagement (by email, as the capacity rules know them). */
  engineers?: number;
}

/** The 5-year folder of the benchmark (issue 8). */
export const FIVE_YEARS: DatasetSpec = {
  engagements: 20,
  retrosPerEngagement: 12,
  wordsPerRetro: 1500,
  weeksPerEngagement: 60,
  bigMilestones: 961,
  actionItemsPerRetro: 2,
  bigNoteWords: 10_000,
  seed: 20_260_105,
};

/** A tiny folder for the smoke run in `npm test`. */
export const TINY: DatasetSpec = {
  engagements: 2,
  retrosPerEngagement: 2,
  wordsPerRetro: 60,
  weeksPerEngagement: 3,
  bigMilestones: 5,
  actionItemsPerRetro: 1,
  bigNoteWords: 200,
  seed: 7,
};

export interface Dataset {
  dir: string;
  /** The engagement with the big note and the most milestones. */
  bigEngagementId: string;
  bigRetroId: string;
  /** Its date (the retros list shows "Retro of <date>"). */
  bigRetroDate: string;
  engagementIds: string[];
  milestones: number;
  actionItems: number;
  words: number;
  bytes: number;
}

const DAY = 86_400_000;
const START = Date.UTC(2021, 0, 4); // a Monday, five years before the benchmark's "now"
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function isoWeekKey(ms: number): string {
  const d = new Date(ms);
  const day = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(ms - day * DAY + 3 * DAY);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - yearStart) / (7 * DAY));
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

async function call<T>(services: MainServices, channel: string, payload: unknown): Promise<T> {
  const result = await services.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** One generation: the services it writes through, their clock, the seeded PRNG and what it has written so far. */
interface Run {
  services: MainServices;
  spec: DatasetSpec;
  random: () => number;
  writer: Writer;
  /** Sets the services' clock (every record is stamped as if written at that time). */
  setNow(ms: number): void;
  milestones: number;
  actionItems: number;
  bigRetroId: string;
  bigRetroDate: string;
}

type Person = EngagementInput['people'][number];

/** Where engagement `e` sits in the five years, and its people. */
interface EngagementSlot {
  e: number;
  engagementId: string;
  startMs: number;
  endMs: number;
  people: Person[];
}

function openRun(dir: string, spec: DatasetSpec): Run {
  const random = prng(spec.seed);
  let stamp = START;
  let id = 0;
  const services = createMainServices({
    dataDir: dir,
    factory: confStoreFactory,
    platform: recordingPlatform({ saveDir: path.join(os.tmpdir(), 'aux-desk-bench-exports') }),
    now: () => new Date(stamp),
    newId: () => `b${(id++).toString(36).padStart(6, '0')}`,
    writeDelayMs: 60_000,
  });
  const setNow = (ms: number) => {
    stamp = ms;
  };
  return {
    services,
    spec,
    random,
    writer: new Writer(random),
    setNow,
    milestones: 0,
    actionItems: 0,
    bigRetroId: '',
    bigRetroDate: '',
  };
}

/** Engineer `k` of the team: the same person (name and email) on every engagement they join. */
export function teamEngineer(k: number): Person {
  return { id: `eng${k}`, name: `Engineer ${k + 1}`, email: `engineer${k + 1}@example.com`, role: 'engineer' };
}

function peopleOf(spec: DatasetSpec, e: number): Person[] {
  const people = Array.from({ length: 4 }, (_, p) => ({
    id: `p${e}x${p}`,
    name: `Person ${e}-${p}`,
    email: `person${e}.${p}@example.com`,
    role: (['engineer', 'tech-lead', 'host-developer', 'engineer'] as const)[p] ?? 'engineer',
  }));
  if (!spec.engineers) return people;
  // Two of the team's engineers, in turn, with the host team's developer and tech lead.
  const team = [teamEngineer((2 * e) % spec.engineers), teamEngineer((2 * e + 1) % spec.engineers)];
  return [...team, ...people.slice(1, 3)];
}

async function createEngagement(run: Run, e: number, startMs: number, endMs: number): Promise<EngagementSlot> {
  const { services, spec } = run;
  run.setNow(startMs);
  const people = peopleOf(spec, e);
  const input: EngagementInput = {
    name: e === 0 ? 'Payments MVP' : `Engagement ${String(e + 1).padStart(2, '0')}`,
    hostTeam: `Host team ${e + 1}`,
    homeTeam: 'Platform Enablement',
    startDate: isoDay(startMs),
    endDate: isoDay(endMs),
    status: e === spec.engagements - 1 ? 'active' : 'done',
    endedEarlyReason: '',
    people,
  };
  const engagement = await call<Engagement>(services, 'engagements:create', input);
  return { e, engagementId: engagement.id, startMs, endMs, people };
}

async function saveGoals({ services }: Run, engagementId: string): Promise<Goal[]> {
  const goals: Goal[] = [];
  for (const title of ['Deploys under 15 minutes', 'Coverage 80%', 'MVP in production']) {
    goals.push(
      await call<Goal>(services, 'goals:save', {
        engagementId,
        goalId: null,
        input: {
          kind: 'technical',
          title,
          metric: 'minutes',
          baseline: '45',
          target: '15',
          productionAdoption: title.startsWith('MVP'),
        },
      }),
    );
  }
  return goals;
}

/** Every week planned: Monday to Thursday pairing with someone, Friday 20% time. */
async function planWeeks(run: Run, { engagementId, startMs, people }: EngagementSlot): Promise<void> {
  const { services, spec, random, writer } = run;
  for (let w = 0; w < spec.weeksPerEngagement; w++) {
    const monday = startMs + w * 7 * DAY;
    const days: WeekPlan['days'] = {};
    for (const [d, key] of (['mon', 'tue', 'wed', 'thu', 'fri'] as const).entries()) {
      days[key] = {
        kind: d === 4 ? 'twenty' : 'pairing',
        hours: 7.5,
        note: random() < 0.3 ? writer.sentence(8) : '',
        partnerIds: d === 4 ? [] : [people[d % people.length]?.id ?? 'p'],
        topic: d === 4 ? '' : writer.sentence(4),
      };
    }
    run.setNow(monday);
    await call(services, 'planner:saveWeek', {
      scope: { kind: 'engagement', id: engagementId },
      week: isoWeekKey(monday),
      plan: { days },
    });
  }
}

/** The action items of retro `r`, most of them closed a week later. */
function actionItems(run: Run, { e, people }: EngagementSlot, r: number, dayMs: number): NoteNode[] {
  const { spec, random, writer } = run;
  return Array.from({ length: spec.actionItemsPerRetro }, (_, t) => {
    run.actionItems++;
    const closed = random() < 0.6;
    return {
      type: 'taskItem',
      attrs: {
        id: `a${e}r${r}t${t}`,
        checked: closed,
        owner: people[t % people.length]?.id ?? null,
        due: null,
        closedOn: closed ? isoDay(dayMs + 7 * DAY) : null,
      },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: writer.sentence(6) }] }],
    };
  });
}

/** Retro `r`: its four notes (the first engagement's last one holds the big note), scores and MVP status. */
async function writeRetro(run: Run, slot: EngagementSlot, goals: Goal[], r: number, dayMs: number): Promise<void> {
  const { services, spec, random, writer } = run;
  const { e, engagementId } = slot;
  run.setNow(dayMs);
  const retro = await call<Retro>(services, 'retros:create', { engagementId, date: isoDay(dayMs) });
  const share = Math.floor(spec.wordsPerRetro / 4);
  const tasks = actionItems(run, slot, r, dayMs);
  const last = e === 0 && r === spec.retrosPerEngagement - 1;
  if (last) {
    run.bigRetroId = retro.id;
    run.bigRetroDate = retro.date;
  }
  const notes = {
    wentWell: writer.note(share),
    wentPoorly: writer.note(share),
    doNextTime: writer.note(share, tasks),
    notes: writer.note(last ? spec.bigNoteWords : spec.wordsPerRetro - 3 * share),
  };
  for (const [section, doc] of Object.entries(notes)) {
    await call(services, 'retros:saveNote', { engagementId, retroId: retro.id, section, doc });
  }
  await call(services, 'retros:update', {
    engagementId,
    retroId: retro.id,
    patch: {
      goalScores: goals.map((g, i) => ({
        goalId: g.id,
        score: Math.min(100, 10 + r * 7 + i * 5),
        note: random() < 0.5 ? writer.sentence(10) : '',
      })),
      mvpStatus: writer.sentence(12),
    },
  });
}

async function saveMilestones(run: Run, { engagementId, startMs, endMs }: EngagementSlot, count: number) {
  const { services, random, writer } = run;
  for (let m = 0; m < count; m++) {
    run.milestones++;
    await call(services, 'milestones:save', {
      engagementId,
      milestoneId: null,
      input: {
        date: isoDay(startMs + Math.floor(((m / count) * (endMs - startMs)) / DAY) * DAY),
        title: `Milestone ${m + 1}: ${writer.sentence(4)}`.slice(0, 200),
        kind: 'custom',
        note: random() < 0.3 ? writer.sentence(20) : '',
      },
    });
  }
}

/**
 * Writes a data folder through the app's own main-process services (IPC dispatch,
 * validation, repository, coalesced writes), from a seeded PRNG: the same spec gives
 * the same content every time. Returns where it is and what it holds.
 */
export async function generateDataset(dir: string, spec: DatasetSpec): Promise<Dataset> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const run = openRun(dir, spec);
  const engagementIds: string[] = [];
  const days = (spec.years ?? 5) * 365 - spec.weeksPerEngagement * 7;
  const span = spec.engagements > 1 ? Math.floor(days / (spec.engagements - 1)) : 0;
  const first = spec.start ? Date.parse(`${spec.start}T00:00:00Z`) : START;

  for (let e = 0; e < spec.engagements; e++) {
    const startMs = first + e * span * DAY;
    const endMs = startMs + spec.weeksPerEngagement * 7 * DAY - 3 * DAY;
    const slot = await createEngagement(run, e, startMs, endMs);
    engagementIds.push(slot.engagementId);
    const goals = await saveGoals(run, slot.engagementId);
    await planWeeks(run, slot);
    const every = Math.max(1, Math.floor(spec.weeksPerEngagement / spec.retrosPerEngagement));
    for (let r = 0; r < spec.retrosPerEngagement; r++) {
      await writeRetro(run, slot, goals, r, startMs + (r * every + 1) * 7 * DAY - 3 * DAY);
    }
    await saveMilestones(run, slot, e === 0 ? spec.bigMilestones : 0);
  }
  // Record files are written asynchronously, through the one writer: all of them are on disk before the copy is used.
  const unsaved = await run.services.flushAndWait(120_000);
  if (unsaved.length > 0) throw new Error(`The data set could not be written: ${unsaved.join(', ')}`);
  await run.services.mail.outbox.stop();
  return {
    dir,
    bigEngagementId: engagementIds[0] ?? '',
    bigRetroId: run.bigRetroId,
    bigRetroDate: run.bigRetroDate,
    engagementIds,
    milestones: run.milestones,
    actionItems: run.actionItems,
    words: run.writer.words,
    bytes: folderBytes(dir),
  };
}
