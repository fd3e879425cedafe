import { addWeeks, format, isValid, parseISO } from 'date-fns';

/** Calendar dates are stored as ISO `YYYY-MM-DD` strings: no time zone, no clock. */
export const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE_RE.test(value)) return false;
  const parsed = parseISO(value);
  // parseISO accepts 2026-02-30 as March 2nd; round-tripping rejects it.
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value;
}

export function toIsoDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

export function addWeeksIso(isoDate: string, weeks: number): string {
  return toIsoDate(addWeeks(parseISO(isoDate), weeks));
}

/** The playbook's default: an engagement is about ten weeks long. */
export function defaultEndDate(startDate: string, engagementWeeks: number): string {
  return addWeeksIso(startDate, engagementWeeks);
}

export function formatDisplayDate(isoDate: string): string {
  if (!isIsoDate(isoDate)) return isoDate;
  return format(parseISO(isoDate), 'd MMM yyyy');
}
