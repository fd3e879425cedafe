import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGAGEMENT_FILE_VERSION } from '../../../../shared/model/files';
import { confStoreFactory } from '../../support/confStoreFactory';
import type { EventSink } from '../../../../electron/services/mainServices';
import type { StoreFactory } from '../../../../electron/services/storeFiles';
import { validInput } from '../../support/fixtures';
import { openServices } from '../../support/services';
import { readJson, useTempDir } from '../../support/tempDir';

/** A disk that refuses writes while `full` is true, like a full or read-only volume. */
function flakyDisk(): { factory: StoreFactory; setFull: (full: boolean) => void } {
  let full = false;
  const factory: StoreFactory = (cwd, name) => {
    const store = confStoreFactory(cwd, name);
    return {
      path: store.path,
      read: () => store.read(),
      write: (doc) => {
        if (full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        store.write(doc);
      },
    };
  };
  return { factory, setFull: (value) => (full = value) };
}

describe('a save that fails', () => {
  const tempDir = useTempDir();

  it('tells the renderer which engagement could not be saved, keeps the data and writes it once the disk recovers', async () => {
    const disk = flakyDisk();
    const { services, call } = openServices(tempDir(), { factory: disk.factory });
    const received: Parameters<EventSink>[] = [];
    services.setEventSink((channel, payload) => received.push([channel, payload]));

    disk.setFull(true);
    const created = await call('engagements:create', validInput({ name: 'Checkout MVP' }));
    expect(await services.flushAndWait(10_000)).toEqual([]);

    const engagementErrors = received.filter(([, p]) => 'what' in p && p.what === 'engagement “Checkout MVP”');
    expect(engagementErrors).toEqual([
      ['storage-error', { what: 'engagement “Checkout MVP”', message: 'ENOSPC: no space left on device', attempt: 1 }],
    ]);
    expect(received.map(([, p]) => ('what' in p ? p.what : ''))).toContain('the list of engagements');
    const file = path.join(tempDir(), 'engagements', `${created.id}.json`);
    expect(fs.existsSync(file)).toBe(false);
    // Nothing is lost in the meantime: the app still serves the engagement.
    expect((await call('engagements:get', { id: created.id })).name).toBe('Checkout MVP');

    disk.setFull(false);
    expect(await services.flushAndWait(10_000)).toEqual([]);
    expect(readJson(file)).toMatchObject({
      schemaVersion: ENGAGEMENT_FILE_VERSION,
      engagement: { name: 'Checkout MVP' },
    });
    expect(services.queue.size).toBe(0);
    expect(services.queue.failing.size).toBe(0);
  });
});
