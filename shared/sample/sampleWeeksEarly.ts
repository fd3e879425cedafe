import type { SampleWeek } from './sampleTypes';

/** Weeks 2 to 5: the pipeline, the MVP a week late, then live for a tenth and half of the shoppers. */
export const EARLY_WEEKS: readonly SampleWeek[] = [
  {
    scores: {
      deploys: [10, 'A pipeline exists; deploys still need Kenji at the console.'],
      tests: [15, 'Coverage 41%: the first tests around the payment step.'],
      releases: [0, 'Not started.'],
    },
    mvpStatus: 'On track for the end of week 3: the payment step is behind a feature flag in staging.',
    absent: ['sam'],
    wentWell: [
      ['Kick-off agreed on ', { bold: 'Vitest' }, ', an 80% coverage bar and a weekly retro on this slot.'],
      'Paired with Maya on the payment step every day; she wrote the first failing test herself on Wednesday.',
      [
        'The CI pipeline runs on every push: ',
        { link: 'pipeline notes', href: 'https://wiki.example.com/checkout/ci' },
      ],
    ],
    wentPoorly: [
      'Staging was down for most of Tuesday; nobody knew who owns it.',
      ['CI takes ', { bold: '40 minutes' }, ', so people batch their changes.'],
    ],
    doNextTime: ['Find the owner of staging before it breaks again.'],
    actions: [
      { text: 'Ask the infrastructure team who owns staging', owner: 'kenji', done: true },
      { text: ['Split the slow ', { code: 'integration' }, ' job in two'], owner: 'alex', done: true },
    ],
    notes: ['A quiet first retro; Lena asked to see the MVP date on the wall.'],
  },
  {
    scores: {
      deploys: [20, 'CI down to 22 minutes after the split.'],
      tests: [25, 'Coverage 48%.'],
      releases: [0, 'Alex still drives every release.'],
    },
    mvpStatus: 'Slipping: the fraud check API is not in staging yet. New date: Tuesday of week 4.',
    absent: [],
    wentWell: [
      'Tomás and Alex test-drove the address form; it found two bugs in the old validation.',
      ['CI is down to ', { bold: '22 minutes' }, '.'],
    ],
    wentPoorly: [
      'The MVP missed its date: we learned about the fraud check dependency on Wednesday.',
      'Alex spent Thursday on backlog tickets instead of pairing.',
    ],
    doNextTime: ['Walk the MVP’s dependencies at stand-up, not at the retro.', 'Protect Friday as 20% time.'],
    actions: [
      { text: 'Get the fraud check sandbox credentials', owner: 'lena', done: true },
      { text: 'Write the rollback steps for the payment flag', owner: 'tomas', done: true },
      { text: 'List every service the MVP calls', owner: 'maya', done: true },
    ],
    notes: [['Priya joined to talk through the slip. ', { bold: 'Decision:' }, ' launch to 10% of shoppers first.']],
  },
  {
    scores: {
      adoption: [10, 'Live for 10% of shoppers since Tuesday.'],
      deploys: [35, 'Two deploys a day, each still hand-approved.'],
      tests: [35, 'Coverage 55%.'],
      releases: [0, 'Not yet.'],
      abandon: [0, 'Baseline measured: 18% at the payment step.'],
    },
    mvpStatus: 'In production since Tuesday, for 10% of shoppers. No incidents.',
    absent: ['priya'],
    wentWell: [
      [{ bold: 'The MVP is in production.' }, ' The flag went to 10% at 10:00 on Tuesday.'],
      'The rollback drill took four minutes, with Tomás at the keyboard.',
    ],
    wentPoorly: ['A hotfix went around the pipeline on Wednesday night.', 'The new alerts paged twice for nothing.'],
    doNextTime: ['Every change goes through the pipeline, hotfixes too.'],
    actions: [
      { text: 'Tune the payment error alert to the real baseline', owner: 'zoe', done: true },
      { text: 'Add the hotfix path to the pipeline', owner: 'alex', done: true },
    ],
    notes: ['Sam dropped by to say the launch was the smoothest this year.'],
  },
  {
    scores: {
      adoption: [50, 'Half of the shoppers on the new flow.'],
      deploys: [55, 'Deploys take 25 minutes from merge.'],
      tests: [45, 'Coverage 61%.'],
      releases: [10, 'Zoë shipped a release with Alex watching.'],
      abandon: [10, '17% abandoned.'],
    },
    mvpStatus: 'Live for 50% of shoppers. Next: all of them once the error rate holds for a week.',
    absent: [],
    wentWell: [
      'Zoë’s first release, from merge to production, on her own.',
      ['Contract tests for the fraud check: ', { code: 'pact' }, ' runs in CI.'],
    ],
    wentPoorly: [
      'Sprint planning overran into Friday, the 20% day.',
      'The old and new checkouts disagree on tax rounding for one market.',
    ],
    doNextTime: ['Keep planning to its hour.'],
    actions: [
      { text: 'Decide the tax rounding rule with finance', owner: 'lena', done: true },
      { text: 'Time-box sprint planning to 60 minutes', owner: 'kenji', done: true },
    ],
    notes: ['Asked for negative feedback twice; the planning overrun was the only thing raised.'],
  },
];
