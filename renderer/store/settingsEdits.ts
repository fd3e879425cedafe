import { fieldErrorsOf } from '../../shared/ipc';
import { SettingsSchema, type Settings } from '../../shared/model/settings';

export type SettingKey = keyof Settings;
export type FieldErrors = Record<string, string>;

/** How the save notice names each setting ("Engagement length saved."). */
export const SETTING_LABELS: Record<SettingKey, string> = {
  engagementWeeks: 'Engagement length',
  bufferWeeks: 'Buffer between engagements',
  maxBackToBack: 'Back-to-back engagements',
  workingDays: 'Working days',
  twentyPercentDay: '20% day',
  retroDay: 'Weekly retro day',
  retroTime: 'Weekly retro time',
  retroMinutes: 'Weekly retro length',
  pairingTarget: 'Pairing target',
  dayHours: 'Planned hours per day',
  dayStart: 'Day start',
  maxEngagementWeeks: 'A quarter',
  notifications: 'Desktop notifications',
  spellcheck: 'Spell checking',
  theme: 'Theme',
  mailMethod: 'Way to send mail',
  retroPhaseMinutes: 'Retro timer',
  teamName: 'Your team’s name',
};

/** What the settings form can save now. */
export interface SettingsSavePlan {
  /** Errors to show beside the fields: the form as typed, and what saving its valid part would break. */
  errors: FieldErrors;
  /** The settings to save (the saved ones with the user's valid changes), or null: nothing valid to save. */
  next: Settings | null;
  /** The settings `next` changes. */
  keys: SettingKey[];
}

/** One undoable change: the settings it changed and what they were before. */
export interface SettingsChange {
  keys: SettingKey[];
  before: Partial<Settings>;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function pick(settings: Settings, keys: readonly SettingKey[]): Partial<Settings> {
  return Object.fromEntries(keys.map((k) => [k, settings[k]]));
}

/** The setting a field error belongs to: "retroPhaseMinutes.2" is the retro timer's. */
function settingOf(path: string): string {
  return path.split('.')[0] ?? path;
}

/**
 * The part of the form that can be saved: each changed setting without an error, over the
 * saved ones. A setting with an error keeps its typed value in the form and is not sent; the
 * others still go, so a mistake in one field never holds back (or loses) the rest. Settings
 * the user did not touch come from `saved`, so a change made elsewhere (the mail dialog's last
 * way to send) is not written over.
 */
export function planSettingsSave(saved: Settings, draft: Settings, touched: readonly SettingKey[]): SettingsSavePlan {
  const typed = SettingsSchema.safeParse(draft);
  const errors = typed.success ? {} : fieldErrorsOf(typed.error);
  const invalid = new Set(Object.keys(errors).map(settingOf));
  const keys = touched.filter((k) => !invalid.has(k) && !sameValue(draft[k], saved[k]));
  if (keys.length === 0) return { errors, next: null, keys: [] };
  const checked = SettingsSchema.safeParse({ ...saved, ...pick(draft, keys) });
  // The valid part breaks a rule across fields (Friday no longer a working day while it is
  // still the 20% day): nothing goes until the user settles it, and the errors say where.
  if (!checked.success) return { errors: { ...fieldErrorsOf(checked.error), ...errors }, next: null, keys: [] };
  return { errors, next: checked.data, keys };
}

/**
 * The change an Undo takes back after saving `keys` over `before`. Saves that keep to the same
 * settings (a number typed with pauses: 1, then 12) are one change, undone to where it started;
 * a save of another setting starts a new one.
 */
export function nextChange(last: SettingsChange | null, before: Settings, keys: readonly SettingKey[]): SettingsChange {
  if (last && keys.every((k) => last.keys.includes(k))) return last;
  return { keys: [...keys], before: pick(before, keys) };
}

/** The settings the errors are about, each once, in the form's order of errors. */
export function invalidSettingsOf(errors: Readonly<FieldErrors>): SettingKey[] {
  const keys = new Set(Object.keys(errors).map(settingOf));
  return (Object.keys(SETTING_LABELS) as SettingKey[]).filter((k) => keys.has(k));
}

/** "Engagement length", "Working days and 20% day". */
export function labelsOf(keys: readonly SettingKey[]): string {
  const labels = keys.map((k) => SETTING_LABELS[k]);
  if (labels.length <= 1) return labels[0] ?? 'Settings';
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
}
