import { describe, expect, it } from 'vitest';
import { capacityWarnings, warningsFor, type CapacityEngagement } from '../../../../shared/staffing/capacity';
import { addDaysIso } from '../../../../shared/dates';

const settings = { bufferWeeks: 3, maxBackToBack: 2, maxEngagementWeeks: 13 };
const zoe = { id: 'p-zoe', name: 'Zoë', email: 'zoe@example.com', role: 'engineer' as const };
const advisor = { id: 'p-sam', name: 'Sam', email: 'sam@example.com', role: 'advisor' as const };

function eng(
  id: string,
  startDate: string,
  endDate: string,
  overrides: Partial<CapacityEngagement> = {},
): CapacityEngagement {
  return { id, name: id.toUpperCase(), status: 'planning', startDate, endDate, people: [zoe, advisor], ...overrides };
}

const rules = (list: CapacityEngagement[], s = settings) =>
  capacityWarnings(list, s).map((w) => [w.rule, w.engagementIds.join('+')]);

describe('longer than a quarter', () => {
  it('allows exactly the limit (13 weeks) and warns one day over', () => {
    expect(rules([eng('a', '2026-01-05', addDaysIso('2026-01-05', 91))])).toEqual([]);
    const warnings = capacityWarnings([eng('a', '2026-01-05', addDaysIso('2026-01-05', 92))], settings);
    expect(warnings.map((w) => w.rule)).toEqual(['too-long']);
    expect(warnings[0]?.message).toContain('13 weeks and 1 day');
  });

  it('follows the setting', () => {
    const tenWeeks = eng('a', '2026-01-05', '2026-03-16');
    expect(rules([tenWeeks], { ...settings, maxEngagementWeeks: 10 })).toEqual([]);
    expect(rules([tenWeeks], { ...settings, maxEngagementWeeks: 9 })).toEqual([['too-long', 'a']]);
  });

  it('applies to engagements without engineers too, but never to sourcing candidates', () => {
    expect(rules([eng('a', '2026-01-05', '2026-12-31', { people: [] })])).toEqual([['too-long', 'a']]);
    expect(rules([eng('a', '2026-01-05', '2026-12-31', { status: 'sourcing' })])).toEqual([]);
  });
});

describe('overlap', () => {
  it('warns when one engineer is in two engagements sharing even one day', () => {
    expect(rules([eng('a', '2026-01-05', '2026-03-16'), eng('b', '2026-03-16', '2026-05-25')])).toEqual([
      ['overlap', 'a+b'],
    ]);
  });

  it('does not warn the day after (that is a buffer problem instead)', () => {
    expect(rules([eng('a', '2026-01-05', '2026-03-16'), eng('b', '2026-03-17', '2026-05-25')]).map(([r]) => r)).toEqual(
      ['buffer'],
    );
  });

  it('does not warn for different engineers', () => {
    const other = { ...zoe, id: 'p-ana', name: 'Ana', email: 'ana@example.com' };
    expect(
      rules([eng('a', '2026-01-05', '2026-03-16'), eng('b', '2026-02-02', '2026-04-13', { people: [other] })]),
    ).toEqual([]);
  });

  it('recognises the same engineer by email across engagements, or by name without email', () => {
    const sameByEmail = { ...zoe, id: 'other-id', name: 'Zoe A.', email: 'ZOE@example.com' };
    expect(
      rules([eng('a', '2026-01-05', '2026-03-16'), eng('b', '2026-02-02', '2026-04-13', { people: [sameByEmail] })]),
    ).toEqual([['overlap', 'a+b']]);
    const noEmail = { ...zoe, email: '' };
    expect(
      rules([
        eng('a', '2026-01-05', '2026-03-16', { people: [noEmail] }),
        eng('b', '2026-02-02', '2026-04-13', { people: [noEmail] }),
      ]),
    ).toEqual([['overlap', 'a+b']]);
  });

  it('counts only engineers: an advisor may advise overlapping engagements', () => {
    const onlyAdvisor = [advisor];
    expect(
      rules([
        eng('a', '2026-01-05', '2026-03-16', { people: onlyAdvisor }),
        eng('b', '2026-02-02', '2026-04-13', { people: onlyAdvisor }),
      ]),
    ).toEqual([]);
  });

  it('ignores sourcing candidates', () => {
    expect(
      rules([eng('a', '2026-01-05', '2026-03-16'), eng('b', '2026-02-02', '2026-04-13', { status: 'sourcing' })]),
    ).toEqual([]);
  });
});

describe('buffer between engagements', () => {
  const first = eng('a', '2026-01-05', '2026-03-16');
  it('accepts exactly the buffer (3 weeks from end to start: the next quarter)', () => {
    expect(rules([first, eng('b', '2026-04-06', '2026-06-15')])).toEqual([]);
  });

  it('warns one day short of it', () => {
    const warnings = capacityWarnings([first, eng('b', '2026-04-05', '2026-06-15')], settings);
    expect(warnings.map((w) => w.rule)).toEqual(['buffer']);
    expect(warnings[0]?.message).toBe('Zoë has 20 days between “A” and “B”; leave at least 3 weeks.');
  });

  it('follows the setting', () => {
    expect(rules([first, eng('b', '2026-03-30', '2026-06-08')], { ...settings, bufferWeeks: 2 })).toEqual([]);
    expect(rules([first, eng('b', '2026-03-30', '2026-06-08')], { ...settings, bufferWeeks: 3 })).toEqual([
      ['buffer', 'a+b'],
    ]);
  });

  it('checks engagements in date order whatever order they come in', () => {
    expect(rules([eng('b', '2026-03-20', '2026-05-25'), first])).toEqual([['buffer', 'a+b']]);
  });
});

describe('back to back', () => {
  // Quarter-aligned, 10 weeks each with 3 weeks between: fine on buffer, a run on back-to-back.
  const q1 = eng('q1', '2026-01-05', '2026-03-16');
  const q2 = eng('q2', '2026-04-06', '2026-06-15');
  const q3 = eng('q3', '2026-07-06', '2026-09-14');

  it('allows two in a row', () => {
    expect(rules([q1, q2])).toEqual([]);
  });

  it('warns on the third in a row', () => {
    const warnings = capacityWarnings([q1, q2, q3], settings);
    expect(warnings.map((w) => [w.rule, w.engagementIds])).toEqual([['back-to-back', ['q1', 'q2', 'q3']]]);
    expect(warnings[0]?.message).toBe(
      '“Q3” would be Zoë’s third engagement back to back; the limit is 2 before a quarter off.',
    );
    expect(warningsFor(warnings, 'q3')).toHaveLength(1);
    expect(warningsFor(warnings, 'other')).toHaveLength(0);
  });

  it('a quarter off (13 weeks from end to start) breaks the run; a day less does not', () => {
    const offAQuarter = eng('q3', addDaysIso(q2.endDate, 91), addDaysIso(q2.endDate, 161));
    expect(rules([q1, q2, offAQuarter])).toEqual([]);
    const dayShort = eng('q3', addDaysIso(q2.endDate, 90), addDaysIso(q2.endDate, 160));
    expect(rules([q1, q2, dayShort])).toEqual([['back-to-back', 'q1+q2+q3']]);
  });

  it('follows the limit setting', () => {
    expect(rules([q1, q2, q3], { ...settings, maxBackToBack: 3 })).toEqual([]);
    expect(rules([q1, q2], { ...settings, maxBackToBack: 1 })).toEqual([['back-to-back', 'q1+q2']]);
  });

  it('warns for each engagement beyond the limit', () => {
    const q4 = eng('q4', '2026-10-05', '2026-12-14');
    expect(rules([q1, q2, q3, q4]).map(([r, ids]) => `${r}:${ids}`)).toEqual([
      'back-to-back:q1+q2+q3',
      'back-to-back:q1+q2+q3+q4',
    ]);
  });
});
