import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { RECORD_FILE_VERSION } from '../../../../shared/model/records/recordSchemas';
import { recordFile } from '../../support/engagementFolder';
import { faultyFs } from '../storage/faultyFs';
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
    const records = faultyFs();
    const { services, call } = openServices(tempDir(), {
      factory: disk.factory,
      storageFs: records,
      storageRetryDelayMs: () => 20,
    });
    const received: Parameters<EventSink>[] = [];
    services.setEventSink((channel, payload) => received.push([channel, payload]));

    disk.setFull(true);
    records.fail = { op: 'write', code: 'ENOSPC' };
    const created = await call('engagements:create', validInput({ name: 'Checkout MVP' }));
    services.flush();
    await vi.waitFor(() => expect(received.length).toBeGreaterThanOrEqual(7));

    const what = received.map(([, p]) => ('what' in p ? p.what : ''));
    // Each record of the engagement, named in words, and the index the list comes from.
    expect(what).toContain('The details and people in “Checkout MVP”');
    expect(what).toContain('the list of engagements');
    expect(received.find(([, p]) => 'what' in p && p.what === 'The details and people in “Checkout MVP”')).toEqual([
      'storage-error',
      {
        what: 'The details and people in “Checkout MVP”',
        message: expect.stringContaining('ENOSPC') as string,
        attempt: 1,
      },
    ]);
    const file = recordFile(tempDir(), created.id, 'engagement.json');
    expect(fs.existsSync(file)).toBe(false);
    // Nothing is lost in the meantime: the app still serves the engagement.
    expect((await call('engagements:get', { id: created.id })).name).toBe('Checkout MVP');

    disk.setFull(false);
    records.fail = null;
    // A retry that started while the disk was still full fails once more and is retried on
    // its timer: saving resumes by itself, so wait until nothing is left unsaved.
    await vi.waitFor(async () => expect(await services.flushAndWait(1_000)).toEqual([]), { timeout: 10_000 });
    await vi.waitFor(() => expect(fs.existsSync(file)).toBe(true));
    expect(readJson(file)).toMatchObject({ schemaVersion: RECORD_FILE_VERSION, name: 'Checkout MVP' });
    expect(services.queue.size).toBe(0);
    expect(services.queue.failing.size).toBe(0);
    expect(services.writer.failing.size).toBe(0);
  });
});
