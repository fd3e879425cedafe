import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { confStoreFactory } from '../../electron/services/confStoreFactory';
import { createMainServices, type MainServices } from '../../electron/services/mainServices';
import type { Engagement, EngagementInput } from '../../shared/model/engagement';
import type { NoteDoc, NoteNode } from '../../shared/model/note';
import type { Goal, Retro } from '../../shared/model/retro';
import type { WeekPlan } from '../../shared/model/planner';
import { recordingPlatform } from '../unit/support/platform';

/** mulberry32: a small, fast, seeded PRNG, so every run generates the same folder. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the team shipped deploy pipeline review pairing test coverage flaky build release checkout payment service ' +
  'latency dashboard alert incident retro goal owner migration schema database query index cache queue worker ' +
  'feature flag rollout canary metric baseline target adoption production customer feedback demo sprint backlog ' +
  'refactor module boundary contract api endpoint mobile web design review estimate risk blocker dependency ' +
  'we agreed to try smaller changes next week and measure how long the build takes before and after'
).split(' ');

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

class Writer {
  words = 0;
  constructor(private readonly random: () => number) {}

  sentence(n: number): string {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(this.random() * WORDS.length)] ?? 'team');
    this.words += n;
    const text = out.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  }

  /** A note of about `words` words: paragraphs of ~60 words, with a list now and then. */
  note(words: number, tasks: NoteNode[] = []): NoteDoc {
    const content: NoteNode[] = [];
    let left = words;
    while (left > 0) {
      const n = Math.min(left, 40 + Math.floor(this.random() * 40));
      left -= n;
      if (this.random() < 0.15) {
        const items = [Math.ceil(n / 3), Math.ceil(n / 3), n - 2 * Math.ceil(n / 3)].filter((k) => k > 0);
        content.push({
          type: 'bulletList',
          content: items.map((k) => ({
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: this.sentence(k) }] }],
          })),
        });
      } else {
        const bold = this.random() < 0.3;
        content.push({
          type: 'paragraph',
          content: bold
            ? [
                { type: 'text', text: 'Note: ', marks: [{ type: 'bold' }] },
                { type: 'text', text: this.sentence(n) },
              ]
            : [{ type: 'text', text: this.sentence(n) }],
        });
      }
    }
    if (tasks.length > 0) content.push({ type: 'taskList', content: tasks });
    return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
  }
}

async function call<T>(services: MainServices, channel: string, payload: unknown): Promise<T> {
  const result = await services.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/**
 * Writes a data folder through the app's own main-process services (IPC dispatch,
 * validation, repository, coalesced writes), from a seeded PRNG: the same spec gives
 * the same content every time. Returns where it is and what it holds.
 */
export async function generateDataset(dir: string, spec: DatasetSpec): Promise<Dataset> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const random = prng(spec.seed);
  const writer = new Writer(random);
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
  const engagementIds: string[] = [];
  let milestones = 0;
  let actionItems = 0;
  let bigRetroId = '';
  let bigRetroDate = '';
  const span = spec.engagements > 1 ? Math.floor((5 * 365 - spec.weeksPerEngagement * 7) / (spec.engagements - 1)) : 0;

  for (let e = 0; e < spec.engagements; e++) {
    const startMs = START + e * span * DAY;
    const endMs = startMs + spec.weeksPerEngagement * 7 * DAY - 3 * DAY;
    stamp = startMs;
    const people = Array.from({ length: 4 }, (_, p) => ({
      id: `p${e}x${p}`,
      name: `Person ${e}-${p}`,
      email: `person${e}.${p}@example.com`,
      role: (['engineer', 'tech-lead', 'host-developer', 'engineer'] as const)[p] ?? 'engineer',
    }));
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
    engagementIds.push(engagement.id);

    const goals: Goal[] = [];
    for (const title of ['Deploys under 15 minutes', 'Coverage 80%', 'MVP in production']) {
      goals.push(
        await call<Goal>(services, 'goals:save', {
          engagementId: engagement.id,
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
      stamp = monday;
      await call(services, 'planner:saveWeek', {
        scope: { kind: 'engagement', id: engagement.id },
        week: isoWeekKey(monday),
        plan: { days },
      });
    }

    const every = Math.max(1, Math.floor(spec.weeksPerEngagement / spec.retrosPerEngagement));
    for (let r = 0; r < spec.retrosPerEngagement; r++) {
      const dayMs = startMs + (r * every + 1) * 7 * DAY - 3 * DAY;
      stamp = dayMs;
      const retro = await call<Retro>(services, 'retros:create', { engagementId: engagement.id, date: isoDay(dayMs) });
      const share = Math.floor(spec.wordsPerRetro / 4);
      const tasks: NoteNode[] = Array.from({ length: spec.actionItemsPerRetro }, (_, t) => {
        actionItems++;
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
      const last = e === 0 && r === spec.retrosPerEngagement - 1;
      if (last) {
        bigRetroId = retro.id;
        bigRetroDate = retro.date;
      }
      const notes = {
        wentWell: writer.note(share),
        wentPoorly: writer.note(share),
        doNextTime: writer.note(share, tasks),
        notes: writer.note(last ? spec.bigNoteWords : spec.wordsPerRetro - 3 * share),
      };
      for (const [section, doc] of Object.entries(notes)) {
        await call(services, 'retros:saveNote', { engagementId: engagement.id, retroId: retro.id, section, doc });
      }
      await call(services, 'retros:update', {
        engagementId: engagement.id,
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

    const count = e === 0 ? spec.bigMilestones : 0;
    for (let m = 0; m < count; m++) {
      milestones++;
      await call(services, 'milestones:save', {
        engagementId: engagement.id,
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
  services.flush();
  await services.mail.outbox.stop();
  return {
    dir,
    bigEngagementId: engagementIds[0] ?? '',
    bigRetroId,
    bigRetroDate,
    engagementIds,
    milestones,
    actionItems,
    words: writer.words,
    bytes: folderBytes(dir),
  };
}

export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(full);
    else total += fs.statSync(full).size;
  }
  return total;
}

/** A copy of a folder (the snapshot folder left out), so each measurement starts from the same files. */
export function copyDataset(from: string, to: string, onlyEngagements?: readonly string[]): void {
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(from, src);
      if (rel.startsWith('snapshots')) return false;
      if (onlyEngagements && rel.startsWith('engagements') && rel.endsWith('.json')) {
        return onlyEngagements.some((id) => rel.endsWith(`${id}.json`));
      }
      return true;
    },
  });
}
