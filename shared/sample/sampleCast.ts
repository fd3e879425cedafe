import type { PersonRole } from '../model/engagement';
import type { GoalInput } from '../model/retro';

/**
 * How the sample is recognised: by its name and host team together, both fixed here. The
 * engagement file has no field that says "sample" and its format is not changed for one
 * (storage is being rebuilt): a name and team the schema already allows mark it instead.
 * Rename the sample, or its host team, and it becomes an ordinary engagement.
 */
export const SAMPLE_NAME = 'Checkout MVP (sample)';
export const SAMPLE_HOST_TEAM = 'Larkspur Payments';
export const SAMPLE_HOME_TEAM = 'Platform Enablement';

/** Whether an engagement (or its summary in the list) is the sample. */
export function isSampleEngagement(engagement: { name: string; hostTeam: string }): boolean {
  return engagement.name === SAMPLE_NAME && engagement.hostTeam === SAMPLE_HOST_TEAM;
}

export const SAMPLE_PEOPLE = [
  { key: 'alex', name: 'Alex Rivera', email: 'alex.rivera@example.com', role: 'engineer' },
  { key: 'priya', name: 'Priya Nair', email: 'priya.nair@example.com', role: 'advisor' },
  { key: 'kenji', name: 'Kenji Watanabe', email: 'kenji.watanabe@example.com', role: 'tech-lead' },
  { key: 'maya', name: 'Maya Okafor', email: 'maya.okafor@example.com', role: 'host-developer' },
  { key: 'tomas', name: 'Tomás Ruiz', email: 'tomas.ruiz@example.com', role: 'host-developer' },
  { key: 'zoe', name: 'Zoë Lindqvist', email: 'zoe.lindqvist@example.com', role: 'host-developer' },
  { key: 'lena', name: 'Lena Fischer', email: 'lena.fischer@example.com', role: 'host-pm' },
  { key: 'sam', name: 'Sam Whitaker', email: 'sam.whitaker@example.com', role: 'manager' },
] as const satisfies readonly { key: string; name: string; email: string; role: PersonRole }[];

export type SamplePersonKey = (typeof SAMPLE_PEOPLE)[number]['key'];

/** The host team's developers, whom the aux engineer pairs with (in this order, week by week). */
export const SAMPLE_PAIRS: readonly SamplePersonKey[] = ['maya', 'tomas', 'zoe', 'kenji'];

/** The goals and metrics sheet: business and technical goals, one about production adoption. */
export const SAMPLE_GOALS = [
  {
    key: 'adoption',
    input: {
      kind: 'business',
      title: 'New checkout live for every shopper',
      metric: 'Share of checkouts through the new flow',
      baseline: '0%',
      target: '100%',
      productionAdoption: true,
    },
  },
  {
    key: 'deploys',
    input: {
      kind: 'technical',
      title: 'Deploy on every merge',
      metric: 'Lead time from merge to production',
      baseline: '3 days',
      target: 'Under 1 hour',
      productionAdoption: false,
    },
  },
  {
    key: 'tests',
    input: {
      kind: 'technical',
      title: 'Tests the team trusts',
      metric: 'Line coverage of the checkout service',
      baseline: '35%',
      target: '80% or more',
      productionAdoption: false,
    },
  },
  {
    key: 'releases',
    input: {
      kind: 'technical',
      title: 'The team runs its own releases',
      metric: 'Releases done without the aux engineer',
      baseline: '0 of 4',
      target: '4 of 4',
      productionAdoption: false,
    },
  },
  {
    key: 'abandon',
    input: {
      kind: 'business',
      title: 'Fewer abandoned checkouts',
      metric: 'Checkouts abandoned at the payment step',
      baseline: '18%',
      target: '12%',
      productionAdoption: false,
    },
  },
] as const satisfies readonly { key: string; input: GoalInput }[];

export type SampleGoalKey = (typeof SAMPLE_GOALS)[number]['key'];
