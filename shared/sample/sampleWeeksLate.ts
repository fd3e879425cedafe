import type { SampleWeek } from './sampleTypes';

/** Weeks 6 to 9: every shopper on the new flow, the team releasing on its own, the handover. */
export const LATE_WEEKS: readonly SampleWeek[] = [
  {
    scores: {
      adoption: [90, 'Every market but one on the new flow.'],
      deploys: [80, 'Merge to production in 40 minutes: goal met.'],
      tests: [55, 'Coverage 66%.'],
      releases: [25, 'One release of four without Alex.'],
      abandon: [25, '16% abandoned.'],
    },
    mvpStatus: 'Live for every market but one (waiting on the tax rounding fix).',
    absent: ['sam'],
    wentWell: [
      [{ bold: 'Deploys under an hour' }, ': 40 minutes from merge to production, every merge.'],
      'Kenji ran the release on Wednesday; Alex only watched.',
    ],
    wentPoorly: ['The tax rounding fix waits on finance, so one market is still on the old flow.'],
    doNextTime: [],
    actions: [
      { text: 'Ship the tax rounding fix behind a flag', owner: 'tomas', done: true },
      { text: 'Write down how a release is done, in the repo', owner: 'kenji', done: true },
    ],
    notes: [
      ['The ', { link: 'release guide', href: 'https://git.example.com/checkout/blob/main/RELEASING.md' }, ' draft.'],
    ],
  },
  {
    scores: {
      adoption: [95, 'The last market switched on Thursday.'],
      deploys: [85, 'Median 35 minutes.'],
      tests: [60, 'Coverage 70%.'],
      releases: [50, 'Two of four without Alex.'],
      abandon: [40, '15% abandoned.'],
    },
    mvpStatus: 'Live for every shopper. The old checkout is switched off next week.',
    absent: ['priya'],
    wentWell: ['The last market moved to the new checkout.', 'Maya paired with Zoë on the coupon tests without Alex.'],
    wentPoorly: [],
    doNextTime: ['Ask “what would you change?” when nothing went poorly.'],
    actions: [{ text: 'Switch off the old checkout', owner: 'maya', done: true }],
    notes: ['Nothing went poorly, everyone said. Asked twice; next week ask what they would change about the process.'],
  },
  {
    scores: {
      adoption: [100, 'The old checkout is off.'],
      deploys: [90, 'Median 30 minutes.'],
      tests: [70, 'Coverage 74%.'],
      releases: [75, 'Three of four without Alex.'],
      abandon: [55, '14% abandoned.'],
    },
    mvpStatus: 'Done: every checkout goes through the new flow.',
    absent: [],
    wentWell: [
      'The team released twice this week without Alex.',
      ['The abandoned rate is down to ', { bold: '14%' }, ' from 18%.'],
    ],
    wentPoorly: [
      'A flaky end-to-end test failed three builds; people started to re-run it without looking.',
      'Release notes are still written by hand.',
    ],
    doNextTime: ['Quarantine a flaky test the day it fails.'],
    actions: [
      { text: 'Fix or quarantine the flaky coupon test', owner: 'zoe', done: true },
      { text: 'Plan the handover: who owns what after week 10', owner: 'kenji', done: true },
    ],
    notes: ['Would change: shorter stand-ups, and the demo on Thursday rather than Friday.'],
  },
  {
    scores: {
      adoption: [100, 'Holding.'],
      deploys: [90, 'Holding at 30 minutes.'],
      tests: [75, 'Coverage 76%: the last gap is the refunds module.'],
      releases: [75, 'Three of four; Alex paired on the last one.'],
      abandon: [60, '13.5% abandoned.'],
    },
    mvpStatus: 'Done. Handing over.',
    absent: [],
    wentWell: [
      'The team wrote its own runbook for the checkout service.',
      'Handover meeting held: every part has an owner on the team.',
    ],
    wentPoorly: ['Coverage will end short of 80%: refunds still have almost no tests.'],
    doNextTime: ['Hold the project retro next week, with the timeline.'],
    actions: [
      { text: 'Add tests for the refunds module', owner: 'tomas', done: false },
      { text: 'Generate the release notes from the merged changes', owner: 'maya', done: false },
    ],
    notes: ['Sent the NPS survey to the host team for next week.'],
  },
];
