import type { InvokeChannel } from '../../../../shared/channels';
import type { RequestOf, ResponseOf } from '../../../../shared/ipc';
import { createMainServices, type MainServices } from '../../../../electron/services/mainServices';
import type { StorageFs } from '../../../../electron/storage/fileSystem';
import { recordingPlatform, testClock, valueOf } from '../../support/services';

export interface WriterHarness {
  services: MainServices;
  /** Every storage-error event, as the renderer gets it. */
  storageErrors: { what: string; message: string; attempt: number }[];
  /** Every storage-conflict event. */
  conflicts: { what: string; copy: string; how: 'changed' | 'deleted' }[];
  call: <C extends InvokeChannel>(channel: C, payload: RequestOf<C>) => Promise<ResponseOf<C>>;
  /** The error code and message a channel answers with. */
  failure: (channel: InvokeChannel, payload: unknown) => Promise<{ code: string; message: string }>;
}

/** createMainServices as main.ts makes it: documents through the writer, not `conf`. */
export function openWithWriter(
  dataDir: string,
  options: { fs?: StorageFs; writeDelayMs?: number; retryMs?: number } = {},
): WriterHarness {
  let n = 0;
  const storageErrors: WriterHarness['storageErrors'] = [];
  const conflicts: WriterHarness['conflicts'] = [];
  const services = createMainServices({
    dataDir,
    platform: recordingPlatform(),
    now: testClock().now,
    newId: () => `w-${++n}`,
    timeZone: () => 'Europe/Berlin',
    log: () => undefined,
    ...(options.writeDelayMs !== undefined ? { writeDelayMs: options.writeDelayMs } : {}),
    ...(options.fs ? { storageFs: options.fs } : {}),
    storageRetryDelayMs: () => options.retryMs ?? 20,
  });
  services.setEventSink((channel, payload) => {
    if (channel === 'storage-error') storageErrors.push(payload as WriterHarness['storageErrors'][number]);
    if (channel === 'storage-conflict') conflicts.push(payload as WriterHarness['conflicts'][number]);
  });
  return {
    services,
    storageErrors,
    conflicts,
    call: async <C extends InvokeChannel>(channel: C, payload: RequestOf<C>) =>
      valueOf(await services.dispatch(channel, payload)) as ResponseOf<C>,
    failure: async (channel, payload) => {
      const result = await services.dispatch(channel, payload);
      if (result.ok) throw new Error(`Expected ${channel} to fail`);
      return { code: result.error.code, message: result.error.message };
    },
  };
}
