import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validInput } from '../../support/fixtures';
import { parseWithIcalendar, parseWithIcalJs, parseWithPython, physicalLines } from '../../support/ics';
import { openServices, testClock, type Harness } from '../../support/services';
import { useTempDir } from '../../support/tempDir';
import { host } from './calendarExportWorld';

describe('the .ics as other software reads it (issue 12)', () => {
  const tempDir = useTempDir();

  /** An engagement named with a comma, non-ASCII people, a kick-off and a follow-up in 2026-W10. */
  async function kickOffWeek(harness: Harness) {
    const engagement = await harness.call(
      'engagements:create',
      validInput({
        name: 'Search, EU',
        hostTeam: '',
        people: host,
        startDate: '2026-03-02',
        endDate: '2026-04-10',
        status: 'active',
      }),
    );
    const scope = { kind: 'engagement', id: engagement.id } as const;
    await harness.call('planner:saveWeek', {
      scope,
      week: '2026-W10',
      plan: {
        days: {
          // Every TEXT special: comma, semicolon, backslash and a line break.
          mon: {
            kind: 'off',
            hours: 8,
            note: 'Dentist; then back, maybe \\ later\ncall Zoë\nbring the ≥ 80% chart',
            partnerIds: [],
            topic: '',
          },
          tue: {
            kind: 'pairing',
            hours: 8,
            note: '',
            partnerIds: ['ana'],
            topic: 'Ångström’s “big” refactor ≥ 3 modules — naïve café façade, ünïcödé everywhere 🚀🚀🚀',
          },
        },
      },
    });
    await harness.call('lifecycle:update', { engagementId: engagement.id, patch: { kickoffDate: '2026-03-03' } });
    return { engagement, scope };
  }

  async function exportFile(harness: Harness, scope: { kind: 'engagement'; id: string }, week: string) {
    const before = harness.platform.saved.length;
    await harness.call('planner:exportWeek', { scope, week });
    const saved = harness.platform.saved[before];
    if (!saved) throw new Error('nothing was saved');
    const file = path.join(tempDir(), saved.name);
    fs.writeFileSync(file, saved.contents);
    return { contents: saved.contents, file };
  }

  it('writes an engagement named “Search, EU” as one category, not two (ical.js and Python read it so)', async () => {
    const harness = openServices(tempDir(), { timeZone: 'Europe/Berlin' });
    const { engagement, scope } = await kickOffWeek(harness);
    const { contents, file } = await exportFile(harness, scope, '2026-W10');

    const kickOff = parseWithIcalJs(contents).find((e) => e.uid === `kickoff-${engagement.id}@aux-desk.local`);
    expect(kickOff?.categories).toEqual(['Aux Desk', 'Search, EU']);
    expect(kickOff?.summary).toBe('Kick-off: Search, EU');
    const python = parseWithPython(file).events.find((e) => e.uid === kickOff?.uid);
    expect(python?.categories).toEqual(['Aux Desk', 'Search, EU']);
    expect(parseWithIcalendar(file).name).toBe('Aux Desk: Search, EU');
  });

  it('folds at 75 octets, never inside a character, and every reader gets the text back as entered', async () => {
    const harness = openServices(tempDir(), { timeZone: 'Europe/Berlin' });
    const { engagement, scope } = await kickOffWeek(harness);
    const { contents, file } = await exportFile(harness, scope, '2026-W10');

    const tooLong = physicalLines(contents).filter((l) => l.octets > 75);
    expect(tooLong).toEqual([]);
    const python = parseWithPython(file);
    expect(python.problems).toEqual([]);

    const icalJs = parseWithIcalJs(contents);
    const byUid = new Map(icalJs.map((e) => [e.uid, e]));
    const monday = byUid.get(`day-${engagement.id}-2026-03-02@aux-desk.local`);
    expect(monday?.summary).toBe('Off: Dentist; then back, maybe \\ later');
    expect(monday?.description).toBe('Dentist; then back, maybe \\ later\ncall Zoë\nbring the ≥ 80% chart');
    expect(byUid.get(`day-${engagement.id}-2026-03-03@aux-desk.local`)?.description).toBe(
      'On: Ångström’s “big” refactor ≥ 3 modules — naïve café façade, ünïcödé everywhere 🚀🚀🚀\nPlanned: 8 h',
    );
    expect(byUid.get(`kickoff-${engagement.id}@aux-desk.local`)?.description).toBe(
      'Testing framework, coverage target (≥ 80%), MVP and technical approach, timeline and MVP date, retro cadence.',
    );

    // Python's stdlib reading and python3-icalendar agree with ical.js on texts and times.
    const icalendar = parseWithIcalendar(file);
    for (const ours of icalJs) {
      const stdlib = python.events.find((e) => e.uid === ours.uid);
      expect(stdlib?.summary).toBe(ours.summary);
      expect(stdlib?.description ?? null).toBe(ours.description);
      expect(stdlib?.categories).toEqual(ours.categories);
      expect(`${stdlib?.dtstart.slice(0, 19) ?? ''}.000Z`).toBe(ours.start);
      const other = icalendar.events.find((e) => e.uid === ours.uid);
      expect(`${other?.dtstart.slice(0, 19) ?? ''}.000Z`).toBe(ours.start);
      expect(`${other?.dtend.slice(0, 19) ?? ''}.000Z`).toBe(ours.end);
      // icalendar 4.0.3 reads `\\n` (a backslash, then n) as a line break: compare text without one.
      if (!ours.description?.includes('\\')) expect(other?.description).toBe(ours.description ?? '');
      expect(other?.summary.replace(/\\/g, '')).toBe(ours.summary.replace(/\\/g, ''));
    }
  });

  it('stamps every event (DTSTAMP) with the services’ clock, not the machine’s', async () => {
    const clock = testClock('2031-07-04T06:05:04.000Z');
    const harness = openServices(tempDir(), { clock, timeZone: 'Pacific/Kiritimati' });
    const { scope } = await kickOffWeek(harness);
    const { contents, file } = await exportFile(harness, scope, '2026-W10');

    const stamps = contents.split('\r\n').filter((l) => l.startsWith('DTSTAMP'));
    expect(stamps.length).toBeGreaterThan(3);
    expect(new Set(stamps)).toEqual(new Set(['DTSTAMP:20310704T060504Z']));
    expect(new Set(parseWithIcalJs(contents).map((e) => e.stamp))).toEqual(new Set(['2031-07-04T06:05:04.000Z']));
    expect(new Set(parseWithPython(file).events.map((e) => e.dtstamp))).toEqual(new Set(['2031-07-04T06:05:04Z']));
    expect(new Set(parseWithIcalendar(file).events.map((e) => e.dtstamp))).toEqual(new Set(['2031-07-04T06:05:04Z']));
  });
});
