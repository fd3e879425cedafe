import { RETRO_RITUAL_ID, type Ritual } from '../model/planner';
import { WEEKDAY_LABELS, WEEKDAYS, type Settings, type Weekday } from '../model/settings';

export function defaultRetro(settings: Settings): Ritual {
  return {
    id: RETRO_RITUAL_ID,
    kind: 'retro',
    name: 'Weekly retro',
    days: [settings.retroDay],
    time: settings.retroTime,
    minutes: settings.retroMinutes,
  };
}

/** The engagement's rituals: the weekly retro first (from the settings until edited), then the rest by time. */
export function effectiveRituals(stored: readonly Ritual[], settings: Settings): Ritual[] {
  const retro = stored.find((r) => r.kind === 'retro') ?? defaultRetro(settings);
  const others = stored.filter((r) => r.kind !== 'retro');
  return [retro, ...others.sort((a, b) => a.time.localeCompare(b.time) || a.name.localeCompare(b.name))];
}

/** When the weekly retro is held: one day of the week, a start time and a length. */
export interface RetroSlot {
  day: Weekday;
  time: string;
  minutes: number;
}

/**
 * The engagement's weekly retro slot, the one place its day and time come from: the retro
 * ritual as the planner shows it (moved there, or from the settings until edited). A ritual
 * on several days is held on the first of them in the week.
 */
export function retroSlot(stored: readonly Ritual[], settings: Settings): RetroSlot {
  const [retro = defaultRetro(settings)] = effectiveRituals(stored, settings);
  const day = WEEKDAYS.find((d) => retro.days.includes(d)) ?? settings.retroDay;
  return { day, time: retro.time, minutes: retro.minutes };
}

export function ritualsOn(rituals: readonly Ritual[], day: Weekday): Ritual[] {
  return rituals.filter((r) => r.days.includes(day)).sort((a, b) => a.time.localeCompare(b.time));
}

export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function formatDays(days: readonly Weekday[]): string {
  const ordered = WEEKDAYS.filter((d) => days.includes(d));
  if (ordered.length === 5 && ordered.every((d, i) => d === WEEKDAYS[i])) return 'Monday to Friday';
  return ordered.map((d) => WEEKDAY_LABELS[d]).join(', ');
}
