import type { Engagement } from '../../../shared/model/engagement';
import { newEngagementFile, type EngagementFile } from '../../../shared/model/files';
import { emptyProjectNotes } from '../../../shared/model/projectRetro';
import { validInput } from './fixtures';
import { doc, line, retro, richDoc, taskItem, taskList, words } from './notes';

export const RICH_ID = 'eng-rich';

/**
 * An engagement with something in every section (two weekly retros with notes and a mail
 * log, a deleted one, goals, rituals, weeks, milestones, the project retro, NPS, fit votes
 * and follow-ups), in the order the services build it: lists in creation order.
 */
export function richEngagementFile(id = RICH_ID): EngagementFile {
  const engagement: Engagement = {
    ...validInput({ name: 'Payments MVP', status: 'active' }),
    id,
    createdAt: '2026-02-20T10:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
  };
  const file = newEngagementFile(engagement);
  const goal = { kind: 'technical', metric: 'p50', baseline: '45 min', target: '10 min', productionAdoption: true };
  file.retro.goals = [
    { ...goal, kind: 'technical', id: 'g2', title: 'Deploys < 10 min', createdAt: '2026-03-01T09:00:00.000Z' },
    { ...goal, kind: 'business', id: 'g1', title: 'Checkout in prod', createdAt: '2026-02-28T09:00:00.000Z' },
  ];
  file.retro.retros = richRetros();
  file.planner = richPlanner();
  file.project = richProject();
  file.lifecycle = richLifecycle(file.lifecycle);
  return file;
}

const mailed = { at: '2026-03-05T16:00:00.000Z', to: ['ada@example.com'], outboxId: 'o1' };

function richRetros(): EngagementFile['retro']['retros'] {
  return [
    retro({
      id: 'r1',
      date: '2026-03-05',
      attendees: [{ personId: 'p-1', name: 'Ada Lovelace', email: 'ada@example.com' }],
      goalScores: [{ goalId: 'g2', score: 30, note: 'slow CI' }],
      notes: { ...retro({ id: 'x', date: '2026-03-05' }).notes, wentWell: richDoc(), notes: words(300) },
      mailLog: [{ ...mailed, via: 'smtp', state: 'sent' }],
      createdAt: '2026-03-05T09:00:00.000Z',
    }),
    retro({
      id: 'r0',
      date: '2026-03-06',
      deletedAt: '2026-03-06T10:00:00.000Z',
      createdAt: '2026-03-06T09:00:00.000Z',
    }),
    retro({
      id: 'r2',
      date: '2026-03-12',
      notes: {
        ...retro({ id: 'x', date: '2026-03-12' }).notes,
        doNextTime: doc(taskList(taskItem({ id: 'a1', owner: 'p-2', due: '2026-03-19' }, 'Split the pipeline'))),
      },
      createdAt: '2026-03-12T09:00:00.000Z',
    }),
  ];
}

function richPlanner(): EngagementFile['planner'] {
  return {
    rituals: [
      { id: 'retro', kind: 'retro', name: 'Weekly retro', days: ['thu'], time: '15:00', minutes: 30 },
      { id: 'su', kind: 'standup', name: 'Stand-up', days: ['mon', 'tue', 'wed'], time: '09:30', minutes: 15 },
    ],
    weeks: {
      '2026-W10': {
        days: {
          mon: { kind: 'pairing', hours: 7.5, note: 'Line one\nline two', partnerIds: ['p-2'], topic: 'Checkout' },
          fri: { kind: 'twenty', hours: 4, note: '', partnerIds: [], topic: '' },
        },
      },
      '2026-W11': { days: { wed: { kind: 'off', hours: 0, note: 'Holiday', partnerIds: [], topic: '' } } },
    },
  };
}

function richProject(): EngagementFile['project'] {
  return {
    mvpTargetDate: '2026-04-10',
    milestones: [
      { id: 'm2', date: '2026-03-13', kind: 'custom', title: 'Demo', note: '', createdAt: '2026-03-13T00:00:00.000Z' },
      {
        id: 'm1',
        date: '2026-03-03',
        kind: 'kick-off',
        title: 'Kick-off',
        note: 'ok',
        createdAt: '2026-03-03T00:00:00.000Z',
      },
    ],
    retro: {
      date: '2026-05-07',
      attendees: [{ personId: null, name: 'Kenji', email: '' }],
      notes: { ...emptyProjectNotes(), takeaways: doc(line('Ship the MVP in week two')) },
      updatedAt: '2026-05-07T15:00:00.000Z',
      mailLog: [{ ...mailed, via: 'draft', state: 'drafted', outboxId: null }],
    },
    nps: [
      {
        id: 'n1',
        respondent: 'Kenji',
        role: 'engineer',
        score: 10,
        comment: 'TDD!',
        createdAt: '2026-05-07T15:00:00.000Z',
      },
      { id: 'n2', respondent: '', role: 'product', score: 6, comment: '', createdAt: '2026-05-08T15:00:00.000Z' },
    ],
  };
}

function richLifecycle(empty: EngagementFile['lifecycle']): EngagementFile['lifecycle'] {
  return {
    ...empty,
    onePager: doc(line('What the team builds')),
    fitVotes: [
      { id: 'v1', reviewer: 'Ada Lovelace', business: 2, technical: 1, teamFit: 2 },
      { id: 'v2', reviewer: 'Grace Hopper', business: 1, technical: 2, teamFit: 0 },
    ],
    redFlags: { ...empty.redFlags, timeZones: true },
    kickoffDate: '2026-03-03',
    checkInAnswers: { ...empty.checkInAnswers, stuck: 'Yes, mostly.' },
    followUps: [
      { id: 'f1', person: 'Kenji', role: 'Tech lead', cadence: 'monthly', lastContact: '2026-06-01', log: [] },
    ],
  };
}
