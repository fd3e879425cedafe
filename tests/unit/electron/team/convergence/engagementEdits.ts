import type { EngagementInput } from '../../../../../shared/model/engagement';
import type { Engagement } from '../../../../../shared/model/engagement';
import type { FitVote } from '../../../../../shared/model/lifecycle';
import { validInput } from '../../../support/fixtures';
import { pick, writeFields, type RecordEdit } from './recordEdits';
import { attempt, docOf, sharedIds, type Replica } from './replica';
import type { Slot } from './slots';

/** Every engagement of the drill runs over the same dates, so any retro date and planned week fits each. */
export const DRILL_DATES = { startDate: '2026-01-05', endDate: '2026-12-18' } as const;
/** The retro dates the drill uses (Thursdays), and those a retro may move to. */
export const RETRO_DATES = ['2026-03-05', '2026-03-12', '2026-03-19', '2026-03-26'] as const;

function inputOf(engagement: Engagement): EngagementInput {
  const { name, hostTeam, homeTeam, people, startDate, endDate, status, endedEarlyReason } = engagement;
  return { name, hostTeam, homeTeam, people, startDate, endDate, status, endedEarlyReason };
}

function engagementSlot(engagementId: string, path: Slot['path']): Slot {
  return { engagementId, record: { kind: 'engagement', id: 'engagement' }, path };
}

function someEngagement(replica: Replica, rng: () => number) {
  const engagementId = pick(rng, sharedIds(replica));
  return engagementId === undefined ? null : { engagementId, file: docOf(replica, engagementId) };
}

/** engagements:update: the host or home team, in the form as this laptop has it. */
export const engagementField: RecordEdit = async (replica, ctx) => {
  const at = someEngagement(replica, ctx.rng);
  if (!at) return false;
  const field = ctx.rng() < 0.5 ? 'hostTeam' : 'homeTeam';
  const value = ctx.log.token(replica.name);
  const input = { ...inputOf(at.file.engagement), [field]: value };
  const slot = engagementSlot(at.engagementId, [field]);
  return (
    (await writeFields(replica, ctx, 'engagements:update', { id: at.engagementId, input }, [{ slot, value }])) !== null
  );
};

/** engagements:update: someone joins the engagement's people. */
export const personAdd: RecordEdit = async (replica, ctx) => {
  const at = someEngagement(replica, ctx.rng);
  if (!at || at.file.engagement.people.length >= 30) return false;
  const id = `${replica.name}p${ctx.log.serial()}`;
  const value = ctx.log.token(replica.name);
  const person = { id, name: value, email: `${id.toLowerCase()}@example.com`, role: 'engineer' as const };
  const input = { ...inputOf(at.file.engagement), people: [...at.file.engagement.people, person] };
  const slot = engagementSlot(at.engagementId, ['people', id, 'name']);
  const done = await writeFields(replica, ctx, 'engagements:update', { id: at.engagementId, input }, [{ slot, value }]);
  if (done === null) return false;
  ctx.log.create({ kind: 'person', engagementId: at.engagementId, id, replica: replica.name, step: ctx.step });
  return true;
};

/** engagements:update: one person's name corrected. */
export const personRename: RecordEdit = async (replica, ctx) => {
  const at = someEngagement(replica, ctx.rng);
  const person = at && pick(ctx.rng, at.file.engagement.people);
  if (!at || !person) return false;
  const value = ctx.log.token(replica.name);
  const input = {
    ...inputOf(at.file.engagement),
    people: at.file.engagement.people.map((p) => (p.id === person.id ? { ...p, name: value } : p)),
  };
  const slot = engagementSlot(at.engagementId, ['people', person.id, 'name']);
  return (
    (await writeFields(replica, ctx, 'engagements:update', { id: at.engagementId, input }, [{ slot, value }])) !== null
  );
};

/** retros:create. */
export const retroCreate: RecordEdit = async (replica, ctx) => {
  const at = someEngagement(replica, ctx.rng);
  const date = pick(ctx.rng, RETRO_DATES);
  if (!at || !date || at.file.retro.retros.length >= 8) return false;
  const answer = await attempt(replica, 'retros:create', { engagementId: at.engagementId, date });
  if (!answer.ok) {
    ctx.refused(replica, 'retros:create', answer.message);
    return false;
  }
  ctx.log.create({
    kind: 'retro',
    engagementId: at.engagementId,
    id: answer.value.id,
    replica: replica.name,
    step: ctx.step,
  });
  return true;
};

/** retros:update: the retro moves to another day (its file is renamed). */
export const retroDate: RecordEdit = async (replica, ctx) => {
  const at = someEngagement(replica, ctx.rng);
  const retro =
    at &&
    pick(
      ctx.rng,
      at.file.retro.retros.filter((r) => r.deletedAt === null),
    );
  const date = pick(
    ctx.rng,
    RETRO_DATES.filter((d) => d !== retro?.date),
  );
  if (!at || !retro || !date) return false;
  const slot: Slot = { engagementId: at.engagementId, record: { kind: 'retro', id: retro.id }, path: ['date'] };
  const payload = { engagementId: at.engagementId, retroId: retro.id, patch: { date } };
  return (await writeFields(replica, ctx, 'retros:update', payload, [{ slot, value: date }])) !== null;
};

/** nps:add: a survey answer typed in (never edited afterwards: the end must hold it as written). */
export const npsAdd: RecordEdit = async (replica, ctx) => {
  const at = someEngagement(replica, ctx.rng);
  if (!at) return false;
  const input = {
    respondent: ctx.log.token(replica.name),
    role: 'engineer' as const,
    score: Math.floor(ctx.rng() * 11),
    comment: '',
  };
  const answer = await attempt(replica, 'nps:add', { engagementId: at.engagementId, input });
  if (!answer.ok) {
    ctx.refused(replica, 'nps:add', answer.message);
    return false;
  }
  const { id } = answer.value;
  ctx.log.create({
    kind: 'nps',
    engagementId: at.engagementId,
    id,
    replica: replica.name,
    step: ctx.step,
    content: answer.value,
  });
  return true;
};

const vote = (rng: () => number) => Math.floor(rng() * 3) as 0 | 1 | 2;

/**
 * lifecycle:update of the fit votes: this laptop's reviewer votes, or changes their vote,
 * sending the list as this laptop has it (other reviewers' votes as last synced).
 */
export const fitVote: RecordEdit = async (replica, ctx) => {
  const at = someEngagement(replica, ctx.rng);
  if (!at) return false;
  const votes = at.file.lifecycle.fitVotes;
  const own = votes.find((v) => v.reviewer === replica.identity.name);
  const id = own?.id ?? `${replica.name}v${at.engagementId}`;
  const mine: FitVote = {
    id,
    reviewer: replica.identity.name,
    business: vote(ctx.rng),
    technical: vote(ctx.rng),
    teamFit: vote(ctx.rng),
  };
  const fitVotes = own ? votes.map((v) => (v.id === id ? mine : v)) : [...votes, mine];
  const fields = (['business', 'technical', 'teamFit'] as const).map((category) => ({
    slot: { engagementId: at.engagementId, record: { kind: 'fit-vote' as const, id }, path: [category] },
    value: String(mine[category]),
    owned: true,
  }));
  const payload = { engagementId: at.engagementId, patch: { fitVotes } };
  if ((await writeFields(replica, ctx, 'lifecycle:update', payload, fields)) === null) return false;
  if (!own)
    ctx.log.create({ kind: 'fit-vote', engagementId: at.engagementId, id, replica: replica.name, step: ctx.step });
  return true;
};

/** engagements:create, then team:move into the workspace (which commits it). */
export const engagementCreate: RecordEdit = async (replica, ctx) => {
  if (sharedIds(replica).length >= 6) return false;
  const name = ctx.log.token(replica.name);
  const created = await attempt(replica, 'engagements:create', validInput({ name, ...DRILL_DATES }));
  if (!created.ok) {
    ctx.refused(replica, 'engagements:create', created.message);
    return false;
  }
  const engagementId = created.value.id;
  const moved = await attempt(replica, 'team:move', { engagementId, to: 'workspace' });
  if (!moved.ok) {
    ctx.refused(replica, 'team:move', moved.message);
    return false;
  }
  ctx.log.create({ kind: 'engagement', engagementId, id: engagementId, replica: replica.name, step: ctx.step });
  return true;
};
