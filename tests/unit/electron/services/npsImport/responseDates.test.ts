import { describe, expect, it } from 'vitest';
import { guessDateOrder, parseResponseDate } from '../../../../../electron/services/npsImport/responseDates';
import { useTimeZone } from '../../../support/timeZone';

const REFERENCE = new Date('2027-02-11T15:00:00.000Z');
const iso = (value: string, order: 'mdy' | 'dmy' = 'mdy') =>
  parseResponseDate(value, order, REFERENCE)?.toISOString() ?? null;

describe('a form’s timestamps, at UTC+14', () => {
  useTimeZone('Pacific/Kiritimati');

  it('reads an offset where the form wrote one, and local wall time where it did not', () => {
    // Google Forms' own CSV: the form's zone is written out, so the reader's zone does not matter.
    expect(iso('2027/02/08 4:14:03 PM GMT+1')).toBe('2027-02-08T15:14:03.000Z');
    expect(iso('2027/02/08 4:14:03 PM GMT-05:30')).toBe('2027-02-08T21:44:03.000Z');
    expect(iso('2027/02/08 16:14:03 UTC')).toBe('2027-02-08T16:14:03.000Z');
    expect(iso('2027-02-08T16:14:03Z')).toBe('2027-02-08T16:14:03.000Z');
    // A spreadsheet's cell has no zone: it is the time where the user is (UTC+14).
    expect(iso('2/8/2027 16:14:03')).toBe('2027-02-08T02:14:03.000Z');
    expect(iso('2027-02-08 16:14')).toBe('2027-02-08T02:14:00.000Z');
    // Excel's serial day 46426.5: noon on 8 Feb 2027, local.
    expect(iso('46426.5')).toBe('2027-02-07T22:00:00.000Z');
  });
});

describe('a form’s timestamps, at UTC−11', () => {
  useTimeZone('Pacific/Pago_Pago');

  it('reads both day/month orders, two-digit years and 12-hour times, and refuses days that do not exist', () => {
    expect(iso('8/2/27 4:05 PM', 'dmy')).toBe('2027-02-09T03:05:00.000Z');
    expect(iso('2/8/27 4:05 pm', 'mdy')).toBe('2027-02-09T03:05:00.000Z');
    expect(iso('08.02.2027 16:05', 'dmy')).toBe('2027-02-09T03:05:00.000Z');
    expect(iso('31/2/2027', 'dmy')).toBeNull();
    expect(iso('13/2/2027', 'mdy')).toBeNull();
    expect(iso('2027/02/08 4:14 PM EST')).toBeNull();
    expect(iso('')).toBeNull();
  });
});

describe('guessing the day/month order', () => {
  it('is told by a day over 12 or a dot, and says when nothing tells', () => {
    expect(guessDateOrder(['2/8/2027', '13/2/2027 10:00'])).toEqual({ order: 'dmy', ambiguous: false, used: true });
    expect(guessDateOrder(['2/8/2027', '2/13/2027'])).toEqual({ order: 'mdy', ambiguous: false, used: true });
    expect(guessDateOrder(['08.02.2027 16:05'])).toEqual({ order: 'dmy', ambiguous: false, used: true });
    expect(guessDateOrder(['2/8/2027', '3/9/2027'])).toEqual({ order: 'mdy', ambiguous: true, used: true });
    expect(guessDateOrder(['2027/02/08 4:14:03 PM GMT+1', '2027-02-08'])).toEqual({
      order: 'mdy',
      ambiguous: false,
      used: false,
    });
  });
});
