import { describe, expect, it } from 'vitest';
import { notesEmailed } from '../../../../../shared/retro/rules';
import { useMailWorlds } from '../../../support/mailWorld';
import { errorOf } from '../../../support/services';
import { useTempDir } from '../../../support/tempDir';
import { withAuthor } from './mailCalls';

describe('"I sent it": a draft counts as emailed only once confirmed (issue 16)', () => {
  const tempDir = useTempDir();
  const worlds = useMailWorlds();

  it('keeps a drafted retro unsent until the user confirms, then records the send to the same people', async () => {
    const world = await withAuthor(await worlds.open(tempDir()));
    const note = { kind: 'retro', retroId: world.retro.id } as const;
    await world.call('mail:draft', { engagementId: world.engagement.id, note, headers: world.headers });
    const retroNow = async () =>
      (await world.call('retros:list', { engagementId: world.engagement.id })).retros.find(
        (r) => r.id === world.retro.id,
      );
    expect(notesEmailed((await retroNow()) ?? { mailLog: [] })).toBe(false);

    const entry = await world.call('mail:confirmSent', { engagementId: world.engagement.id, note });
    expect(entry).toMatchObject({ via: 'draft', state: 'sent', outboxId: null });
    expect(entry.to).toEqual(world.mailLog()[0]?.to);
    expect(notesEmailed((await retroNow()) ?? { mailLog: [] })).toBe(true);
  });

  it('refuses to confirm notes that were never drafted or copied', async () => {
    const world = await worlds.open(tempDir());
    const refused = await world.services.dispatch('mail:confirmSent', {
      engagementId: world.engagement.id,
      note: { kind: 'retro', retroId: world.retro.id },
    });
    expect(errorOf(refused)).toMatchObject({ code: 'invalid-payload' });
    expect(world.mailLog()).toEqual([]);
  });
});
