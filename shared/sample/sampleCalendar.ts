import { localDateOf } from '../dates';
import { WEEKDAYS, type Settings, type Weekday } from '../model/settings';
import { addWeeksToKey, datesOfWeek, weekKeyOf, type WeekKey } from '../week';

/** The sample's quarter: ten weeks, the last one being the week before today's. */
export const SAMPLE_WEEKS = 10;
/** Weekly retros in weeks 2 to 9; the project retro in week 10. */
export const SAMPLE_RETRO_WEEKS = 8;

export interface SampleCalendar {
  /** The engagement's ISO weeks, week 1 first. */
  weeks: WeekKey[];
  start: string;
  end: string;
  /** The eight weekly retros' dates, on the retro day of weeks 2 to 9. */
  retroDates: string[];
  projectRetroDate: string;
  /** The working days of engagement week `week` (1–10), in calendar order. */
  workingDates: (week: number) => string[];
}

function workingDaysInOrder(settings: Pick<Settings, 'workingDays'>): Weekday[] {
  return WEEKDAYS.filter((day) => settings.workingDays.includes(day));
}

/**
 * "A quarter ending around now", from the services' clock only (never the real date): the
 * engagement ran the ten weeks before the current one, so everything in it (retros, the
 * project retro, mail, closed action items) lies in the past whatever day `now` is, and
 * the three-month check-in lies ahead. Working days and the retro day are the settings'.
 */
export function sampleCalendar(now: Date, settings: Pick<Settings, 'workingDays' | 'retroDay'>): SampleCalendar {
  const thisWeek = weekKeyOf(localDateOf(now));
  const weeks = Array.from({ length: SAMPLE_WEEKS }, (_, i) => addWeeksToKey(thisWeek, i - SAMPLE_WEEKS));
  const days = workingDaysInOrder(settings);
  const workingDates = (week: number): string[] => {
    const key = weeks[week - 1];
    if (key === undefined) throw new Error(`The sample has no week ${week}.`);
    const dates = datesOfWeek(key);
    return days.map((day) => dates[day]);
  };
  const retroOn = (week: number): string => {
    const key = weeks[week - 1];
    if (key === undefined) throw new Error(`The sample has no week ${week}.`);
    return datesOfWeek(key)[settings.retroDay];
  };
  const first = workingDates(1)[0];
  const last = workingDates(SAMPLE_WEEKS).at(-1);
  // Settings always hold at least one working day (SettingsSchema).
  if (first === undefined || last === undefined) throw new Error('The settings have no working day.');
  return {
    weeks,
    start: first,
    end: last,
    retroDates: Array.from({ length: SAMPLE_RETRO_WEEKS }, (_, i) => retroOn(i + 2)),
    projectRetroDate: retroOn(SAMPLE_WEEKS),
    workingDates,
  };
}
