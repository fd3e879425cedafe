import { describe, expect, it } from 'vitest';
import {
  createRequest,
  emptyWorkspaceDraft,
  joinRequest,
  type WorkspaceDraft,
} from '../../../../../renderer/features/team/workspaceDraft';
import { teamFormField } from '../../../../../renderer/store/teamSlice';

const ana: WorkspaceDraft = {
  dir: '/home/ana/aux-team',
  remote: 'git@github.com:acme/aux-team.git',
  name: 'Ana Lima',
  email: 'ana@example.com',
};

describe('the create and join forms’ requests', () => {
  it('start from the identity already given, or empty', () => {
    expect(emptyWorkspaceDraft(null)).toEqual({ dir: '', remote: '', name: '', email: '' });
    expect(emptyWorkspaceDraft({ name: 'Ana Lima', email: 'ana@example.com' })).toEqual({
      dir: '',
      remote: '',
      name: 'Ana Lima',
      email: 'ana@example.com',
    });
  });

  it('create sends the folder, the remote and who commits, trimmed', () => {
    expect(createRequest({ ...ana, name: '  Ana Lima ', dir: ' /home/ana/aux-team ' })).toEqual({
      ok: true,
      request: {
        dir: '/home/ana/aux-team',
        remote: 'git@github.com:acme/aux-team.git',
        identity: { name: 'Ana Lima', email: 'ana@example.com' },
      },
    });
  });

  it('create without a remote sends none; join needs one', () => {
    const result = createRequest({ ...ana, remote: '   ' });
    expect(result.ok && result.request.remote).toBeNull();
    expect(joinRequest({ ...ana, remote: '' })).toEqual({
      ok: false,
      errors: { remote: 'Enter the URL of the team’s git repository.' },
    });
  });

  it('names each mistake by the form’s field, with the contract’s words', () => {
    const result = joinRequest({ dir: 'aux-team', remote: '--upload-pack=touch /tmp/x', name: '', email: 'ana' });
    expect(result).toEqual({
      ok: false,
      errors: {
        dir: 'Choose a full path (starting at / or a drive).',
        remote: 'A URL cannot start with “-”.',
        name: 'Enter your name.',
        email: 'Enter an email such as ana@example.com.',
      },
    });
    expect(createRequest({ ...ana, dir: '/home/ana/../bob' })).toEqual({
      ok: false,
      errors: { dir: 'A path cannot go up with “..”.' },
    });
    expect(createRequest({ ...ana, remote: 'ext::sh -c touch% /tmp/x' })).toEqual({
      ok: false,
      errors: { remote: 'Use an https://, ssh:// or file:// URL, or git@host:path.' },
    });
  });

  it('maps main’s nested field paths to the form’s', () => {
    expect(teamFormField('identity.email')).toBe('email');
    expect(teamFormField('identity')).toBe('_');
    expect(teamFormField('dir')).toBe('dir');
  });
});
