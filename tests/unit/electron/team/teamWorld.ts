import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TeamIdentity, TeamStatus } from '../../../../shared/ipc/team';
import type { NoteDoc } from '../../../../shared/model/note';
import { useGitWorld, type TeamRemote, type Transport } from '../../support/gitRemotes';
import { doc, paragraph, text } from '../../support/notes';
import { openServices, testClock, type Harness, type HarnessOptions } from '../../support/services';
import { useTempDir } from '../../support/tempDir';
import { person, validInput } from '../../support/fixtures';

export interface Laptop extends Harness {
  name: string;
  dataDir: string;
  workspace: string;
  identity: TeamIdentity;
  /** Writes a retro note section through the app, as typing would. */
  note(
    engagementId: string,
    retroId: string,
    section: 'wentWell' | 'wentPoorly' | 'doNextTime' | 'notes',
    words: string,
  ): Promise<void>;
  /** The retro's note section as plain text. */
  noteText(engagementId: string, retroId: string, section: 'wentWell' | 'wentPoorly' | 'doNextTime' | 'notes'): string;
  sync(): Promise<TeamStatus>;
}

export function noteOf(words: string): NoteDoc {
  return doc(paragraph(text(words)));
}

function textOf(node: NoteDoc): string {
  return (node.content ?? []).map((c) => (c.text ?? '') + textOf(c)).join('');
}

/**
 * Laptops sharing one team remote: each its own data folder and workspace folder, the same
 * real git (isolated from the machine's config), a real bare repository over HTTP or file://.
 */
export function useTeamWorld(prefix = 'aux-team-') {
  const temp = useTempDir(prefix);
  const git = useGitWorld(temp);
  const clock = testClock('2026-03-05T10:00:00.000Z');
  const laptop = (
    name: string,
    options: Pick<HarnessOptions, 'idPrefix' | 'teamCommitQuietMs'> & { gitPath?: string } = {},
  ): Laptop => {
    const dataDir = path.join(temp(), `data-${name}`);
    const { gitPath, ...harnessOptions } = options;
    const harness = openServices(dataDir, {
      ...harnessOptions,
      clock,
      git: { ...git.runner(), ...(gitPath ? { gitPath } : {}) },
    });
    const identity = { name, email: `${name.toLowerCase()}@example.com` };
    return {
      ...harness,
      name,
      dataDir,
      workspace: path.join(temp(), `workspace-${name}`),
      identity,
      note: async (engagementId, retroId, section, words) => {
        await harness.call('retros:saveNote', { engagementId, retroId, section, doc: noteOf(words) });
      },
      noteText: (engagementId, retroId, section) => {
        const retro = harness.services.engagements.readDoc(engagementId).retro.retros.find((r) => r.id === retroId);
        if (!retro) throw new Error(`${name} has no retro ${retroId}`);
        return textOf(retro.notes[section]);
      },
      sync: () => harness.call('team:sync', {}),
    };
  };
  return {
    temp,
    git,
    clock,
    laptop,
    remote: (transport: Transport): Promise<TeamRemote> => git.remote(transport),
    /** A shared engagement with one retro, made on `owner` and sent. */
    async sharedRetro(owner: Laptop, remote: TeamRemote): Promise<{ engagementId: string; retroId: string }> {
      await owner.call('team:create', { dir: owner.workspace, remote: remote.url, identity: owner.identity });
      // The owner is one of the engagement's people (This week shows a shared engagement's tasks to its people).
      const people = [...validInput().people, person({ id: 'p-owner', name: owner.name, email: owner.identity.email })];
      const engagement = await owner.call('engagements:create', validInput({ name: 'Checkout', people }));
      const retro = await owner.call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      await owner.call('team:move', { engagementId: engagement.id, to: 'workspace' });
      await owner.sync();
      return { engagementId: engagement.id, retroId: retro.id };
    },
    /** The files of the remote's main, by path. */
    remoteFiles(remote: TeamRemote): string[] {
      return execFileSync('git', ['--git-dir', remote.bare, 'ls-tree', '-r', '--name-only', 'main'], {
        encoding: 'utf8',
      })
        .split('\n')
        .filter(Boolean);
    },
    /** Every file of a folder (relative, sorted) with its bytes, .git aside. */
    tree(dir: string): Record<string, string> {
      const out: Record<string, string> = {};
      const walk = (d: string) => {
        for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
          if (entry.name === '.git') continue;
          const full = path.join(d, entry.name);
          if (entry.isDirectory()) walk(full);
          else out[path.relative(dir, full).split(path.sep).join('/')] = fs.readFileSync(full, 'utf8');
        }
      };
      walk(dir);
      return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
    },
  };
}
