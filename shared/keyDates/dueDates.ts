import { addDaysIso, addMonthsIso } from '../dates';
import type { Cadence, FollowUp } from '../model/lifecycle';

/**
 * The three-month check-in: the end date plus three calendar months. date-fns clamps to
 * the month's last day (30 Nov → 28/29 Feb), so a date that does not exist never comes out.
 */
export function checkInDate(endDate: string): string {
  return addMonthsIso(endDate, 3);
}

export function addCadence(isoDate: string, cadence: Cadence): string {
  switch (cadence) {
    case 'weekly':
      return addDaysIso(isoDate, 7);
    case 'fortnightly':
      return addDaysIso(isoDate, 14);
    case 'monthly':
      return addMonthsIso(isoDate, 1);
    case 'quarterly':
      return addMonthsIso(isoDate, 3);
  }
}

/**
 * When a follow-up is next due: one cadence after the last contact; before any contact,
 * on the engagement's end date (the natural time to set up the first sync).
 */
export function followUpDue(followUp: Pick<FollowUp, 'cadence' | 'lastContact'>, engagementEnd: string): string {
  return followUp.lastContact === null ? engagementEnd : addCadence(followUp.lastContact, followUp.cadence);
}

/** Marks a follow-up done on `date`: recorded in its log, and the next one counts from there. */
export function markFollowUpDone(followUp: FollowUp, date: string, note: string): FollowUp {
  const lastContact = followUp.lastContact !== null && followUp.lastContact > date ? followUp.lastContact : date;
  return { ...followUp, lastContact, log: [...followUp.log, { date, note: note.trim() }].slice(-500) };
}
