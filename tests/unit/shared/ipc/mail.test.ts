import { describe, expect, it } from 'vitest';
import { contract } from '../../../../shared/ipc';

describe('the mail channels', () => {
  it('names the notes of a mail as a weekly retro or the project retro, and nothing in between', () => {
    const compose = contract['mail:compose'].request;
    const ok = (note: unknown) => compose.safeParse({ engagementId: 'e1', note }).success;
    expect(ok({ kind: 'retro', retroId: 'r1' })).toBe(true);
    expect(ok({ kind: 'project' })).toBe(true);
    expect(ok({ kind: 'retro' })).toBe(false);
    expect(ok({ kind: 'retro', retroId: '../r1' })).toBe(false);
    expect(ok({ kind: 'project', retroId: 'r1' })).toBe(false);
    expect(ok({ kind: 'goal', retroId: 'r1' })).toBe(false);
    expect(ok(null)).toBe(false);
    // The old shape: retroId null meant the project retro.
    expect(compose.safeParse({ engagementId: 'e1', retroId: null }).success).toBe(false);
    const headers = { to: [{ name: 'Kenji', email: 'kenji@example.com' }], cc: [], subject: 'Notes' };
    expect(
      contract['mail:send'].request.safeParse({ engagementId: 'e1', note: { kind: 'project' }, headers }).success,
    ).toBe(true);
  });
});
