import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventChannel } from '../../../../shared/channels';
import { NoticesFileSchema } from '../../../../shared/notifications/notices';
import { validInput } from '../../support/fixtures';
import { openServices, recordingPlatform, testClock, type Harness } from '../../support/services';
import { readJson, useTempDir } from '../../support/tempDir';

/** A local wall-clock time (the app notifies by the user's clock, whatever the time zone). */
const local = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).toISOString();

async function turnOn(h: Harness): Promise<void> {
  const settings = await h.call('settings:get', {});
  await h.call('settings:update', { ...settings, notifications: true });
}

describe('desktop notifications (main process, real files)', () => {
  const tempDir = useTempDir();
  const noticesFile = () => path.join(tempDir(), 'notices.json');

  it('a due check-in is announced once — when notifications are turned on — and never again after a restart', async () => {
    // Ended 2 Dec 2025: the check-in is due on 2 Mar 2026, "today".
    const clock = testClock(local(2026, 3, 2, 9, 0));
    const first = openServices(tempDir(), { clock });
    await first.call(
      'engagements:create',
      validInput({ name: 'Ledger', startDate: '2025-09-08', endDate: '2025-12-02', status: 'done' }),
    );

    // Off by default: nothing, and no file.
    expect(first.services.notifications.check()).toEqual([]);
    expect(first.platform.notices).toEqual([]);

    await turnOn(first);
    expect(first.platform.notices.map(({ title, body }) => ({ title, body }))).toEqual([
      { title: 'Three-month check-in due', body: 'Ledger: did the changes stick?' },
    ]);
    expect(first.services.notifications.check()).toEqual([]);
    clock.advance(60 * 60_000);
    expect(first.services.notifications.check()).toEqual([]);
    await first.settle();
    const onDisk = NoticesFileSchema.parse(readJson(noticesFile()));
    expect(Object.keys(onDisk.shown)).toEqual([expect.stringMatching(/^check-in:.+:2026-03-02$/)]);

    const platform = recordingPlatform();
    const second = openServices(tempDir(), { clock, platform });
    clock.advance(24 * 60 * 60_000);
    expect(second.services.notifications.check()).toEqual([]);
    expect(platform.notices).toEqual([]);
  });

  it('clicking it opens the engagement’s wrap-up; once the check-in is held it is no longer due', async () => {
    const clock = testClock(local(2026, 3, 5, 9, 0));
    const h = openServices(tempDir(), { clock });
    const e = await h.call(
      'engagements:create',
      validInput({ name: 'Ledger', startDate: '2025-09-08', endDate: '2025-12-02', status: 'done' }),
    );
    const events: { channel: EventChannel; payload: unknown }[] = [];
    h.services.setEventSink((channel, payload) => events.push({ channel, payload }));
    await turnOn(h);
    expect(h.platform.notices).toHaveLength(1);
    h.platform.notices[0]?.click();
    expect(events).toEqual([
      { channel: 'open-item', payload: { engagementId: e.id, link: { to: 'section', section: 'wrap-up' } } },
    ]);

    // Forget what was shown (notices.json gone): not held, it would be announced again…
    await h.settle();
    fs.rmSync(noticesFile(), { force: true });
    const control = openServices(tempDir(), { clock });
    expect(control.services.notifications.check().map((n) => n.title)).toEqual(['Three-month check-in due']);
    // …held, it is not due any more.
    await h.call('lifecycle:update', { engagementId: e.id, patch: { checkInDone: true, checkInHeldOn: '2026-03-05' } });
    await h.settle();
    fs.rmSync(noticesFile(), { force: true });
    const again = openServices(tempDir(), { clock });
    expect(again.services.settings.get().notifications).toBe(true);
    expect(again.services.notifications.check()).toEqual([]);
  });

  it('a weekly retro is announced in the ten minutes before it starts, by the local clock', async () => {
    // Thursday 5 Mar 2026, retro at 14:00 (the default slot).
    const clock = testClock(local(2026, 3, 5, 13, 45));
    const h = openServices(tempDir(), { clock });
    await h.call(
      'engagements:create',
      validInput({ name: 'Payments', startDate: '2026-03-02', endDate: '2026-05-11', status: 'active' }),
    );
    await turnOn(h);
    expect(h.platform.notices).toEqual([]);
    clock.set(local(2026, 3, 5, 13, 52));
    expect(h.services.notifications.check().map((n) => n.title)).toEqual(['Weekly retro at 14:00']);
    clock.set(local(2026, 3, 5, 13, 58));
    expect(h.services.notifications.check()).toEqual([]);
    // Next week's retro is a new one.
    clock.set(local(2026, 3, 12, 13, 55));
    expect(h.services.notifications.check().map((n) => n.title)).toEqual(['Weekly retro at 14:00']);
    expect(h.platform.notices).toHaveLength(2);
  });

  it('announces a check-in for four weeks from its day, not years of unticked ones at once', async () => {
    // Check-in days: 2 Mar 2026 (due today), 2 Feb 2026 (28 days ago), 1 Feb 2026 (29 days ago).
    const clock = testClock(local(2026, 3, 2, 9, 0));
    const h = openServices(tempDir(), { clock });
    await h.call(
      'engagements:create',
      validInput({ name: 'Today', startDate: '2025-09-08', endDate: '2025-12-02', status: 'done' }),
    );
    await h.call(
      'engagements:create',
      validInput({ name: 'Edge', startDate: '2025-08-04', endDate: '2025-11-02', status: 'done' }),
    );
    await h.call(
      'engagements:create',
      validInput({ name: 'Stale', startDate: '2025-08-04', endDate: '2025-11-01', status: 'done' }),
    );
    await turnOn(h);
    expect(h.platform.notices.map((n) => n.body).sort()).toEqual([
      'Edge: did the changes stick?',
      'Today: did the changes stick?',
    ]);
  });

  it('records only what was shown: a system without notifications gets them once it has them', async () => {
    const clock = testClock(local(2026, 3, 2, 9, 0));
    const platform = recordingPlatform();
    platform.canNotify = false;
    const h = openServices(tempDir(), { clock, platform });
    await h.call(
      'engagements:create',
      validInput({ name: 'Ledger', startDate: '2025-09-08', endDate: '2025-12-02', status: 'done' }),
    );
    await turnOn(h);
    expect(h.services.notifications.check()).toEqual([]);
    await h.settle();
    expect(fs.existsSync(noticesFile())).toBe(false);
    platform.canNotify = true;
    expect(h.services.notifications.check().map((n) => n.title)).toEqual(['Three-month check-in due']);
    expect(platform.notices).toHaveLength(1);
  });

  it('the timer checks shortly after start and then on its interval, until stopped', async () => {
    const clock = testClock(local(2026, 3, 2, 9, 0));
    const h = openServices(tempDir(), { clock });
    await h.call(
      'engagements:create',
      validInput({ name: 'Ledger', startDate: '2025-09-08', endDate: '2025-12-02', status: 'done' }),
    );
    const settings = await h.call('settings:get', {});
    h.services.settings.update({ ...settings, notifications: true });
    h.services.notifications.start(5, 10);
    await new Promise((resolve) => setTimeout(resolve, 50));
    h.services.notifications.stop();
    expect(h.platform.notices).toHaveLength(1);
  });

  it('a corrupt notices.json is quarantined and reported; one from a newer version is left alone and nothing is announced', async () => {
    const clock = testClock(local(2026, 3, 2, 9, 0));
    fs.mkdirSync(tempDir(), { recursive: true });
    fs.writeFileSync(noticesFile(), '{ not json');
    const first = openServices(tempDir(), { clock });
    expect(first.services.problems.map((p) => p.kind)).toEqual(['quarantined']);
    expect(fs.existsSync(noticesFile())).toBe(false);

    const newer = JSON.stringify({ schemaVersion: 99, shown: {}, future: true });
    fs.writeFileSync(noticesFile(), newer);
    const h = openServices(tempDir(), { clock });
    expect(h.services.problems.map((p) => p.kind)).toEqual(['newer-version']);
    await h.call(
      'engagements:create',
      validInput({ name: 'Ledger', startDate: '2025-09-08', endDate: '2025-12-02', status: 'done' }),
    );
    await turnOn(h);
    await h.settle();
    expect(h.platform.notices).toEqual([]);
    expect(fs.readFileSync(noticesFile(), 'utf8')).toBe(newer);
  });
});
