import { describe, expect, it } from 'vitest';
import { localDateOf } from '../../../../shared/dates';
import { retroDateForWeek } from '../../../../shared/retro/rules';
import { validInput } from '../../support/fixtures';
import { doc, line, taskItem, taskList } from '../../support/notes';
import { openServices, recordingPlatform, testClock } from '../../support/services';
import { useTempDir } from '../../support/tempDir';
import { useTimeZone } from '../../support/timeZone';

// The app keeps the user's local date. At 10:30 UTC on Thursday 12 March 2026 it is already
// Friday the 13th on Kiritimati (UTC+14) and still Wednesday the 11th in Pago Pago (UTC−11).
const INSTANT = '2026-03-12T10:30:00.000Z';
// At noon UTC on Sunday 15 March it is Monday the 16th (a new ISO week) on Kiritimati.
const WEEK_EDGE = '2026-03-15T12:00:00.000Z';

describe.each([
  {
    zone: 'Pacific/Kiritimati',
    today: '2026-03-13',
    tomorrow: '2026-03-14',
    displayToday: '13 Mar 2026',
    retroAtEdge: '2026-03-19',
  },
  {
    zone: 'Pacific/Pago_Pago',
    today: '2026-03-11',
    tomorrow: '2026-03-12',
    displayToday: '11 Mar 2026',
    retroAtEdge: '2026-03-12',
  },
])('local dates at $zone', ({ zone, today, tomorrow, displayToday, retroAtEdge }) => {
  useTimeZone(zone);
  const tempDir = useTempDir();

  it('"today" is the local date', () => {
    expect(localDateOf(new Date(INSTANT))).toBe(today);
  });

  it('this week’s retro day is in the local week', () => {
    expect(retroDateForWeek(new Date(WEEK_EDGE), 'thu')).toBe(retroAtEdge);
  });

  it('an action item is closed on the local date', async () => {
    const { call } = openServices(tempDir(), { clock: testClock(INSTANT) });
    const engagement = await call('engagements:create', validInput());
    const retro = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
    const note = doc(taskList(taskItem({ id: 'runbook', owner: null, due: null }, 'Write the runbook')));
    await call('retros:saveNote', { engagementId: engagement.id, retroId: retro.id, section: 'doNextTime', doc: note });
    const closed = await call('retros:setActionItemDone', {
      engagementId: engagement.id,
      retroId: retro.id,
      itemId: 'runbook',
      done: true,
    });
    expect(JSON.stringify(closed.notes.doNextTime)).toContain(`"closedOn":"${today}"`);
  });

  it('the check-in can be held today, not tomorrow, by the local date', async () => {
    const { call, fail } = openServices(tempDir(), { clock: testClock(INSTANT) });
    const engagement = await call('engagements:create', validInput({ status: 'done' }));
    await fail(
      'lifecycle:update',
      { engagementId: engagement.id, patch: { checkInDone: true, checkInHeldOn: tomorrow } },
      'invalid-payload',
    );
    const held = await call('lifecycle:update', {
      engagementId: engagement.id,
      patch: { checkInDone: true, checkInHeldOn: today },
    });
    expect(held.checkInHeldOn).toBe(today);
  });

  it('an export says it was made on the local date', async () => {
    const platform = recordingPlatform();
    const { call } = openServices(tempDir(), { clock: testClock(INSTANT), platform });
    const engagement = await call('engagements:create', validInput());
    await call('project:saveNote', {
      engagementId: engagement.id,
      section: 'takeaways',
      doc: doc(line('Pair from day one')),
    });
    await call('project:export', { engagementId: engagement.id, format: 'markdown' });
    expect(platform.saved[0]?.contents).toContain(`_Exported from Aux Desk on ${displayToday}._`);
  });
});
