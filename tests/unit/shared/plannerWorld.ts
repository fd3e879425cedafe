import { WeekPlanSchema, type DayPlan, type Ritual, type WeekPlan } from '../../../shared/model/planner';

/** Shared by the planner.*.test.ts files: days, weeks and a ritual to plan with. */

export const day = (overrides: Partial<DayPlan> = {}): DayPlan => ({
  kind: 'pairing',
  hours: 8,
  note: '',
  partnerIds: [],
  topic: '',
  ...overrides,
});

export const WEEK = '2026-W02'; // Mon 5 – Sun 11 Jan 2026
export const AFTER_WEEK = '2026-01-12';

export function week(days: WeekPlan['days']): WeekPlan {
  return WeekPlanSchema.parse({ days });
}

export function loggedWeek(fri: Partial<DayPlan> = { kind: 'twenty' }): WeekPlan {
  return week({
    mon: day({ partnerIds: ['kenji'] }),
    tue: day({ partnerIds: ['ana'] }),
    wed: day({ partnerIds: ['kenji', 'ana'] }),
    thu: day({ partnerIds: ['kenji'] }),
    fri: day(fri),
  });
}

export const demoOnFriday: Ritual = {
  id: 'demo',
  kind: 'demo',
  name: 'Demo',
  days: ['fri'],
  time: '16:00',
  minutes: 30,
};
