import type { SampleGoalKey, SamplePersonKey } from './sampleCast';
import type { Para } from './sampleNotes';

/** An action item of a weekly retro: due by the next retro; `done` ones were closed before it. */
export interface SampleAction {
  text: Para;
  owner: SamplePersonKey;
  done: boolean;
}

/** One weekly retro of the sample, as written: the builder dates it and gives it ids. */
export interface SampleWeek {
  /** Goals scored that week (0–100 %) with a note; a goal measured only once the MVP is live is left out before. */
  scores: Partial<Record<SampleGoalKey, readonly [score: number, note: string]>>;
  mvpStatus: string;
  /** Who was not there (everyone else came). */
  absent: readonly SamplePersonKey[];
  wentWell: readonly Para[];
  /** Empty for the week nobody had anything negative to say, as it happens. */
  wentPoorly: readonly Para[];
  doNextTime: readonly Para[];
  actions: readonly SampleAction[];
  notes: readonly Para[];
}
