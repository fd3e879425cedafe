import type { Ritual, RitualKind } from '../../../shared/model/planner';
import type { Settings, Weekday } from '../../../shared/model/settings';

/** The kinds a new ritual can be: any but the weekly retro. */
export type NewRitualKind = Exclude<RitualKind, 'retro'>;
export const NEW_RITUAL_KINDS: NewRitualKind[] = ['standup', 'planning', 'demo', 'custom'];

/** A new ritual of a kind starts from the usual slot for it. */
export function ritualPreset(kind: NewRitualKind, settings: Settings): Omit<Ritual, 'id'> {
  switch (kind) {
    case 'standup':
      return { kind, name: 'Stand-up', days: [...settings.workingDays], time: '09:30', minutes: 15 };
    case 'planning':
      return { kind, name: 'Planning', days: ['mon'], time: '10:00', minutes: 60 };
    case 'demo':
      return { kind, name: 'Demo', days: ['thu'], time: '16:00', minutes: 30 };
    case 'custom':
      return { kind, name: '', days: ['wed'], time: '13:00', minutes: 30 };
  }
}

/** A ritual as its form edits it: the length as typed. */
export interface RitualDraft {
  id: string;
  kind: RitualKind;
  name: string;
  days: Weekday[];
  time: string;
  minutes: string;
}

export function ritualDraftOf(ritual: Ritual): RitualDraft {
  return { ...ritual, minutes: String(ritual.minutes) };
}
