import type { MilestoneKind, NpsRole } from '../model/projectRetro';
import type { SamplePersonKey } from './sampleCast';
import type { Para } from './sampleNotes';

/** The project retro's notes: the whole quarter's went well / went poorly / do next time, and the takeaways. */
export const PROJECT_NOTES: Record<'wentWell' | 'wentPoorly' | 'doNextTime' | 'takeaways', readonly Para[]> = {
  wentWell: [
    'The MVP reached production in week 4, for 10% of shoppers, and every shopper by week 8.',
    ['Deploys went from ', { bold: '3 days' }, ' to ', { bold: '30 minutes' }, ' from merge to production.'],
    'The team released three times out of four without the aux engineer.',
    'Weekly retros were held every week, on the same slot.',
  ],
  wentPoorly: [
    'The MVP date slipped a week: the fraud check dependency surfaced late.',
    'Coverage ended at 76%, short of the 80% bar; refunds have almost no tests.',
    'Friday 20% time was lost twice, to backlog tickets and to planning.',
  ],
  doNextTime: [
    'Walk the MVP’s dependencies in the kick-off, not in week 3.',
    'Put the 20% day in the team’s calendar from the first week.',
  ],
  takeaways: [
    [{ bold: 'Ship a sliver early.' }, ' Ten percent of shoppers in week 4 taught more than any staging test.'],
    'The team owns its pipeline and its releases now; keep the three-month check-in to see that it sticks.',
  ],
};

/** The project NPS: the host team's answers (NPS 40: three promoters, one passive, one detractor). */
export const PROJECT_NPS: readonly { respondent: string; role: NpsRole; score: number; comment: string }[] = [
  { respondent: 'Maya Okafor', role: 'engineer', score: 10, comment: 'Pairing every day made TDD stick.' },
  { respondent: 'Tomás Ruiz', role: 'engineer', score: 9, comment: 'The rollback drill alone was worth it.' },
  { respondent: '', role: 'engineer', score: 9, comment: '' },
  { respondent: 'Lena Fischer', role: 'product', score: 8, comment: 'Good, but the slip in week 3 hurt.' },
  { respondent: '', role: 'product', score: 6, comment: 'We needed more help with the refunds work.' },
];

/** Milestones by engagement week (1–10) and day of that week (0 = its first working day). */
export const SAMPLE_MILESTONES: readonly {
  week: number;
  day: number;
  kind: MilestoneKind;
  title: string;
  note: string;
}[] = [
  { week: 1, day: 1, kind: 'kick-off', title: 'Kick-off', note: 'Testing framework, coverage bar, MVP date, retros.' },
  { week: 4, day: 1, kind: 'mvp-in-production', title: 'MVP in production', note: '10% of shoppers at first.' },
  { week: 6, day: 2, kind: 'goal-met', title: 'Deploys under an hour', note: '40 minutes from merge.' },
  { week: 8, day: 0, kind: 'custom', title: 'Old checkout switched off', note: '' },
  { week: 9, day: 2, kind: 'custom', title: 'Handover meeting', note: 'Every part of the service has an owner.' },
];

/** What each week's pairing was about, week 1 first. */
export const PAIRING_TOPICS: readonly string[] = [
  'Reading the checkout codebase',
  'Payment step, test first',
  'Address form and the fraud check',
  'Rollout of the MVP',
  'Contract tests',
  'Release pipeline',
  'Coupons',
  'Flaky tests',
  'Runbook and handover',
  'Refunds tests',
];

export const ONE_PAGER: readonly Para[] = [
  [{ bold: 'Problem:' }, ' one shopper in five gives up at the payment step of a checkout built in 2016.'],
  [{ bold: 'Wish list:' }, ' a new payment step, deploys without a release train, tests the team trusts.'],
  [{ bold: 'Business goals:' }, ' the new checkout for every shopper; fewer abandoned checkouts.'],
  [{ bold: 'Technical goals:' }, ' deploy on every merge; 80% coverage; the team runs its own releases.'],
];

export const KICKOFF_NOTES: readonly Para[] = [
  'Vitest for unit tests, Playwright for the checkout flow; 80% coverage as the bar.',
  'MVP: the new payment step behind a flag, to 10% of shoppers by the end of week 3.',
  'Retro every week on the same slot; notes mailed to everyone who came.',
];

export const FOLLOW_UPS: readonly { person: SamplePersonKey; cadence: 'monthly' | 'quarterly' }[] = [
  { person: 'kenji', cadence: 'monthly' },
  { person: 'lena', cadence: 'quarterly' },
];
