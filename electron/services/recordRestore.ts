import fs from 'node:fs';
import path from 'node:path';
import { formatDisplayDate } from '../../shared/dates';
import { kindOfPath } from '../../shared/model/records/recordPaths';
import { readRecord } from '../../shared/model/records/recordSchemas';
import { describeRecordIn } from '../../shared/model/records/recordWords';
import { MAX_RECORD_BYTES } from '../storage/readRecordFolder';
import { parseObject } from '../storage/writerStore';
import { layout } from './dataFolder';
import type { EngagementRepository } from './engagements';
import { AppError } from './errors';
import { listSnapshots } from './snapshots';

/** The record's bytes in one snapshot, when they are a regular file holding a valid record of its kind. */
function goodCopy(file: string, record: string): Buffer | null {
  const kind = kindOfPath(record);
  const stat = fs.lstatSync(file, { throwIfNoEntry: false });
  if (kind === null || !stat?.isFile() || stat.size > MAX_RECORD_BYTES) return null;
  try {
    const bytes = fs.readFileSync(file);
    return readRecord(kind, parseObject(bytes)).ok ? bytes : null;
  } catch {
    return null;
  }
}

/** The newest daily snapshot holding a good copy of an engagement's record, and its bytes. */
export function snapshotHolding(
  dataDir: string,
  engagementId: string,
  record: string,
): { day: string; bytes: Buffer } | null {
  const { snapshotsDir } = layout(dataDir);
  for (const day of listSnapshots(dataDir).reverse()) {
    const bytes = goodCopy(path.join(snapshotsDir, day, 'engagements', engagementId, ...record.split('/')), record);
    if (bytes) return { day, bytes };
  }
  return null;
}

/**
 * Restore from a snapshot: the newest good copy of a quarantined record is put back in its
 * engagement's folder, byte for byte, and the engagement read again. Refused, changing
 * nothing, while the record's file is there (it was not quarantined, or came back).
 */
export async function restoreRecord(
  dataDir: string,
  engagements: EngagementRepository,
  engagementId: string,
  record: string,
): Promise<{ snapshot: string }> {
  const name = engagements.list().find((s) => s.id === engagementId)?.name ?? null;
  const words = describeRecordIn(record, name);
  const found = snapshotHolding(dataDir, engagementId, record);
  if (!found) throw new AppError('not-found', `No snapshot holds a good copy of ${words.replace(/^The/, 'the')}.`);
  const target = path.join(layout(dataDir).engagementsDir, engagementId, ...record.split('/'));
  await engagements.settle(engagementId);
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  try {
    // 'wx': never over a file that is there; the snapshot's copy is written whole, then synced.
    fs.writeFileSync(target, found.bytes, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new AppError('storage', `${words} is in its folder already; nothing was restored.`);
    }
    throw error;
  }
  const reloaded = engagements.reloadFromDisk(engagementId);
  if (reloaded.how === 'busy')
    throw new AppError('storage', `${words} was put back, but the engagement is still saving.`);
  return { snapshot: formatDisplayDate(found.day) };
}
