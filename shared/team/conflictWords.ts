import {
  CHECK_IN_LABELS,
  FIT_CATEGORY_LABELS,
  KICKOFF_LABELS,
  RED_FLAG_LABELS,
  WRAP_UP_LABELS,
} from '../model/lifecycle';
import { PROJECT_NOTE_LABELS } from '../model/projectRetro';
import type { RecordKind } from '../model/records/recordSchemas';
import { NOTE_SECTION_LABELS } from '../model/retro';
import { WEEKDAY_LABELS } from '../model/settings';

/**
 * The words the app shows for the fields of each record, for a conflict's labels
 * (./conflictLabels.ts). Names that have a table in the model (note sections, red flags,
 * checklists, weekdays) come from it, so a label reads as the screen does.
 */

const SAVED = { createdAt: 'Created', updatedAt: 'Last saved' };

/** A record's own fields, by kind. */
export const TOP_WORDS: Record<RecordKind, Record<string, string>> = {
  engagement: {
    ...SAVED,
    name: 'Engagement name',
    hostTeam: 'Host team',
    homeTeam: 'Home team',
    people: 'People',
    startDate: 'Start date',
    endDate: 'End date',
    status: 'Status',
    endedEarlyReason: 'Why it ended early',
  },
  goals: { goals: 'Goals' },
  rituals: { rituals: 'Rituals' },
  milestones: { mvpTargetDate: 'MVP target date', milestones: 'Milestones' },
  'project-retro': { ...SAVED, date: 'Project retro date', attendees: 'Attendees', mailLog: 'Mail log' },
  lifecycle: {
    onePager: 'One-pager',
    introNotes: 'Intro notes',
    kickoffDate: 'Kick-off date',
    kickoffNotes: 'Kick-off notes',
    mvpTargetDate: 'MVP target date',
    checkInDone: 'Check-in done',
    checkInHeldOn: 'Check-in date',
    checkInNotes: 'Check-in notes',
    followUps: 'Follow-ups',
  },
  retro: {
    ...SAVED,
    date: 'Retro date',
    attendees: 'Attendees',
    goalScores: 'Goal scores',
    mvpStatus: 'MVP status / blockers',
    startedAt: 'Start time',
    deletedAt: 'Deleted',
    mailLog: 'Mail log',
  },
  week: { week: 'Week' },
  nps: { ...SAVED, respondent: 'Respondent', role: 'Role', score: 'Score', comment: 'Comment' },
  'fit-vote': { reviewer: 'Reviewer', ...FIT_CATEGORY_LABELS },
};

/** Objects whose keys the model names: the name, after the section's word when there is one. */
export const SECTION_WORDS: Record<string, { words: Readonly<Record<string, string>>; prefix: string | null }> = {
  notes: { words: { ...NOTE_SECTION_LABELS, ...PROJECT_NOTE_LABELS }, prefix: null },
  redFlags: { words: RED_FLAG_LABELS, prefix: 'Red flag' },
  kickoffChecklist: { words: KICKOFF_LABELS, prefix: 'Kick-off checklist' },
  wrapUp: { words: WRAP_UP_LABELS, prefix: 'Wrap-up' },
  checkInAnswers: { words: CHECK_IN_LABELS, prefix: 'Check-in' },
  days: { words: WEEKDAY_LABELS, prefix: null },
};

/** What names an item of a list, for "Goal “Checkout in prod”". */
export interface ListWords {
  noun: string;
  /** The item's field that names it; goal scores name their goal, whose title is in goals.json. */
  nameField: string | null;
}

export const LIST_WORDS: Record<string, ListWords> = {
  goals: { noun: 'Goal', nameField: 'title' },
  goalScores: { noun: 'Goal', nameField: null },
  milestones: { noun: 'Milestone', nameField: 'title' },
  rituals: { noun: 'Ritual', nameField: 'name' },
  people: { noun: 'Person', nameField: 'name' },
  followUps: { noun: 'Follow-up', nameField: 'person' },
};

/** Fields of list items and of a week's days, after the item's name: "· score". */
export const FIELD_WORDS: Record<string, string> = {
  baseline: 'baseline',
  cadence: 'cadence',
  createdAt: 'created',
  date: 'date',
  days: 'days',
  email: 'email',
  hours: 'hours',
  kind: 'kind',
  lastContact: 'last contact',
  log: 'contact log',
  metric: 'metric',
  minutes: 'duration',
  name: 'name',
  note: 'note',
  partnerIds: 'pairing partners',
  person: 'name',
  productionAdoption: 'production adoption',
  role: 'role',
  score: 'score',
  target: 'target',
  time: 'time',
  title: 'title',
  topic: 'what you paired on',
};
