import { describe, expect, it } from 'vitest';
import { addDaysIso, localDateOf } from '../../../../shared/dates';
import { EngagementInputSchema } from '../../../../shared/model/engagement';
import { DEFAULT_SETTINGS, type Settings } from '../../../../shared/model/settings';
import { buildSample, SAMPLE_RETROS } from '../../../../shared/sample/buildSample';
import { isSampleEngagement, SAMPLE_GOALS, SAMPLE_HOST_TEAM, SAMPLE_NAME } from '../../../../shared/sample/sampleCast';
import { SamplePlanSchema, type SamplePlan } from '../../../../shared/sample/samplePlan';
import { actionItems } from '../../../../shared/retro/noteText';
import { mondayOf, weekdayOf, weekKeyOf, addWeeksToKey } from '../../../../shared/week';
import { useTimeZone } from '../../support/timeZone';

const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};

const build = (now: Date, settings: Settings = DEFAULT_SETTINGS): SamplePlan =>
  buildSample({ now, settings, newId: ids() });

/** Every calendar date the plan holds (retros, weeks' days, milestones, lifecycle, project retro, action items). */
function datesIn(plan: SamplePlan): string[] {
  const dates = [plan.engagement.startDate, plan.engagement.endDate, plan.project.date, plan.project.mvpTargetDate];
  dates.push(...plan.milestones.map((m) => m.date));
  for (const retro of plan.retros) {
    dates.push(retro.date);
    for (const item of actionItems(retro.notes.doNextTime)) {
      if (item.due) dates.push(item.due);
      if (item.closedOn) dates.push(item.closedOn);
    }
  }
  if (plan.lifecycle.patch.kickoffDate) dates.push(plan.lifecycle.patch.kickoffDate);
  return dates;
}

/** Instants around the week: Monday morning, Thursday afternoon, Sunday night, across New Year and DST. */
const INSTANTS = [
  { label: 'Monday 08:00', local: [2027, 1, 8, 8, 0] },
  { label: 'Thursday 16:00 (the e2e default)', local: [2027, 1, 11, 16, 0] },
  { label: 'Sunday 23:30', local: [2027, 1, 14, 23, 30] },
  { label: 'a week after New Year', local: [2027, 0, 6, 12, 0] },
  { label: 'the Monday after a DST change', local: [2026, 2, 30, 9, 0] },
] as const;

for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago']) {
  describe(`the sample, built for "now" (in ${zone})`, () => {
    useTimeZone(zone);

    for (const { label, local } of INSTANTS) {
      it(`is a valid ten-week quarter ending the week before ${label}`, () => {
        const now = new Date(local[0], local[1], local[2], local[3], local[4]);
        const today = localDateOf(now);
        const plan = build(now);

        // The same schemas the channels and the engagement file check.
        expect(SamplePlanSchema.safeParse(plan).success).toBe(true);
        expect(EngagementInputSchema.safeParse(plan.engagement).success).toBe(true);

        const thisWeek = weekKeyOf(today);
        expect(plan.engagement.startDate).toBe(mondayOf(addWeeksToKey(thisWeek, -10)));
        expect(plan.engagement.endDate).toBe(addDaysIso(mondayOf(addWeeksToKey(thisWeek, -1)), 4));
        expect(plan.weeks.map((w) => w.key)).toEqual(
          Array.from({ length: 10 }, (_, i) => addWeeksToKey(thisWeek, i - 10)),
        );

        expect(plan.retros).toHaveLength(8);
        expect(plan.retros.map((r) => weekdayOf(r.date))).toEqual(Array(8).fill('thu'));
        const retroWeeks = plan.retros.map((r) => weekKeyOf(r.date));
        expect(retroWeeks).toEqual(Array.from({ length: 8 }, (_, i) => addWeeksToKey(thisWeek, i - 9)));
        expect(weekKeyOf(plan.project.date)).toBe(addWeeksToKey(thisWeek, -1));

        // Everything has happened by now, and nothing stands outside the engagement but the project retro.
        for (const date of datesIn(plan)) expect(date <= today, `${date} is after today (${today})`).toBe(true);
        for (const retro of plan.retros) {
          expect(retro.date >= plan.engagement.startDate && retro.date <= plan.engagement.endDate).toBe(true);
          expect(retro.patch.startedAt && new Date(retro.patch.startedAt) <= now).toBe(true);
          for (const entry of retro.mailLog) expect(new Date(entry.at) <= now).toBe(true);
        }
      });
    }
  });
}

describe('the sample’s content', () => {
  const now = new Date(2027, 1, 11, 16, 0);

  it('is recognisable as the sample, with the host team and an aux engineer and advisor', () => {
    const plan = build(now);
    expect(isSampleEngagement(plan.engagement)).toBe(true);
    expect(isSampleEngagement({ name: SAMPLE_NAME, hostTeam: 'Checkout' })).toBe(false);
    expect(isSampleEngagement({ name: 'Checkout MVP', hostTeam: SAMPLE_HOST_TEAM })).toBe(false);
    const roles = plan.engagement.people.map((p) => p.role);
    expect(roles).toContain('engineer');
    expect(roles).toContain('advisor');
    expect(roles.filter((r) => r === 'host-developer').length).toBeGreaterThanOrEqual(3);
    // Addresses on the reserved example.com domain, so nothing can reach a real person.
    for (const person of plan.engagement.people) expect(person.email).toMatch(/@example\.com$/);
    expect(plan.engagement.status).toBe('wrapping-up');
  });

  it('has goals with metrics, one about production adoption, scored in every retro', () => {
    const plan = build(now);
    expect(plan.goals.filter((g) => g.input.productionAdoption)).toHaveLength(1);
    expect(new Set(plan.goals.map((g) => g.input.kind))).toEqual(new Set(['business', 'technical']));
    for (const goal of plan.goals) expect(goal.input.metric && goal.input.baseline && goal.input.target).toBeTruthy();
    const keys = new Set(SAMPLE_GOALS.map((g) => g.key));
    for (const retro of plan.retros) {
      expect(retro.patch.goalScores?.length).toBeGreaterThan(0);
      for (const score of retro.patch.goalScores ?? []) expect(keys.has(score.goalId as never)).toBe(true);
    }
    // The production-adoption goal is measured once the MVP is in production (week 4: the third retro).
    const adoptionScored = plan.retros.map((r) => r.patch.goalScores?.some((s) => s.goalId === 'adoption'));
    expect(adoptionScored).toEqual([false, false, true, true, true, true, true, true]);
  });

  it('writes rich notes with action items owned by the engagement’s people, open ones only in the last retro', () => {
    const plan = build(now);
    const people = new Set(plan.engagement.people.map((p) => p.id));
    const open: number[] = [];
    plan.retros.forEach((retro, index) => {
      expect(JSON.stringify(retro.notes.wentWell)).toContain('"bulletList"');
      const items = actionItems(retro.notes.doNextTime);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(people.has(item.owner ?? '')).toBe(true);
        expect(item.due).toBe(plan.retros[index + 1]?.date ?? plan.project.date);
        if (!item.checked) open.push(index);
        else expect((item.closedOn ?? '') > retro.date && (item.closedOn ?? '') <= (item.due ?? '')).toBe(true);
      }
    });
    expect(new Set(open)).toEqual(new Set([7]));
    // One week nobody said anything went poorly: the app's nudge and the timeline's "!" show on it.
    expect(plan.retros.filter((r) => !JSON.stringify(r.notes.wentPoorly).includes('"text"'))).toHaveLength(1);
    // Bold, code and links as the editor writes them.
    const all = JSON.stringify(plan.retros.map((r) => r.notes));
    expect(all).toContain('{"type":"bold"}');
    expect(all).toContain('{"type":"code"}');
    expect(all).toContain('"rel":"noopener noreferrer nofollow"');
  });

  it('mails every retro’s notes but the last one’s, to the people who came', () => {
    const plan = build(now);
    plan.retros.forEach((retro, index) => {
      if (index === SAMPLE_RETROS.length - 1) expect(retro.mailLog).toEqual([]);
      else {
        expect(retro.mailLog.map((m) => m.state)).toEqual(['drafted', 'sent']);
        expect(retro.mailLog[0]?.to).toEqual(retro.patch.attendees?.map((a) => a.email));
      }
    });
  });

  it('logs pairing with the host team every week, from the planner’s template', () => {
    const plan = build(now);
    const partners = new Set<string>();
    for (const week of plan.weeks) {
      const days = Object.values(week.plan.days);
      expect(days).toHaveLength(5);
      for (const day of days) if (day.kind === 'pairing') day.partnerIds.forEach((id) => partners.add(id));
    }
    expect(partners.size).toBe(4);
    expect(plan.weeks[3]?.plan.days.fri?.kind).toBe('pairing');
    expect(plan.weeks[0]?.plan.days.fri?.kind).toBe('twenty');
    expect(plan.rituals.map((r) => r.kind)).toEqual(['standup', 'planning', 'demo']);
  });

  it('follows the settings: another retro day, working days and 20% day', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      workingDays: ['sun', 'mon', 'tue', 'wed', 'thu'],
      twentyPercentDay: 'thu',
      retroDay: 'tue',
    };
    const plan = build(now, settings);
    expect(SamplePlanSchema.safeParse(plan).success).toBe(true);
    expect(plan.retros.map((r) => weekdayOf(r.date))).toEqual(Array(8).fill('tue'));
    expect(weekdayOf(plan.engagement.startDate)).toBe('mon');
    expect(weekdayOf(plan.engagement.endDate)).toBe('sun');
    expect(plan.weeks[0]?.plan.days.thu?.kind).toBe('twenty');
    expect(plan.weeks[0]?.plan.days.fri).toBeUndefined();
    expect(plan.rituals[0]?.days).toEqual(['sun', 'mon', 'tue', 'wed']);
  });

  it('is the same plan for the same now, settings and ids', () => {
    expect(build(now)).toEqual(build(now));
    expect(build(now)).not.toEqual(build(new Date(2027, 1, 18, 16, 0)));
  });
});
