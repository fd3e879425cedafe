import fs from 'node:fs';
import path from 'node:path';
import type { StartupProblem } from '../../shared/ipc';
import { ENGAGEMENT_FILE_VERSION, EngagementFileSchema, type EngagementFile } from '../../shared/model/files';
import { migrateEngagementFile } from '../../shared/model/migrations';
import { assembleEngagement } from '../../shared/model/records/assembleEngagement';
import { describeRecordIn } from '../../shared/model/records/recordWords';
import type { FileWriter } from '../storage/fileWriter';
import { readRecordFolder } from '../storage/readRecordFolder';
import { RecordFolder } from '../storage/recordFolder';
import { recoverUpgrades, upgradeToFolder, type UpgradeOptions } from '../storage/upgradeToFolder';
import { makePrivateDir } from './privateFiles';
import { quarantineCopy, quarantineFile, relativeToData } from './dataFolder';
import { readDocument } from './documents';
import { snapshotHolding } from './recordRestore';
import type { StoreFactory } from './storeFiles';

export interface FolderDeps {
  dataDir: string;
  engagementsDir: string;
  writer: FileWriter;
  factory: StoreFactory;
  now: () => Date;
  newId: () => string;
  report: (problem: StartupProblem) => void;
  /** The upgrade's drill hook (tests stop it after a step, as a kill or a full disk would). */
  upgrade?: UpgradeOptions;
  /**
   * A team workspace's folder: its files are the team's (git's), so an unusable record is
   * copied to quarantine and left in place, never written over; moving it out would delete
   * it for everyone at the next commit.
   */
  shared?: true;
}

/** An engagement as opened: its document, and the folder it saves to (null until an old file's upgrade is written). */
export interface OpenedEngagement {
  doc: EngagementFile;
  folder: RecordFolder | null;
  /** Set while the engagement still lives in its old one-file form: the format to back it up as. */
  upgradeFrom: number | null;
  /** A record was written by a newer version of Aux Desk: nothing of this engagement is written over. */
  readOnly: boolean;
}

const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;
const OLD_FILE_RE = /^([A-Za-z0-9_-]{1,64})\.json$/;

export interface FoundEngagements {
  /** Ids with a folder (layout 10). */
  folders: string[];
  /** Ids with only an old one-file engagement (`<id>.json`, format 9 or earlier). */
  files: string[];
}

/**
 * The engagements in engagements/: a folder per engagement, or an old `<id>.json` not yet
 * upgraded. Anything else is left alone; an `<id>.json` or `<id>` that is not a regular
 * file or folder (a link, a pipe) is reported and never opened.
 */
export function findEngagements(
  dataDir: string,
  engagementsDir: string,
  report: (p: StartupProblem) => void,
): FoundEngagements {
  const found: FoundEngagements = { folders: [], files: [] };
  const entries = fs.readdirSync(engagementsDir, { withFileTypes: true });
  const names = new Set(entries.map((e) => e.name));
  const skip = (name: string) =>
    report({
      kind: 'quarantined',
      file: relativeToData(dataDir, path.join(engagementsDir, name)),
      movedTo: null,
      message: `engagements/${name} is not a regular file or folder (a link, a pipe or a device); it was left in place, unread.`,
    });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (ID_RE.test(entry.name)) {
      if (entry.isDirectory()) found.folders.push(entry.name);
      else skip(entry.name);
      continue;
    }
    const id = OLD_FILE_RE.exec(entry.name)?.[1];
    if (id === undefined || names.has(id)) continue;
    if (entry.isFile()) found.files.push(id);
    else skip(entry.name);
  }
  return found;
}

/**
 * What a folder of engagements holds, after finishing upgrades a kill cut short; nothing
 * (and a problem) when it cannot be read.
 */
export function findEngagementsIn(deps: FolderDeps, log?: (message: string, error: unknown) => void): FoundEngagements {
  try {
    makePrivateDir(deps.engagementsDir);
    for (const done of recoverUpgrades(deps.engagementsDir)) log?.(`Upgrade recovery: ${done}`, null);
    return findEngagements(deps.dataDir, deps.engagementsDir, deps.report);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const shown = relativeToData(deps.dataDir, deps.engagementsDir);
    const why = code === 'EEXIST' || code === 'ENOTDIR' ? `${shown} is not a folder` : String(error);
    deps.report({
      kind: 'quarantined',
      file: `${shown}/`,
      movedTo: null,
      message: `The engagements could not be read: ${why}. Nothing was changed; move it aside and restart.`,
    });
    return { folders: [], files: [] };
  }
}

/** Why an opened folder is not taken: it holds another engagement, or one already open from another folder. */
export function misplacedProblem(
  deps: Pick<FolderDeps, 'dataDir'>,
  id: string,
  opened: OpenedEngagement,
  root: string,
  heldRoot: string | null,
): StartupProblem | null {
  const other = opened.doc.engagement.id !== id;
  if (!other && (heldRoot === null || heldRoot === root)) return null;
  const shown = `${relativeToData(deps.dataDir, path.join(root, id))}/`;
  const why = other
    ? `holds engagement ${opened.doc.engagement.id}`
    : `is the same engagement as one already open from ${heldRoot ?? ''}`;
  return {
    kind: 'quarantined',
    file: shown,
    movedTo: null,
    message: `${shown} ${why}; it was skipped and left in place.`,
  };
}

function problemOf(
  deps: FolderDeps,
  id: string,
  name: string | null,
  rel: string,
  message: string,
): Omit<StartupProblem, 'kind' | 'movedTo'> & { engagementId: string } {
  return {
    file: relativeToData(deps.dataDir, path.join(deps.engagementsDir, id, ...rel.split('/'))),
    message: `${describeRecordIn(rel, name)} could not be read: ${message}`,
    engagementId: id,
    record: rel,
  };
}

type ProblemWords = ReturnType<typeof problemOf>;

/** Moves one unusable record to quarantine/, byte for byte, and says so; left in place (and held) when it cannot be moved. */
function quarantineRecord(deps: FolderDeps, dir: string, rel: string, words: ProblemWords, held: Set<string>): void {
  const file = path.join(dir, ...rel.split('/'));
  const message = words.message.replace(/\.$/, '');
  if (deps.shared) {
    held.add(rel);
    let copied: string | null = null;
    try {
      copied = relativeToData(deps.dataDir, quarantineCopy(deps.dataDir, file, deps.now()));
    } catch {
      // The copy is a convenience: the file itself stays in the workspace, untouched.
    }
    deps.report({
      kind: 'quarantined',
      ...words,
      movedTo: copied,
      message: `${message}. It comes from the team workspace, so it was left in place and is not written over${copied ? ' (a copy is in the quarantine folder)' : ''}; the rest of the engagement is here.`,
    });
    return;
  }
  try {
    const movedTo = relativeToData(deps.dataDir, quarantineFile(deps.dataDir, file, deps.now()));
    deps.writer.forget(file);
    const snapshot = snapshotHolding(deps.dataDir, words.engagementId, rel)?.day;
    deps.report({
      kind: 'quarantined',
      ...words,
      movedTo,
      // The path (with ids) stays in `movedTo`; the sentence is for people.
      message: `${message}. It was moved, unchanged, to the quarantine folder; the rest of the engagement is here.`,
      ...(snapshot ? { snapshot } : {}),
    });
  } catch (error) {
    held.add(rel);
    deps.report({
      kind: 'quarantined',
      movedTo: null,
      ...words,
      message: `${message}. It could not be moved aside (${error instanceof Error ? error.message : String(error)}), so it was left in place and is not written over.`,
    });
  }
}

/**
 * Opens an engagement's folder. Each record is read and checked on its own: one that does
 * not parse or validate is moved to quarantine/ byte for byte and reported in words, and
 * the rest of the engagement loads; a record from a newer version makes the engagement
 * read-only; one that cannot be read at all (a pipe, a link) is left in place and never
 * written. Null (and a report, and nothing changed) when engagement.json itself is unusable.
 */
export function openEngagementFolder(deps: FolderDeps, id: string): OpenedEngagement | null {
  const dir = path.join(deps.engagementsDir, id);
  const reading = readRecordFolder(dir, { writer: deps.writer });
  const assembled = assembleEngagement(reading.records);
  const name = assembled.file?.engagement.name ?? null;
  if (assembled.file === null) {
    // Nothing is moved: without its engagement.json the folder is the user's to restore or fix.
    const unread = reading.problems.find((p) => p.path === 'engagement.json');
    const problem = unread
      ? { newer: false, message: unread.message.replace('engagement.json ', '').replace(/\.$/, '') }
      : assembled.problems.find((p) => p.path === 'engagement.json');
    deps.report({
      kind: problem?.newer ? 'newer-version' : 'quarantined',
      movedTo: null,
      file: relativeToData(deps.dataDir, path.join(dir, 'engagement.json')),
      message: `The engagement in engagements/${id}/ could not be opened: its engagement.json ${problem?.message ?? 'is missing'}. Nothing in the folder was changed; restore it from a snapshot or fix the file.`,
      engagementId: id,
      record: 'engagement.json',
    });
    return null;
  }
  const held = new Set<string>();
  for (const problem of reading.problems) {
    const words = problemOf(deps, id, name, problem.path, problem.message.replace(`${problem.path} `, 'it '));
    if (problem.movable) quarantineRecord(deps, dir, problem.path, words, held);
    else {
      held.add(problem.path);
      deps.report({ kind: 'quarantined', movedTo: null, ...words });
    }
  }
  let readOnly = false;
  for (const problem of assembled.problems) {
    const words = problemOf(deps, id, name, problem.path, problem.message);
    if (problem.newer) {
      readOnly = true;
      held.add(problem.path);
      deps.report({
        kind: 'newer-version',
        movedTo: null,
        ...words,
        message: `${words.message.replace(/\.$/, '')}. The engagement is shown read-only and nothing of it is written over; update Aux Desk to edit it.`,
      });
      continue;
    }
    quarantineRecord(deps, dir, problem.path, words, held);
  }
  const folder = new RecordFolder(dir, deps.writer);
  folder.adopt(assembled.file, { superseded: assembled.superseded, held: [...held] });
  return { doc: assembled.file, folder, upgradeFrom: null, readOnly };
}

/**
 * Opens an old one-file engagement (engagements/<id>.json, format 9 or earlier): read,
 * migrated and checked as before, then upgraded to its folder (built beside it and switched
 * in by one rename; the old file kept as a backup). When the folder cannot be written, the
 * engagement opens from the old file, untouched, and the upgrade is tried again at its
 * next save. Null (reported) when the file is unusable: it is quarantined whole, as before.
 */
export function openEngagementFile(deps: FolderDeps, id: string): OpenedEngagement | null {
  const read = readDocument({
    dataDir: deps.dataDir,
    factory: deps.factory,
    dir: deps.engagementsDir,
    name: id,
    schema: EngagementFileSchema,
    migrate: (d) => migrateEngagementFile(d, deps.newId),
    now: deps.now,
  });
  if (read.kind === 'unreadable') deps.report(read.problem);
  if (read.kind !== 'ok') return null;
  const shown = `engagements/${id}.json`;
  if (read.doc.engagement.id !== id) {
    deps.report({
      kind: 'quarantined',
      file: shown,
      movedTo: null,
      message: `${shown} holds engagement ${read.doc.engagement.id}; it was skipped and left in place.`,
    });
    return null;
  }
  const from = read.migratedFrom ?? ENGAGEMENT_FILE_VERSION;
  try {
    return upgradeEngagementFile(deps, id, read.doc, from);
  } catch (error) {
    deps.report({
      kind: 'quarantined',
      file: shown,
      movedTo: null,
      message: `“${read.doc.engagement.name}” was upgraded from format ${from} in memory, but its new folder could not be written (${error instanceof Error ? error.message : String(error)}), so it opens from ${shown}, which was left as it was. Aux Desk tries again when it is next saved; free some space or fix the folder's permissions.`,
      engagementId: id,
    });
    return { doc: read.doc, folder: null, upgradeFrom: from, readOnly: false };
  }
}

/**
 * Writes an old engagement's folder from `doc` and opens it. Throws (nothing changed: the
 * old file is whole, a half-built folder is removed at the next start) when the disk refused.
 */
export function upgradeEngagementFile(
  deps: FolderDeps,
  id: string,
  doc: EngagementFile,
  from: number,
): OpenedEngagement | null {
  try {
    upgradeToFolder(deps.engagementsDir, id, doc, from, deps.upgrade);
  } catch (error) {
    // upgradeToFolder switches in only a fully written folder: without it, the old file is the truth.
    if (!fs.existsSync(path.join(deps.engagementsDir, id))) throw error;
    // Switched in, but the old file could not be moved to its backup: the folder is the truth
    // (recoverUpgrades moves the old file at the next start).
  }
  return openEngagementFolder(deps, id);
}
