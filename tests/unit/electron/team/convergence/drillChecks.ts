import fs from 'node:fs';
import path from 'node:path';
import { readConflicts } from '../../../../../electron/team/conflictStore';
import { canonicalJson } from '../../../../../electron/storage/canonicalJson';
import type { ConflictRecord } from '../../../../../shared/team/conflictSchema';
import type { EngagementFile } from '../../../../../shared/model/files';
import { retroPath } from '../../../../../shared/model/records/recordPaths';
import { retroMarkdown } from '../../../../../shared/team/retroMarkdown';
import type { Created, Edit, EditLog } from './editLog';
import { docOf, sharedIds, type Replica } from './replica';
import { readSlot, refOfRecordPath, sameRecord, slotPartOf, textOf } from './slots';

/** Every file of a workspace (relative, sorted) with its bytes, .git aside. */
export function workspaceTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.set(path.relative(dir, full).split(path.sep).join('/'), fs.readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** (a) The same files in every workspace, and the same engagements in every laptop's memory. */
export function divergence(replicas: Replica[]): string[] {
  const problems: string[] = [];
  const [first, ...others] = replicas;
  if (!first) return problems;
  const tree = workspaceTree(first.workspace);
  const ids = sharedIds(first);
  for (const other of others) {
    const theirs = workspaceTree(other.workspace);
    for (const file of new Set([...tree.keys(), ...theirs.keys()])) {
      if (tree.get(file) !== theirs.get(file)) {
        const how = !tree.has(file)
          ? `only on ${other.name}`
          : !theirs.has(file)
            ? `only on ${first.name}`
            : 'bytes differ';
        problems.push(`(a) ${file}: ${how} (${first.name} vs ${other.name})`);
      }
    }
    const otherIds = sharedIds(other);
    if (otherIds.join() !== ids.join())
      problems.push(
        `(a) shared engagements ${first.name} [${ids.join(', ')}] vs ${other.name} [${otherIds.join(', ')}]`,
      );
    for (const id of ids.filter((i) => otherIds.includes(i))) {
      if (canonicalJson(docOf(first, id)) !== canonicalJson(docOf(other, id))) {
        problems.push(`(a) engagement ${id} in memory differs between ${first.name} and ${other.name}`);
      }
    }
  }
  return problems;
}

/** (a) The Markdown beside each retro is its notes as they are now (a derived file, written before each commit). */
export function staleMarkdown(replica: Replica): string[] {
  const tree = workspaceTree(replica.workspace);
  return sharedIds(replica).flatMap((id) => {
    const file = docOf(replica, id);
    return file.retro.retros.flatMap((retro) => {
      const at = `engagements/${id}/${retroPath(retro).replace(/\.json$/, '.md')}`;
      const wanted = retroMarkdown({ engagement: file.engagement, retro, goals: file.retro.goals });
      return tree.get(at) === wanted
        ? []
        : [`(a) ${at} is not the retro's notes as they are (${tree.has(at) ? 'stale' : 'missing'})`];
    });
  });
}

/** Retros that two files hold (one name per day: a move merged file by file leaves both). */
function twiceHeld(replica: Replica): string[] {
  const byRetro = new Map<string, string[]>();
  for (const file of workspaceTree(replica.workspace).keys()) {
    const match = /^engagements\/([^/]+)\/retros\/\d{4}-\d{2}-\d{2}-(.+)\.json$/.exec(file);
    if (match) byRetro.set(`${match[1]}/${match[2]}`, [...(byRetro.get(`${match[1]}/${match[2]}`) ?? []), file]);
  }
  return [...byRetro.values()]
    .filter((files) => files.length > 1)
    .map((files) => `(a) ${replica.name}: one retro in ${files.join(' and ')}`);
}

/**
 * (a) Nothing beside the records that git does not carry (a writer's conflict copy, a
 * temp file), and no problem a laptop reported (a record quarantined or refused).
 */
export function leftovers(replicas: Replica[]): string[] {
  return replicas.flatMap((replica) => [
    ...[...workspaceTree(replica.workspace).keys()]
      .filter((file) => /\.conflict-|\.tmp-/.test(file))
      .map((file) => `(a) ${replica.name} has ${file}, which never reaches the team`),
    ...twiceHeld(replica),
    ...replica.services.problems.map((problem) => `(a) ${replica.name} reported: ${problem.message}`),
  ]);
}

/** Conflicts that keep an edit: those in the workspace now, and those the drill resolved (both sides were shown). */
function recordedConflicts(replica: Replica, log: EditLog): ConflictRecord[] {
  return [...readConflicts(replica.workspace), ...log.resolved.map((r) => r.conflict)];
}

function inConflict(edit: Edit, conflicts: ConflictRecord[]): boolean {
  return conflicts.some((conflict) => {
    const ref = refOfRecordPath(conflict.record);
    if (conflict.engagementId !== edit.slot.engagementId || !ref || !sameRecord(ref, edit.slot.record)) return false;
    return conflict.fields.some((field) =>
      [field.ours, field.theirs].some((side) =>
        textOf(slotPartOf(side, field.path, edit.slot.path)).includes(edit.value),
      ),
    );
  });
}

/**
 * (b) Each acknowledged edit is the field's final value, or one side of a recorded
 * conflict, or was replaced by a later edit made where it had been seen. A field only
 * its owner writes (their own vote) must end as the owner's last write.
 */
export function lostEdits(replica: Replica, log: EditLog): string[] {
  const problems: string[] = [];
  const conflicts = recordedConflicts(replica, log);
  const lastOwned = new Map<string, Edit>();
  for (const edit of log.edits) if (edit.owned) lastOwned.set(edit.key, edit);
  for (const edit of log.edits) {
    const file = finalDoc(replica, edit.slot.engagementId);
    const final = file ? textOf(readSlot(file, edit.slot)) : '(engagement missing)';
    if (edit.owned) {
      if (lastOwned.get(edit.key) === edit && final !== edit.value) {
        problems.push(
          `(b) step ${edit.step} ${edit.replica} ${edit.channel} ${edit.key}: owner's last value ${edit.value}, found ${final}`,
        );
      }
      continue;
    }
    if (final.includes(edit.value)) continue;
    if (inConflict(edit, conflicts)) continue;
    const replacedBy = log.edits.find(
      (e) => e.key === edit.key && e.seq > edit.seq && e.sawBefore.includes(edit.value),
    );
    if (replacedBy) continue;
    const once = [...log.seen.values()].filter((s) => inConflict(edit, [s.conflict]));
    const gone = once.length
      ? ` (conflict ${once.map((s) => `${s.conflict.id.slice(0, 8)} seen on ${s.replica} at step ${s.step}`).join(', ')} held it and is gone)`
      : '';
    // A value the field held before (a retro moved back to its day): a three-way merge sees no change on that side.
    const revert = log.edits.some(
      (e) => e.key === edit.key && e.seq < edit.seq && (e.value === edit.value || e.sawBefore === edit.value),
    );
    problems.push(
      `(b${revert ? ', a revert to an earlier value' : ''}) step ${edit.step} ${edit.replica} ${edit.channel} ${edit.key}: wrote ${edit.value}; the field ends as “${final}”, no recorded conflict holds it and no later edit saw it${gone}`,
    );
  }
  return problems;
}

function finalDoc(replica: Replica, engagementId: string): Readonly<EngagementFile> | null {
  return sharedIds(replica).includes(engagementId) ? docOf(replica, engagementId) : null;
}

function stillThere(replica: Replica, created: Created): string | null {
  const file = finalDoc(replica, created.engagementId);
  if (!file) return 'its engagement is missing';
  const found = ((): unknown => {
    switch (created.kind) {
      case 'engagement':
        return file.engagement;
      case 'retro':
        return file.retro.retros.find((r) => r.id === created.id && r.deletedAt === null);
      case 'goal':
        return file.retro.goals.find((g) => g.id === created.id);
      case 'nps':
        return file.project.nps.find((r) => r.id === created.id);
      case 'fit-vote':
        return file.lifecycle.fitVotes.find((v) => v.id === created.id);
      case 'person':
        return file.engagement.people.find((p) => p.id === created.id);
      case 'week':
        return file.planner.weeks[created.id];
    }
  })();
  if (found === undefined) return 'missing';
  if (created.content !== undefined && canonicalJson(found) !== canonicalJson(created.content)) {
    return `changed: ${canonicalJson(found).trim()} instead of ${canonicalJson(created.content).trim()}`;
  }
  return null;
}

/** (c) Nothing created is missing: engagements, retros, goals, NPS responses (as written), votes, people, weeks. */
export function missingRecords(replica: Replica, log: EditLog): string[] {
  return log.created.flatMap((created) => {
    const why = stillThere(replica, created);
    return why === null
      ? []
      : [
          `(c) ${created.kind} ${created.id} of ${created.engagementId}, made by ${created.replica} at step ${created.step}: ${why}`,
        ];
  });
}
