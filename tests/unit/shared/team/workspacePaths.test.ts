import { describe, expect, it } from 'vitest';
import { FolderPathSchema, RemoteUrlSchema } from '../../../../shared/ipc/team';
import { isPlainFileMode, workspacePathOf } from '../../../../shared/team/workspacePaths';

describe('what a team workspace accepts', () => {
  it('names the records, their Markdown and the conflicts of each engagement', () => {
    expect(workspacePathOf('engagements/e1/engagement.json')).toEqual({
      kind: 'record',
      engagementId: 'e1',
      record: 'engagement.json',
    });
    expect(workspacePathOf('engagements/e1/retros/2026-12-03-r1.json')).toMatchObject({ kind: 'record' });
    expect(workspacePathOf('engagements/e1/retros/2026-12-03-r1.md')).toMatchObject({ kind: 'markdown' });
    expect(workspacePathOf('conflicts/e1/abc.json')).toEqual({
      kind: 'conflict',
      engagementId: 'e1',
      conflictId: 'abc',
    });
    expect(workspacePathOf('README.md')).toEqual({ kind: 'other' });
    expect(workspacePathOf('docs/how-we-work.md')).toEqual({ kind: 'other' });
  });

  it('refuses paths that leave the tree, git control files, and files in an engagement that are not records', () => {
    for (const bad of [
      '../outside.json',
      'engagements/../../etc/passwd',
      '/etc/passwd',
      'engagements/e1/../e2/engagement.json',
      'engagements/e 1/engagement.json',
      'engagements/e1/run.sh',
      'engagements/e1',
      '.gitattributes',
      'docs/.gitattributes',
      '.gitmodules',
      'conflicts/e1/nested/abc.json',
      'engagements\\e1\\engagement.json',
      '',
    ]) {
      expect(workspacePathOf(bad), bad).toBeNull();
    }
  });

  it('takes plain files only: links and submodules are refused', () => {
    expect(isPlainFileMode('100644')).toBe(true);
    expect(isPlainFileMode('100755')).toBe(true);
    expect(isPlainFileMode('120000')).toBe(false);
    expect(isPlainFileMode('160000')).toBe(false);
  });
});

describe('what the user types for a workspace', () => {
  it('takes the remotes teams use', () => {
    for (const url of [
      'https://github.com/team/aux.git',
      'http://127.0.0.1:8080/aux.git',
      'ssh://git@gitlab.example.com/team/aux.git',
      'git@github.com:team/aux.git',
      'file:///srv/git/aux.git',
    ]) {
      expect(RemoteUrlSchema.safeParse(url).success, url).toBe(true);
    }
  });

  it('refuses what git would read as an option or a command', () => {
    for (const url of [
      '--upload-pack=touch /tmp/x',
      '-uhttp://x',
      'ext::sh -c touch% /tmp/pwned',
      'fd::17',
      'aux.git',
      '',
    ]) {
      expect(RemoteUrlSchema.safeParse(url).success, url).toBe(false);
    }
  });

  it('takes full folder paths only, never going up', () => {
    expect(FolderPathSchema.safeParse('/home/ana/Team workspace').success).toBe(true);
    expect(FolderPathSchema.safeParse('C:\\Users\\ana\\team').success).toBe(true);
    expect(FolderPathSchema.safeParse('team').success).toBe(false);
    expect(FolderPathSchema.safeParse('/home/ana/../bob').success).toBe(false);
  });
});
