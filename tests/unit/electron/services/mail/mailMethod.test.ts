import { describe, expect, it } from 'vitest';
import { recordingPlatform } from '../../../support/platform';
import { useMailWorlds } from '../../../support/mailWorld';
import { errorOf } from '../../../support/services';
import { useTempDir } from '../../../support/tempDir';
import { withAuthor } from './mailCalls';

describe('the delivery method last used, and copying headers for web mail (issue 16)', () => {
  const tempDir = useTempDir();
  const worlds = useMailWorlds();

  it('is null until a first mail, then the way the notes last left, kept over a restart', async () => {
    const world = await withAuthor(await worlds.open(tempDir()));
    const request = {
      engagementId: world.engagement.id,
      note: { kind: 'retro', retroId: world.retro.id } as const,
      headers: world.headers,
    };
    expect((await world.call('settings:get', {})).mailMethod).toBeNull();
    await world.call('mail:copy', request);
    expect((await world.call('settings:get', {})).mailMethod).toBe('copy');
    await world.call('mail:mailto', request);
    expect((await world.call('settings:get', {})).mailMethod).toBe('mailto');
    await world.call('mail:saveEml', request);
    expect((await world.call('settings:get', {})).mailMethod).toBe('eml');
    await world.call('mail:draft', request);
    expect((await world.call('settings:get', {})).mailMethod).toBe('draft');

    world.services.flush();
    await world.services.mail.outbox.stop();
    const reopened = worlds.reopen(tempDir(), world);
    expect((await reopened.call('settings:get', {})).mailMethod).toBe('draft');
  });

  it('is not changed by a draft the mail app could not open', async () => {
    const world = await withAuthor(
      await worlds.open(tempDir(), {
        platform: recordingPlatform({ openPath: () => Promise.reject(new Error('No mail app')) }),
      }),
    );
    const refused = await world.services.dispatch('mail:draft', {
      engagementId: world.engagement.id,
      note: { kind: 'retro', retroId: world.retro.id },
      headers: world.headers,
    });
    expect(errorOf(refused)).toBeDefined();
    expect((await world.call('settings:get', {})).mailMethod).toBeNull();
  });

  it('copies recipients and subject as plain text, recording no mail and no method', async () => {
    const world = await worlds.open(tempDir());
    await world.call('mail:copyHeader', { recipients: world.headers.to });
    await world.call('mail:copyHeader', { subject: world.headers.subject });
    expect(world.platform.clipboard).toEqual([
      { text: 'Ada Lovelace <ada@example.com>, Zoë Ångström <zoe@example.com>' },
      { text: 'Retro notes — Payments platform — 5 Mar 2026' },
    ]);
    expect(world.mailLog()).toEqual([]);
    expect((await world.call('settings:get', {})).mailMethod).toBeNull();
  });

  it('refuses a subject with a line break or an invalid address, copying nothing', async () => {
    const world = await worlds.open(tempDir());
    const subject = await world.services.dispatch('mail:copyHeader', { subject: 'Notes\r\nBcc: all@example.com' });
    expect(errorOf(subject)).toMatchObject({ code: 'invalid-payload' });
    const address = await world.services.dispatch('mail:copyHeader', {
      recipients: [{ name: 'Eve', email: 'not-an-address' }],
    });
    expect(errorOf(address)).toMatchObject({ code: 'invalid-payload' });
    expect(world.platform.clipboard).toEqual([]);
  });
});
