import { describe, expect, it } from 'vitest';
import { useMailWorlds, type MailWorld } from '../../../support/mailWorld';
import { errorOf } from '../../../support/services';
import { useTempDir } from '../../../support/tempDir';

describe('"Alan Turing · add email" in the compose dialog (issue 16)', () => {
  const tempDir = useTempDir();
  const worlds = useMailWorlds();
  const add = (world: MailWorld, name: string, email: string) =>
    world.services.dispatch('mail:addEmail', {
      engagementId: world.engagement.id,
      note: { kind: 'retro', retroId: world.retro.id },
      name,
      email,
    });
  const attendee = async (world: MailWorld, name: string) =>
    (await world.call('retros:list', { engagementId: world.engagement.id })).retros
      .find((r) => r.id === world.retro.id)
      ?.attendees.find((a) => a.name === name);

  it('saves the address on the person in People and on the retro’s attendee; the mail now goes to them', async () => {
    const world = await worlds.open(tempDir());
    const answer = await world.call('mail:addEmail', {
      engagementId: world.engagement.id,
      note: { kind: 'retro', retroId: world.retro.id },
      name: 'Alan Turing',
      email: '  alan@example.com ',
    });
    expect(answer.to).toContainEqual({ name: 'Alan Turing', email: 'alan@example.com' });
    expect(answer.missingEmail).not.toContain('Alan Turing');
    const engagement = await world.call('engagements:get', { id: world.engagement.id });
    expect(engagement.people.find((p) => p.id === 'p-3')?.email).toBe('alan@example.com');
    expect((await attendee(world, 'Alan Turing'))?.email).toBe('alan@example.com');
  });

  it('gives a guest listed only on the retro the address on that attendee alone; People is unchanged', async () => {
    const world = await worlds.open(tempDir());
    const before = await world.call('engagements:get', { id: world.engagement.id });
    await world.call('retros:update', {
      engagementId: world.engagement.id,
      retroId: world.retro.id,
      patch: {
        attendees: [
          { personId: 'p-1', name: 'Ada Lovelace', email: 'ada@example.com' },
          { personId: null, name: 'Mei Chen', email: '' },
        ],
      },
    });
    const answer = await world.call('mail:addEmail', {
      engagementId: world.engagement.id,
      note: { kind: 'retro', retroId: world.retro.id },
      name: 'Mei Chen',
      email: 'mei@example.com',
    });
    expect(answer.to).toContainEqual({ name: 'Mei Chen', email: 'mei@example.com' });
    expect(answer.missingEmail).not.toContain('Mei Chen');
    expect(await attendee(world, 'Mei Chen')).toEqual({ personId: null, name: 'Mei Chen', email: 'mei@example.com' });
    const after = await world.call('engagements:get', { id: world.engagement.id });
    expect(after.people).toEqual(before.people);
    expect(after.people.some((p) => p.name === 'Mei Chen' || p.email === 'mei@example.com')).toBe(false);
  });

  it('refuses an address another person already has, with a clear message, and changes nothing', async () => {
    const world = await worlds.open(tempDir());
    const refused = await add(world, 'Alan Turing', 'ADA@example.com');
    expect(errorOf(refused)).toMatchObject({
      code: 'invalid-payload',
      message: 'ADA@example.com is already Ada Lovelace’s address. Check it, or use another.',
    });
    const engagement = await world.call('engagements:get', { id: world.engagement.id });
    expect(engagement.people.find((p) => p.id === 'p-3')?.email).toBe('');
    expect((await attendee(world, 'Alan Turing'))?.email).toBe('');
  });

  it('refuses what the engagement file would refuse: not an address, a line break, nothing', async () => {
    const world = await worlds.open(tempDir());
    for (const email of ['not-an-address', 'alan@example.com\r\nBcc: x@example.com', '']) {
      expect(errorOf(await add(world, 'Alan Turing', email))).toMatchObject({ code: 'invalid-payload' });
    }
    expect((await attendee(world, 'Alan Turing'))?.email).toBe('');
  });

  it('refuses someone who already has an address or is not on the retro', async () => {
    const world = await worlds.open(tempDir());
    expect(errorOf(await add(world, 'Ada Lovelace', 'other@example.com'))).toMatchObject({ code: 'not-found' });
    expect(errorOf(await add(world, 'Nobody', 'nobody@example.com'))).toMatchObject({ code: 'not-found' });
  });
});
