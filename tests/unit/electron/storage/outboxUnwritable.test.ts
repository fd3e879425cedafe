import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Outbox } from '../../../../electron/services/mail/outbox';
import { FileWriter } from '../../../../electron/storage/fileWriter';
import { writerStoreFactory } from '../../../../electron/storage/writerStore';
import { useTempDir } from '../../support/tempDir';
import { faultyFs, type FaultyFs } from './faultyFs';

const message = (id: string) => ({
  id,
  messageId: `<${id}@example.com>`,
  engagementId: 'e-1',
  retroId: 'r-1',
  subject: 'Notes',
  to: ['ada@example.com'],
  createdAt: '2026-03-05T16:00:00.000Z',
  raw: 'Subject: Notes\r\n\r\nHi\r\n',
  envelope: { from: 'aux@example.com', to: ['ada@example.com'] },
});

describe('a mail queued while outbox.json cannot be written', () => {
  const tempDir = useTempDir();
  const outboxOver = (disk: FaultyFs) => {
    const writer = new FileWriter({ fs: disk, retryDelayMs: () => 20, onError: () => undefined });
    const sent: string[] = [];
    const outbox = new Outbox({
      dataDir: tempDir(),
      factory: writerStoreFactory(writer),
      now: () => new Date('2026-03-05T16:00:00.000Z'),
      report: () => undefined,
      log: () => undefined,
      onChange: () => undefined,
      transport: () =>
        Promise.resolve({
          send: (item) => {
            sent.push(item.id);
            return Promise.resolve(null);
          },
        }),
    });
    outbox.load();
    return { outbox, writer, sent };
  };
  const onDisk = () =>
    fs.existsSync(path.join(tempDir(), 'outbox.json'))
      ? (
          JSON.parse(fs.readFileSync(path.join(tempDir(), 'outbox.json'), 'utf8')) as { messages: { id: string }[] }
        ).messages.map((m) => m.id)
      : [];

  it('is not acknowledged: the caller gets a clear error, nothing is sent, and it is not retried behind the user’s back', async () => {
    const disk = faultyFs();
    const { outbox, writer, sent } = outboxOver(disk);
    try {
      disk.fail = { op: 'write', code: 'ENOSPC' };
      await expect(outbox.enqueue(message('m-1'))).rejects.toMatchObject({
        code: 'storage',
        message: expect.stringContaining('was not queued and not sent') as string,
      });
      expect(outbox.list()).toEqual([]);
      disk.fail = null;
      expect(await writer.drain(1000)).toEqual([]);
      expect(onDisk()).toEqual([]);
      expect(sent).toEqual([]);
    } finally {
      await outbox.stop();
    }
  });

  it('once it can be written, is acknowledged only when outbox.json on disk holds it', async () => {
    const { outbox } = outboxOver(faultyFs());
    try {
      const queued = await outbox.enqueue(message('m-2'));
      expect(onDisk()).toEqual([queued.id]);
    } finally {
      await outbox.stop();
    }
  });
});
