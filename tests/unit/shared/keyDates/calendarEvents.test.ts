import { describe, expect, it } from 'vitest';
import { lifecycleCalendarEvents } from '../../../../shared/keyDates/calendarEvents';

const base = {
  engagement: { id: 'e1', name: 'Payments MVP', hostTeam: 'Checkout', endDate: '2026-03-16' },
  settings: { dayStart: '09:00' },
};
const none = { kickoffDate: null, checkInDone: false, followUps: [] };

describe('lifecycleCalendarEvents', () => {
  it('adds the kick-off in its week, not in others', () => {
    const lifecycle = { ...none, kickoffDate: '2026-01-06' };
    const events = lifecycleCalendarEvents({ ...base, key: '2026-W02', lifecycle });
    expect(events).toEqual([
      expect.objectContaining({
        uid: 'kickoff-e1@aux-desk.local',
        title: 'Kick-off: Checkout',
        date: '2026-01-06',
        start: '09:00',
        minutes: 60,
      }),
    ]);
    expect(lifecycleCalendarEvents({ ...base, key: '2026-W03', lifecycle })).toEqual([]);
  });

  it('adds the three-month check-in (end + 3 months) until it is held', () => {
    // 16 Jun 2026 is in 2026-W25.
    expect(lifecycleCalendarEvents({ ...base, key: '2026-W25', lifecycle: none }).map((e) => [e.uid, e.date])).toEqual([
      ['checkin-e1@aux-desk.local', '2026-06-16'],
    ]);
    expect(lifecycleCalendarEvents({ ...base, key: '2026-W25', lifecycle: { ...none, checkInDone: true } })).toEqual(
      [],
    );
  });

  it('adds follow-ups due that week, with a UID per due date', () => {
    const followUps = [
      { id: 'f1', person: 'Kenji', role: 'Tech lead', cadence: 'monthly' as const, lastContact: '2026-04-01', log: [] },
      { id: 'f2', person: 'Mia', role: '', cadence: 'monthly' as const, lastContact: '2026-04-20', log: [] },
    ];
    // Kenji due 1 May 2026 (W18); Mia 20 May (W21).
    const events = lifecycleCalendarEvents({ ...base, key: '2026-W18', lifecycle: { ...none, followUps } });
    expect(events.map((e) => [e.uid, e.title, e.description, e.date])).toEqual([
      ['followup-e1-f1-2026-05-01@aux-desk.local', 'Follow up with Kenji', 'Tech lead · Checkout', '2026-05-01'],
    ]);
  });
});
