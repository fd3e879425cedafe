import { describe, expect, it } from 'vitest';
import { doc, line } from '../../../support/notes';
import { smtpSettings, useMailWorlds, type MailWorld } from '../../../support/mailWorld';
import { parseWithPostalMime } from '../../../support/mime';
import { useTempDir } from '../../../support/tempDir';

/** The engagement's project retro, held with Ada and Alan (who has no address). */
async function projectRetro(world: MailWorld): Promise<void> {
  const engagementId = world.engagement.id;
  await world.call('project:update', {
    engagementId,
    patch: {
      date: '2026-05-07',
      attendees: [
        { personId: 'p-1', name: 'Ada Lovelace', email: 'ada@example.com' },
        { personId: 'p-3', name: 'Alan Turing', email: '' },
      ],
    },
  });
  await world.call('project:saveNote', {
    engagementId,
    section: 'takeaways',
    doc: doc(line('Tests first made the MVP boring to ship.')),
  });
  await world.call('nps:add', {
    engagementId,
    input: { respondent: 'Grace', role: 'product', score: 10, comment: '' },
  });
}

describe('emailing the project retro (retroId null)', () => {
  const tempDir = useTempDir();
  const worlds = useMailWorlds();

  it('composes to the attendees with an address, lists the others, and carries the report', async () => {
    const world = await worlds.open(tempDir());
    await projectRetro(world);
    const mail = await world.call('mail:compose', { engagementId: world.engagement.id, note: { kind: 'project' } });
    expect(mail.subject).toBe(`Project retro notes — ${world.engagement.name} — 7 May 2026`);
    expect(mail.to).toEqual([{ name: 'Ada Lovelace', email: 'ada@example.com' }]);
    expect(mail.missingEmail).toEqual(['Alan Turing']);
    expect(mail.text).toContain('Tests first made the MVP boring to ship.');
    expect(mail.html).toContain('Tests first made the MVP boring to ship.');
    expect(mail.html).not.toMatch(/<script|<img/i);
  });

  it('goes to everyone in the engagement while no attendees are recorded', async () => {
    const world = await worlds.open(tempDir());
    const mail = await world.call('mail:compose', { engagementId: world.engagement.id, note: { kind: 'project' } });
    expect(mail.to.map((a) => a.email)).toEqual(['ada@example.com', 'grace@example.com']);
    expect(mail.missingEmail).toEqual(['Alan Turing']);
  });

  it('saves an .eml a real MIME parser reads, and records it on the project retro', async () => {
    const world = await worlds.open(tempDir());
    await projectRetro(world);
    await world.call('mail:saveAuthor', { author: { name: 'Grace Hopper', email: 'grace@example.com' } });
    const headers = {
      to: [{ name: 'Ada Lovelace', email: 'ada@example.com' }],
      cc: [],
      subject: 'Project retro notes',
    };
    const { path } = await world.call('mail:saveEml', {
      engagementId: world.engagement.id,
      note: { kind: 'project' },
      headers,
    });
    expect(path).not.toBeNull();
    const saved = world.platform.saved.at(-1);
    if (!saved) throw new Error('nothing saved');
    const parsed = await parseWithPostalMime(Buffer.from(saved.contents, 'utf8'));
    expect(parsed.subject).toBe('Project retro notes');
    expect(parsed.xUnsent).toBe('1');
    expect(parsed.from).toEqual([{ name: 'Grace Hopper', email: 'grace@example.com' }]);
    expect(parsed.text).toContain('Tests first made the MVP boring to ship.');
    const project = await world.call('project:get', { engagementId: world.engagement.id });
    expect(project.retro.mailLog).toEqual([
      expect.objectContaining({ via: 'eml', state: 'drafted', to: ['ada@example.com'], outboxId: null }),
    ]);
    // The weekly retro's log is untouched.
    expect(world.mailLog()).toEqual([]);
  });

  it('sends through SMTP and marks the project retro’s log entry sent once the server accepted it', async () => {
    const world = await worlds.open(tempDir());
    const server = await worlds.server();
    await world.call('mail:saveSettings', smtpSettings(server.port));
    await projectRetro(world);
    await world.call('mail:saveAuthor', { author: { name: 'Grace Hopper', email: 'grace@example.com' } });
    const headers = {
      to: [{ name: 'Ada Lovelace', email: 'ada@example.com' }],
      cc: [],
      subject: 'Project retro notes',
    };
    const item = await world.call('mail:send', {
      engagementId: world.engagement.id,
      note: { kind: 'project' },
      headers,
    });
    expect(item.retroId).toBeNull();
    await world.waitForState(item.id, 'sent');
    expect(server.received).toHaveLength(1);
    const project = await world.call('project:get', { engagementId: world.engagement.id });
    expect(project.retro.mailLog).toEqual([expect.objectContaining({ via: 'smtp', state: 'sent', outboxId: item.id })]);
  });
});
