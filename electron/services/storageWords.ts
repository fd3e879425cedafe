import path from 'node:path';
import { describeRecordIn } from '../../shared/model/records/recordWords';
import { layout, relativeToData } from './dataFolder';
import { NOTICES_NAME } from './notifications';
import { PLAIN_PLANNER_KEY } from './planner';

/**
 * What a failed or unsaved write is about, in the user's words: "your settings", "The retro
 * of 12 Mar 2026 in “Payments MVP”", never a file name or a UUID. By the write queue's key
 * (`settings`, `engagement:<id>`…) or by the file's path.
 */
export function storageWords(dataDir: string, engagementName: (id: string) => string | null) {
  const describeKey = (key: string): string => {
    if (key === 'settings') return 'your settings';
    if (key === 'index') return 'the list of engagements';
    if (key === PLAIN_PLANNER_KEY) return 'your plain-week plans (planner.json)';
    if (key === NOTICES_NAME) return 'the list of notifications already shown (notices.json)';
    if (key === 'problems') return 'the problems kept for the start-up banner (problems.json)';
    const name = engagementName(key.replace(/^engagement:/, ''));
    return name ? `engagement “${name}”` : 'an engagement';
  };
  const { settingsName, indexName, engagementsDir } = layout(dataDir);
  const describeFile = (file: string): string => {
    const top = path.resolve(path.dirname(file)) === path.resolve(dataDir) ? path.basename(file, '.json') : null;
    if (top === settingsName) return describeKey('settings');
    if (top === indexName) return describeKey('index');
    if (top === PLAIN_PLANNER_KEY || top === NOTICES_NAME || top === 'problems') return describeKey(top);
    if (top === 'outbox') return 'the outbox (mail waiting to be sent)';
    if (top === 'mail') return 'your mail settings (mail.json)';
    if (path.resolve(path.dirname(file)) === path.resolve(engagementsDir))
      return describeKey(path.basename(file, '.json'));
    const record = recordOf(file);
    if (record) return describeRecordIn(record.rel, engagementName(record.id));
    return relativeToData(dataDir, file);
  };
  /** A record file of an engagement's folder: its engagement's id and its path inside the folder. */
  const recordOf = (file: string): { id: string; rel: string } | null => {
    const [id, ...rest] = path.relative(engagementsDir, file).split(path.sep);
    if (id === undefined || id === '..' || rest.length === 0 || path.isAbsolute(id)) return null;
    return { id, rel: rest.join('/') };
  };
  /** At quit, an engagement's records are named by their engagement alone: one line each. */
  const describeUnsaved = (file: string): string => {
    const record = recordOf(file);
    return record ? describeKey(`engagement:${record.id}`) : describeFile(file);
  };
  return { describeKey, describeFile, describeUnsaved };
}
