import type { InvokeChannel } from '../../../../../shared/channels';
import type { RequestOf, ResponseOf } from '../../../../../shared/ipc';
import { NOTE_SECTIONS } from '../../../../../shared/model/retro';
import type { WeekPlan } from '../../../../../shared/model/planner';
import { doc, paragraph, text } from '../../../support/notes';
import type { EditLog } from './editLog';
import { attempt, docOf, sharedIds, type Replica } from './replica';
import { readSlot, textOf, type Slot } from './slots';

/** What an edit needs from the drill: its dice, its log, where it is, and where refusals go. */
export interface EditContext {
  rng: () => number;
  log: EditLog;
  step: number;
  refused(replica: Replica, channel: string, message: string): void;
}

/** An edit of the drill: true when the app acknowledged it, false when it had nothing to edit or refused. */
export type RecordEdit = (replica: Replica, ctx: EditContext) => Promise<boolean>;

export function pick<T>(rng: () => number, list: readonly T[]): T | undefined {
  return list[Math.floor(rng() * list.length)];
}

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
/** Few weeks, so that laptops often plan the same one. */
export const WEEKS = ['2026-W10', '2026-W11', '2026-W12'] as const;

/** Sends one change through the app and logs every field it wrote, with what the laptop showed there before. */
export async function writeFields<C extends InvokeChannel>(
  replica: Replica,
  ctx: EditContext,
  channel: C,
  payload: RequestOf<C>,
  fields: { slot: Slot; value: string; owned?: boolean }[],
): Promise<ResponseOf<C> | null> {
  const before = fields.map((f) => textOf(readSlot(docOf(replica, f.slot.engagementId), f.slot)));
  const answer = await attempt(replica, channel, payload);
  if (!answer.ok) {
    ctx.refused(replica, channel, answer.message);
    return null;
  }
  fields.forEach((f, i) =>
    ctx.log.edit({
      step: ctx.step,
      replica: replica.name,
      channel,
      slot: f.slot,
      value: f.value,
      sawBefore: before[i] ?? '',
      ...(f.owned ? { owned: true } : {}),
    }),
  );
  return answer.value;
}

function someRetro(replica: Replica, ctx: EditContext) {
  const engagementId = pick(ctx.rng, sharedIds(replica));
  if (engagementId === undefined) return null;
  const file = docOf(replica, engagementId);
  const retro = pick(
    ctx.rng,
    file.retro.retros.filter((r) => r.deletedAt === null),
  );
  return { engagementId, file, retro };
}

/** retros:saveNote: one section of one retro, as the editor's autosave sends it. */
export const saveNote: RecordEdit = async (replica, ctx) => {
  const at = someRetro(replica, ctx);
  if (!at?.retro) return false;
  const section = pick(ctx.rng, NOTE_SECTIONS) ?? 'notes';
  const value = ctx.log.token(replica.name);
  const slot: Slot = {
    engagementId: at.engagementId,
    record: { kind: 'retro', id: at.retro.id },
    path: ['notes', section],
  };
  const payload = { engagementId: at.engagementId, retroId: at.retro.id, section, doc: doc(paragraph(text(value))) };
  return (await writeFields(replica, ctx, 'retros:saveNote', payload, [{ slot, value }])) !== null;
};

/** retros:update: the MVP status line. */
export const mvpStatus: RecordEdit = async (replica, ctx) => {
  const at = someRetro(replica, ctx);
  if (!at?.retro) return false;
  const value = ctx.log.token(replica.name);
  const slot: Slot = { engagementId: at.engagementId, record: { kind: 'retro', id: at.retro.id }, path: ['mvpStatus'] };
  const payload = { engagementId: at.engagementId, retroId: at.retro.id, patch: { mvpStatus: value } };
  return (await writeFields(replica, ctx, 'retros:update', payload, [{ slot, value }])) !== null;
};

/** retros:update: a goal's score and note in a retro (the list as this laptop has it, one item changed or added). */
export const goalScore: RecordEdit = async (replica, ctx) => {
  const at = someRetro(replica, ctx);
  const goal = at && pick(ctx.rng, at.file.retro.goals);
  if (!at?.retro || !goal) return false;
  const value = ctx.log.token(replica.name);
  const score = { goalId: goal.id, score: Math.floor(ctx.rng() * 101), note: value };
  const others = at.retro.goalScores.filter((s) => s.goalId !== goal.id);
  const goalScores = at.retro.goalScores.some((s) => s.goalId === goal.id)
    ? at.retro.goalScores.map((s) => (s.goalId === goal.id ? score : s))
    : [...others, score];
  const slot: Slot = {
    engagementId: at.engagementId,
    record: { kind: 'retro', id: at.retro.id },
    path: ['goalScores', goal.id, 'note'],
  };
  const payload = { engagementId: at.engagementId, retroId: at.retro.id, patch: { goalScores } };
  return (await writeFields(replica, ctx, 'retros:update', payload, [{ slot, value }])) !== null;
};

/** goals:save of an existing goal: its title or its target. */
export const goalField: RecordEdit = async (replica, ctx) => {
  const at = someRetro(replica, ctx);
  const goal = at && pick(ctx.rng, at.file.retro.goals);
  if (!at || !goal) return false;
  const field = ctx.rng() < 0.6 ? 'title' : 'target';
  const value = ctx.log.token(replica.name);
  const { id: goalId, kind, title, metric, baseline, target, productionAdoption } = goal;
  const input = { kind, title, metric, baseline, target, productionAdoption };
  const slot: Slot = {
    engagementId: at.engagementId,
    record: { kind: 'goals', id: 'goals' },
    path: ['goals', goalId, field],
  };
  const payload = { engagementId: at.engagementId, goalId, input: { ...input, [field]: value } };
  return (await writeFields(replica, ctx, 'goals:save', payload, [{ slot, value }])) !== null;
};

/** goals:save of a new goal. */
export const goalCreate: RecordEdit = async (replica, ctx) => {
  const at = someRetro(replica, ctx);
  if (!at || at.file.retro.goals.length >= 12) return false;
  const value = ctx.log.token(replica.name);
  const input = {
    kind: 'technical' as const,
    title: value,
    metric: '',
    baseline: '',
    target: '',
    productionAdoption: false,
  };
  const answer = await attempt(replica, 'goals:save', { engagementId: at.engagementId, goalId: null, input });
  if (!answer.ok) {
    ctx.refused(replica, 'goals:save', answer.message);
    return false;
  }
  const slot: Slot = {
    engagementId: at.engagementId,
    record: { kind: 'goals', id: 'goals' },
    path: ['goals', answer.value.id, 'title'],
  };
  ctx.log.edit({ step: ctx.step, replica: replica.name, channel: 'goals:save', slot, value, sawBefore: '' });
  ctx.log.create({
    kind: 'goal',
    engagementId: at.engagementId,
    id: answer.value.id,
    replica: replica.name,
    step: ctx.step,
  });
  return true;
};

function defaultWeek(): WeekPlan {
  const days: WeekPlan['days'] = {};
  for (const day of DAYS) days[day] = { kind: 'pairing', hours: 8, note: '', partnerIds: [], topic: '' };
  return { days };
}

/** planner:saveWeek: one day's note or topic, in the week as this laptop has it (the template when unplanned). */
export const weekDay: RecordEdit = async (replica, ctx) => {
  const at = someRetro(replica, ctx);
  const week = pick(ctx.rng, WEEKS);
  const day = pick(ctx.rng, DAYS);
  if (!at || !week || !day) return false;
  const field = ctx.rng() < 0.6 ? 'note' : 'topic';
  const value = ctx.log.token(replica.name);
  const stored = at.file.planner.weeks[week];
  const plan = structuredClone(stored ?? defaultWeek());
  const current = plan.days[day] ?? { kind: 'pairing', hours: 8, note: '', partnerIds: [], topic: '' };
  plan.days[day] = { ...current, [field]: value };
  const slot: Slot = { engagementId: at.engagementId, record: { kind: 'week', id: week }, path: ['days', day, field] };
  const payload = { scope: { kind: 'engagement' as const, id: at.engagementId }, week, plan };
  if ((await writeFields(replica, ctx, 'planner:saveWeek', payload, [{ slot, value }])) === null) return false;
  if (!stored)
    ctx.log.create({ kind: 'week', engagementId: at.engagementId, id: week, replica: replica.name, step: ctx.step });
  return true;
};
