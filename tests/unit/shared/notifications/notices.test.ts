import { describe, expect, it } from 'vitest';
import type { HomeItem } from '../../../../shared/thisWeek/homeItems';
import { dueNotices } from '../../../../shared/notifications/notices';

const retro = (overrides: Partial<HomeItem> = {}): HomeItem => ({
  key: 'retro:e1:2026-03-05',
  group: 'due',
  kind: 'retro',
  engagementId: 'e1',
  engagementName: 'Payments',
  title: 'Weekly retro 5 Mar 2026',
  detail: 'Not started yet.',
  date: '2026-03-05',
  time: '14:00',
  link: { to: 'section', section: 'retros' },
  ...overrides,
});

const checkIn = (date: string): HomeItem => ({
  key: 'check-in:e2',
  group: 'due',
  kind: 'check-in',
  engagementId: 'e2',
  engagementName: 'Search',
  title: 'Three-month check-in',
  detail: '',
  date,
  link: { to: 'section', section: 'wrap-up' },
});

const at = (hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

describe('dueNotices', () => {
  it('announces a retro from ten minutes before its start until it starts', () => {
    expect(dueNotices([retro()], '2026-03-05', at('13:49'), new Set())).toEqual([]);
    expect(dueNotices([retro()], '2026-03-05', at('13:50'), new Set()).map((n) => n.title)).toEqual([
      'Weekly retro at 14:00',
    ]);
    expect(dueNotices([retro()], '2026-03-05', at('13:59'), new Set())).toHaveLength(1);
    expect(dueNotices([retro()], '2026-03-05', at('14:00'), new Set())).toEqual([]);
  });

  it('not on another day, nor once the retro was started (it then links to the retro)', () => {
    expect(dueNotices([retro()], '2026-03-04', at('13:55'), new Set())).toEqual([]);
    expect(dueNotices([retro({ link: { to: 'retro', retroId: 'r1' } })], '2026-03-05', at('13:55'), new Set())).toEqual(
      [],
    );
  });

  it('announces a check-in due today or overdue, not one still to come', () => {
    expect(dueNotices([checkIn('2026-03-05')], '2026-03-05', 0, new Set()).map((n) => n.key)).toEqual([
      'check-in:e2:2026-03-05',
    ]);
    expect(dueNotices([checkIn('2026-03-01')], '2026-03-05', 0, new Set())).toHaveLength(1);
    expect(dueNotices([checkIn('2026-03-06')], '2026-03-05', 0, new Set())).toEqual([]);
  });

  it('says where a click goes: the wrap-up for a check-in, the retros for a retro', () => {
    expect(dueNotices([checkIn('2026-03-05')], '2026-03-05', 0, new Set())[0]).toMatchObject({
      engagementId: 'e2',
      link: { to: 'section', section: 'wrap-up' },
    });
    expect(dueNotices([retro()], '2026-03-05', at('13:55'), new Set())[0]).toMatchObject({
      engagementId: 'e1',
      link: { to: 'section', section: 'retros' },
    });
  });

  it('shows each notice once', () => {
    expect(dueNotices([checkIn('2026-03-05')], '2026-03-05', 0, new Set(['check-in:e2:2026-03-05']))).toEqual([]);
    // A new end date makes a new check-in: announced again.
    expect(dueNotices([checkIn('2026-03-04')], '2026-03-05', 0, new Set(['check-in:e2:2026-03-05']))).toHaveLength(1);
  });
});
