import { addDaysIso, localMoment } from '../dates';
import type { Person } from '../model/engagement';
import { KICKOFF_ITEMS, RED_FLAGS } from '../model/lifecycle';
import type { Attendee, MailLogEntry } from '../model/retro';
import type { Settings } from '../model/settings';
import { PROJECT_NOTE_SECTIONS } from '../model/projectRetro';
import {
  SAMPLE_GOALS,
  SAMPLE_HOME_TEAM,
  SAMPLE_HOST_TEAM,
  SAMPLE_NAME,
  SAMPLE_PEOPLE,
  type SamplePersonKey,
} from './sampleCast';
import { sampleCalendar, type SampleCalendar } from './sampleCalendar';
import { actionsDoc, bulletsDoc, paragraphsDoc } from './sampleNotes';
import type { SamplePlan } from './samplePlan';
import { FOLLOW_UPS, KICKOFF_NOTES, ONE_PAGER, PROJECT_NOTES, PROJECT_NPS, SAMPLE_MILESTONES } from './sampleProject';
import { samplePlanner } from './samplePlanner';
import type { SampleWeek } from './sampleTypes';
import { EARLY_WEEKS } from './sampleWeeksEarly';
import { LATE_WEEKS } from './sampleWeeksLate';

export const SAMPLE_RETROS: readonly SampleWeek[] = [...EARLY_WEEKS, ...LATE_WEEKS];

export interface SampleOptions {
  /** The services' clock: every date of the sample is worked out from it. */
  now: Date;
  settings: Settings;
  /** The services' ids, for people, action items, rituals, fit votes and follow-ups. */
  newId: () => string;
}

/** The people, with ids, and a lookup from the sample's keys to them. */
function castOf(newId: () => string): { people: Person[]; person: (key: SamplePersonKey) => Person } {
  const people: Person[] = SAMPLE_PEOPLE.map((p) => ({ id: newId(), name: p.name, email: p.email, role: p.role }));
  const person = (key: SamplePersonKey): Person => {
    const index = SAMPLE_PEOPLE.findIndex((p) => p.key === key);
    const found = people[index];
    if (!found) throw new Error(`The sample has no person ${key}.`);
    return found;
  };
  return { people, person };
}

const attendee = (p: Person): Attendee => ({ personId: p.id, name: p.name, email: p.email });

/** The notes of one retro went out as a draft from the user's mail app, confirmed sent. */
function mailed(date: string, time: string, to: string[]): MailLogEntry[] {
  const at = new Date(localMoment(date, time).getTime() + 60 * 60_000);
  const drafted: MailLogEntry = { at: at.toISOString(), via: 'draft', to, state: 'drafted', outboxId: null };
  return [drafted, { ...drafted, at: new Date(at.getTime() + 10 * 60_000).toISOString(), state: 'sent' }];
}

function retrosOf(calendar: SampleCalendar, options: SampleOptions, cast: ReturnType<typeof castOf>) {
  const { settings, newId } = options;
  return SAMPLE_RETROS.map((week, index) => {
    const date = calendar.retroDates[index] ?? calendar.start;
    const attendees = cast.people.filter((p) => !week.absent.some((key) => cast.person(key).id === p.id));
    const next = calendar.retroDates[index + 1] ?? calendar.projectRetroDate;
    const actions = week.actions.map((action) => ({
      attrs: {
        id: newId(),
        checked: action.done,
        owner: cast.person(action.owner).id,
        due: next,
        // Closed a couple of days before the next retro, where it was ticked off.
        closedOn: action.done ? addDaysIso(date, 5) : null,
      },
      text: action.text,
    }));
    // Every retro's notes were emailed, except the last one's: This week asks for it.
    const emailed = index < SAMPLE_RETROS.length - 1;
    return {
      date,
      patch: {
        attendees: attendees.map(attendee),
        goalScores: Object.entries(week.scores).map(([goalId, [score, note]]) => ({ goalId, score, note })),
        mvpStatus: week.mvpStatus,
        startedAt: localMoment(date, settings.retroTime).toISOString(),
      },
      notes: {
        wentWell: bulletsDoc(week.wentWell),
        wentPoorly: bulletsDoc(week.wentPoorly),
        doNextTime: actionsDoc(week.doNextTime, actions),
        notes: paragraphsDoc(week.notes),
      },
      mailLog: emailed
        ? mailed(
            date,
            settings.retroTime,
            attendees.map((p) => p.email),
          )
        : [],
    };
  });
}

function lifecycleOf(
  calendar: SampleCalendar,
  options: SampleOptions,
  cast: ReturnType<typeof castOf>,
): SamplePlan['lifecycle'] {
  const { newId } = options;
  const kickoff = calendar.workingDates(1)[1] ?? calendar.start;
  const flags = <K extends string>(keys: readonly K[], value: boolean) =>
    Object.fromEntries(keys.map((k) => [k, value])) as Record<K, boolean>;
  return {
    patch: {
      kickoffDate: kickoff,
      kickoffChecklist: flags(KICKOFF_ITEMS, true),
      mvpTargetDate: mvpTarget(calendar),
      fitVotes: [
        { id: newId(), reviewer: 'Priya Nair', business: 2, technical: 2, teamFit: 1 },
        { id: newId(), reviewer: 'Alex Rivera', business: 2, technical: 1, teamFit: 2 },
      ],
      redFlags: flags(RED_FLAGS, false),
      // The project retro was held and the NPS sent; its notes are still to be mailed.
      wrapUp: { projectRetro: true, npsSent: true, notesEmailed: false, keepWorkSeparate: true },
      followUps: FOLLOW_UPS.map((f) => ({
        id: newId(),
        person: cast.person(f.person).name,
        role: f.person === 'kenji' ? 'Tech lead' : 'Product manager',
        cadence: f.cadence,
        // Both were met at the project retro: the next contact is one cadence after it.
        lastContact: calendar.projectRetroDate,
        log: [{ date: calendar.projectRetroDate, note: 'Talked at the project retro.' }],
      })),
    },
    notes: { onePager: paragraphsDoc(ONE_PAGER), kickoffNotes: bulletsDoc(KICKOFF_NOTES) },
  };
}

/** The MVP was due on week 3's last working day (it went live a week later). */
function mvpTarget(calendar: SampleCalendar): string {
  return calendar.workingDates(3).at(-1) ?? calendar.start;
}

/**
 * The sample engagement, "a quarter ending around now": eight people, five goals (one about
 * production adoption), eight weekly retros with notes, scores, action items and mail,
 * milestones, planned weeks with a pairing log, rituals, the project retro with NPS, and the
 * lifecycle's kick-off, wrap-up and follow-ups. Pure: the same `now`, settings and ids give
 * the same plan. SamplePlanSchema checks it before anything is seeded.
 */
export function buildSample(options: SampleOptions): SamplePlan {
  const { now, settings, newId } = options;
  const calendar = sampleCalendar(now, settings);
  const cast = castOf(newId);
  const milestoneDate = (week: number, day: number) => {
    const dates = calendar.workingDates(week);
    return dates[Math.min(day, dates.length - 1)] ?? calendar.start;
  };
  return {
    engagement: {
      name: SAMPLE_NAME,
      hostTeam: SAMPLE_HOST_TEAM,
      homeTeam: SAMPLE_HOME_TEAM,
      people: cast.people,
      startDate: calendar.start,
      endDate: calendar.end,
      status: 'wrapping-up',
      endedEarlyReason: '',
    },
    goals: SAMPLE_GOALS.map((g) => ({ key: g.key, input: { ...g.input } })),
    retros: retrosOf(calendar, options, cast),
    ...samplePlanner(calendar, settings, newId, cast.person),
    milestones: SAMPLE_MILESTONES.map((m) => ({
      date: milestoneDate(m.week, m.day),
      title: m.title,
      kind: m.kind,
      note: m.note,
    })),
    project: {
      mvpTargetDate: mvpTarget(calendar),
      date: calendar.projectRetroDate,
      attendees: cast.people.map(attendee),
      notes: Object.fromEntries(
        PROJECT_NOTE_SECTIONS.map((s) => [
          s,
          s === 'takeaways' ? paragraphsDoc(PROJECT_NOTES[s]) : bulletsDoc(PROJECT_NOTES[s]),
        ]),
      ) as SamplePlan['project']['notes'],
      nps: PROJECT_NPS.map((r) => ({ ...r })),
    },
    lifecycle: lifecycleOf(calendar, options, cast),
  };
}
