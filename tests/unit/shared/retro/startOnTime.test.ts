import { describe, expect, it } from 'vitest';
import { offersStartNow } from '../../../../shared/retro/startOnTime';

const retro = { date: '2026-12-03', startedAt: null };

// Instants built from local fields: the rule is wall-clock time where the user is, so these
// hold in any zone the suite runs in (tests/fake-clock.sh runs it again on Kiritimati, UTC+14).
describe('start on time: "Start now" within 5 minutes of the slot', () => {
  it.each([
    ['5 minutes early', new Date(2026, 11, 3, 13, 55), true],
    ['1 minute early', new Date(2026, 11, 3, 13, 59), true],
    ['on the minute', new Date(2026, 11, 3, 14, 0), true],
    ['4:59 late', new Date(2026, 11, 3, 14, 4, 59), true],
    ['5 minutes late', new Date(2026, 11, 3, 14, 5), true],
    ['5:01 late', new Date(2026, 11, 3, 14, 5, 1), false],
    ['6 minutes early', new Date(2026, 11, 3, 13, 54), false],
    ['the day before at the same time', new Date(2026, 11, 2, 14, 0), false],
  ])('%s', (_when, now, expected) => {
    expect(offersStartNow(retro, '14:00', now)).toBe(expected);
  });

  it('not once the retro has started', () => {
    expect(
      offersStartNow({ ...retro, startedAt: '2026-12-03T13:00:00.000Z' }, '14:00', new Date(2026, 11, 3, 14, 0)),
    ).toBe(false);
  });

  it('around midnight the window crosses the date', () => {
    expect(offersStartNow({ date: '2026-12-04', startedAt: null }, '00:00', new Date(2026, 11, 3, 23, 57))).toBe(true);
  });

  it('on a DST change day (Europe: 29 March 2026) it is still wall-clock time', () => {
    expect(offersStartNow({ date: '2026-03-29', startedAt: null }, '14:00', new Date(2026, 2, 29, 14, 3))).toBe(true);
  });

  it('a bad slot time offers nothing', () => {
    expect(offersStartNow(retro, '25:99', new Date(2026, 11, 3, 14, 0))).toBe(false);
  });
});
