import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Ritual } from '../../../../shared/model/planner';
import { validInput } from '../../support/fixtures';
import { parseWithIcalJs, parseWithPython } from '../../support/ics';
import { openServices, recordingPlatform, testClock, type Harness } from '../../support/services';
import { useTempDir } from '../../support/tempDir';
import { host } from './calendarExportWorld';

async function engagementWithWeek(harness: Harness, week: string) {
  const engagement = await harness.call(
    'engagements:create',
    validInput({
      name: 'Payments MVP',
      hostTeam: 'Checkout',
      people: host,
      startDate: '2026-03-02',
      endDate: '2026-04-10',
      status: 'active',
    }),
  );
  const scope = { kind: 'engagement', id: engagement.id } as const;
  const pairing = (partnerIds: string[], topic = '') => ({
    kind: 'pairing' as const,
    hours: 8,
    note: '',
    partnerIds,
    topic,
  });
  await harness.call('planner:saveWeek', {
    scope,
    week,
    plan: {
      days: {
        mon: pairing(['kenji'], 'CI pipeline; flaky tests'),
        tue: pairing(['ana']),
        wed: pairing(['kenji', 'ana']),
        thu: pairing(['ana']),
        fri: { kind: 'twenty', hours: 6, note: 'Home team sync', partnerIds: [], topic: '' },
      },
    },
  });
  const demo: Ritual = { id: 'demo', kind: 'demo', name: 'Demo', days: ['fri'], time: '16:00', minutes: 30 };
  await harness.call('planner:saveRitual', { engagementId: engagement.id, ritual: demo });
  return { engagement, scope };
}

describe('calendar export (.ics)', () => {
  const tempDir = useTempDir();

  async function exportOnce(
    harness: Harness,
    scope: { kind: 'engagement'; id: string } | { kind: 'plain' },
    week: string,
  ) {
    const before = harness.platform.saved.length;
    const result = await harness.call('planner:exportWeek', { scope, week });
    const saved = harness.platform.saved[before];
    if (!saved) throw new Error('nothing was saved');
    const file = path.join(tempDir(), saved.name);
    fs.writeFileSync(file, saved.contents);
    return { result, saved, file, events: parseWithIcalJs(saved.contents) };
  }

  it('exports the week: pairing blocks, the 20% block, rituals and the recurring retro, in the user’s time zone', async () => {
    const harness = openServices(tempDir(), { timeZone: 'Europe/Berlin' });
    // The week after Europe's clocks go forward (29 Mar 2026).
    const { scope, engagement } = await engagementWithWeek(harness, '2026-W14');
    const { result, saved, events } = await exportOnce(harness, scope, '2026-W14');

    expect(saved.name).toBe('payments-mvp-2026-W14.ics');
    expect(result).toEqual({ path: '/exports/payments-mvp-2026-W14.ics', events: 7 });
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(events).toHaveLength(7);
    for (const event of events) expect(event.tzid).toBe('Europe/Berlin');

    const monday = byUid.get(`day-${engagement.id}-2026-03-30@aux-desk.local`);
    expect(monday).toMatchObject({
      summary: 'Pairing with Kenji Sato (Checkout)',
      // 09:00 in Berlin, summer time: 07:00 UTC, for 8 hours.
      start: '2026-03-30T07:00:00.000Z',
      end: '2026-03-30T15:00:00.000Z',
    });
    expect(byUid.get(`day-${engagement.id}-2026-04-01@aux-desk.local`)?.summary).toBe(
      'Pairing with Kenji Sato, Zoë Ångström (Checkout)',
    );
    expect(byUid.get(`day-${engagement.id}-2026-04-03@aux-desk.local`)).toMatchObject({
      summary: '20% time (protected)',
      start: '2026-04-03T07:00:00.000Z',
      end: '2026-04-03T13:00:00.000Z',
    });
    expect(byUid.get(`ritual-${engagement.id}-demo-2026-04-03@aux-desk.local`)).toMatchObject({
      summary: 'Demo (Checkout)',
      start: '2026-04-03T14:00:00.000Z',
      end: '2026-04-03T14:30:00.000Z',
    });

    // The weekly retro: Thursdays 14:00 Berlin from the first week to the last, same wall-clock
    // time on both sides of the DST change.
    const retro = byUid.get(`retro-${engagement.id}@aux-desk.local`);
    expect(retro?.rrule).toBe('FREQ=WEEKLY;BYDAY=TH;UNTIL=20260410T215959Z');
    expect(retro?.occurrences).toEqual([
      '2026-03-05T13:00:00.000Z',
      '2026-03-12T13:00:00.000Z',
      '2026-03-19T13:00:00.000Z',
      '2026-03-26T13:00:00.000Z',
      '2026-04-02T12:00:00.000Z',
      '2026-04-09T12:00:00.000Z',
    ]);
  });

  it('reads the same in an independent parser (Python, IANA database), within the line rules of RFC 5545', async () => {
    const harness = openServices(tempDir(), { timeZone: 'America/New_York' });
    const { scope, engagement } = await engagementWithWeek(harness, '2026-W10');
    const { file, events } = await exportOnce(harness, scope, '2026-W10');
    const python = parseWithPython(file);

    expect(python.problems).toEqual([]);
    expect(python.events.map((e) => e.uid).sort()).toEqual(events.map((e) => e.uid).sort());
    for (const event of python.events) {
      const ours = events.find((e) => e.uid === event.uid);
      // Python converts with its own zone data; ical.js with the file's VTIMEZONE: they agree.
      expect(event.dtstart_tzid).toBe('America/New_York');
      expect(`${event.dtstart.slice(0, 19)}.000Z`).toBe(ours?.start);
      expect(`${event.dtend.slice(0, 19)}.000Z`).toBe(ours?.end);
      expect(event.summary).toBe(ours?.summary);
    }
    // Before US clocks go forward (Sunday 8 Mar 2026): 09:00 EST is 14:00 UTC.
    expect(python.events.find((e) => e.uid === `day-${engagement.id}-2026-03-02@aux-desk.local`)?.dtstart).toBe(
      '2026-03-02T14:00:00Z',
    );
    const retro = python.events.find((e) => e.uid === `retro-${engagement.id}@aux-desk.local`);
    expect(retro?.rrule).toMatch(/^FREQ=WEEKLY;BYDAY=TH;UNTIL=\d{8}T\d{6}Z$/);
    expect(retro?.dtstart).toBe('2026-03-05T19:00:00Z');
    // Its last occurrence (9 Apr) is after the change: 14:00 EDT, 18:00 UTC, by ical.js and the VTIMEZONE.
    expect(events.find((e) => e.uid === retro?.uid)?.occurrences.at(-1)).toBe('2026-04-09T18:00:00.000Z');
  });

  it('keeps UIDs stable across exports, raises SEQUENCE, and follows the edits', async () => {
    const clock = testClock('2026-03-30T08:00:00.000Z');
    const harness = openServices(tempDir(), { clock, timeZone: 'Europe/Berlin' });
    const { scope, engagement } = await engagementWithWeek(harness, '2026-W14');
    const first = await exportOnce(harness, scope, '2026-W14');

    clock.advance(5 * 60_000);
    const plan = await harness.call('planner:get', { scope });
    const week = plan.weeks['2026-W14'];
    if (!week?.days.fri) throw new Error('week not saved');
    await harness.call('planner:saveWeek', {
      scope,
      week: '2026-W14',
      plan: { days: { ...week.days, fri: { ...week.days.fri, kind: 'pairing', partnerIds: ['kenji'] } } },
    });
    const second = await exportOnce(harness, scope, '2026-W14');

    expect(second.events.map((e) => e.uid).sort()).toEqual(first.events.map((e) => e.uid).sort());
    const friday = `day-${engagement.id}-2026-04-03@aux-desk.local`;
    expect(first.events.find((e) => e.uid === friday)?.summary).toBe('20% time (protected)');
    expect(second.events.find((e) => e.uid === friday)?.summary).toBe('Pairing with Kenji Sato (Checkout)');
    const sequence = (text: string) => Number(/^SEQUENCE:(\d+)\r$/m.exec(text)?.[1]);
    expect(sequence(second.saved.contents)).toBe(sequence(first.saved.contents) + 5);

    // Another week of the same engagement: the retro keeps its UID, the days get their own.
    const other = await exportOnce(harness, scope, '2026-W15');
    expect(other.events.filter((e) => first.events.some((f) => f.uid === e.uid)).map((e) => e.uid)).toEqual([
      `retro-${engagement.id}@aux-desk.local`,
    ]);
  });

  it('exports a plain week as its day blocks only, from the template when unplanned', async () => {
    const harness = openServices(tempDir(), { timeZone: 'UTC' });
    const { result, events, saved } = await exportOnce(harness, { kind: 'plain' }, '2026-W53');
    expect(saved.name).toBe('aux-desk-2026-W53.ics');
    expect(result.events).toBe(5);
    expect(events.map((e) => [e.summary, e.start])).toEqual([
      ['Pairing with the host team', '2026-12-28T09:00:00.000Z'],
      ['Pairing with the host team', '2026-12-29T09:00:00.000Z'],
      ['Pairing with the host team', '2026-12-30T09:00:00.000Z'],
      ['Pairing with the host team', '2026-12-31T09:00:00.000Z'],
      ['20% time (protected)', '2027-01-01T09:00:00.000Z'],
    ]);
    expect(events.every((e) => e.uid.startsWith('day-plain-'))).toBe(true);
  });

  it('adds the kick-off, the three-month check-in and follow-ups due in the exported week', async () => {
    const harness = openServices(tempDir(), { timeZone: 'UTC' });
    // Ends 10 Apr 2026: the check-in is on 10 Jul 2026 (2026-W28).
    const { scope, engagement } = await engagementWithWeek(harness, '2026-W10');
    await harness.call('lifecycle:update', {
      engagementId: engagement.id,
      patch: {
        kickoffDate: '2026-03-03',
        followUps: [
          {
            id: 'f1',
            person: 'Kenji Sato',
            role: 'Tech lead',
            cadence: 'quarterly',
            lastContact: '2026-04-08',
            log: [],
          },
        ],
      },
    });
    const kickoffWeek = await exportOnce(harness, scope, '2026-W10');
    expect(
      kickoffWeek.events.filter((e) => e.uid.startsWith('kickoff-')).map((e) => [e.summary, e.start, e.end]),
    ).toEqual([['Kick-off: Checkout', '2026-03-03T09:00:00.000Z', '2026-03-03T10:00:00.000Z']]);
    const checkInWeek = await exportOnce(harness, scope, '2026-W28');
    // Besides the recurring weekly retro, which every export of the engagement carries:
    expect(
      checkInWeek.events.filter((e) => !e.uid.startsWith('retro-')).map((e) => [e.uid, e.summary, e.start]),
    ).toEqual([
      [`checkin-${engagement.id}@aux-desk.local`, 'Three-month check-in: Checkout', '2026-07-10T09:00:00.000Z'],
      [
        `followup-${engagement.id}-f1-2026-07-08@aux-desk.local`,
        'Follow up with Kenji Sato',
        '2026-07-08T09:00:00.000Z',
      ],
    ]);
    expect(checkInWeek.result.events).toBe(3);
  });

  it('says where the file went, or that the user cancelled', async () => {
    const cancelling = openServices(tempDir(), {
      platform: recordingPlatform({ saveFile: () => Promise.resolve(null) }),
    });
    expect(await cancelling.call('planner:exportWeek', { scope: { kind: 'plain' }, week: '2026-W02' })).toEqual({
      path: null,
      events: 5,
    });
  });
});
