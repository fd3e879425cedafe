import { defaultEndDate, localDateOf } from '../../shared/dates';
import type { Engagement, EngagementInput, EngagementStatus, PersonRole } from '../../shared/model/engagement';
import { EngagementInputSchema } from '../../shared/model/engagement';
import { fieldErrorsOf } from '../../shared/ipc';

export interface PersonDraft {
  id: string;
  name: string;
  email: string;
  role: PersonRole;
}

/** The form's state: what the user typed, before it is a valid EngagementInput. */
export interface EngagementDraft {
  name: string;
  hostTeam: string;
  homeTeam: string;
  startDate: string;
  endDate: string;
  /** Once the user picks an end date, changing the start no longer moves it. */
  endDateTouched: boolean;
  status: EngagementStatus;
  endedEarlyReason: string;
  people: PersonDraft[];
}

export function newDraft(today: Date, engagementWeeks: number): EngagementDraft {
  const startDate = localDateOf(today);
  return {
    name: '',
    hostTeam: '',
    homeTeam: '',
    startDate,
    endDate: defaultEndDate(startDate, engagementWeeks),
    endDateTouched: false,
    status: 'planning',
    endedEarlyReason: '',
    people: [],
  };
}

export function draftFrom(engagement: Engagement): EngagementDraft {
  return {
    name: engagement.name,
    hostTeam: engagement.hostTeam,
    homeTeam: engagement.homeTeam,
    startDate: engagement.startDate,
    endDate: engagement.endDate,
    endDateTouched: true,
    status: engagement.status,
    endedEarlyReason: engagement.endedEarlyReason,
    people: engagement.people.map((p) => ({ ...p })),
  };
}

export function withStartDate(draft: EngagementDraft, startDate: string, engagementWeeks: number): EngagementDraft {
  if (draft.endDateTouched || !/^\d{4}-\d{2}-\d{2}$/.test(startDate)) return { ...draft, startDate };
  return { ...draft, startDate, endDate: defaultEndDate(startDate, engagementWeeks) };
}

export function toInput(draft: EngagementDraft): unknown {
  return {
    name: draft.name,
    hostTeam: draft.hostTeam,
    homeTeam: draft.homeTeam,
    startDate: draft.startDate,
    endDate: draft.endDate,
    status: draft.status,
    endedEarlyReason: draft.status === 'ended-early' ? draft.endedEarlyReason : '',
    people: draft.people.map((p) => ({ id: p.id, name: p.name, email: p.email, role: p.role })),
  };
}

export type ValidationResult =
  { ok: true; input: EngagementInput } | { ok: false; fieldErrors: Record<string, string> };

/** The same schema the main process enforces, run first so messages appear at once. */
export function validateDraft(draft: EngagementDraft): ValidationResult {
  const parsed = EngagementInputSchema.safeParse(toInput(draft));
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}

export function sameDraft(a: EngagementDraft, b: EngagementDraft): boolean {
  return JSON.stringify(toInput(a)) === JSON.stringify(toInput(b));
}
