import { describe, expect, it } from 'vitest';
import { validInput } from '../../support/fixtures';
import { openServices } from '../../support/services';
import { recordFile } from '../../support/engagementFolder';
import { recordingDisk } from '../../support/recordingDisk';
import { readJson, useTempDir } from '../../support/tempDir';

describe('EngagementRepository.mutateDoc (how features store their data)', () => {
  const tempDir = useTempDir();

  it('changes one record file of one engagement, coalesced, and leaves the other files alone', async () => {
    const disk = recordingDisk();
    const { services, call } = openServices(tempDir(), { storageFs: disk.fs });
    const a = await call('engagements:create', validInput({ name: 'A' }));
    const b = await call('engagements:create', validInput({ name: 'B' }));
    expect(await services.flushAndWait(10_000)).toEqual([]);
    disk.clear();

    for (let i = 0; i < 5; i++) {
      services.engagements.mutateDoc(a.id, (doc) => ({ ...doc, engagement: { ...doc.engagement, homeTeam: `v${i}` } }));
    }
    expect(await services.flushAndWait(10_000)).toEqual([]);

    const fileA = recordFile(tempDir(), a.id, 'engagement.json');
    expect(disk.writes).toEqual([fileA]);
    expect(readJson(fileA)).toMatchObject({ homeTeam: 'v4' });
    expect(services.engagements.getDoc(b.id).engagement.name).toBe('B');
  });

  it('refuses to change the engagement id and keeps the document as it was', async () => {
    const { services, call } = openServices(tempDir());
    const a = await call('engagements:create', validInput({ name: 'A' }));
    expect(() =>
      services.engagements.mutateDoc(a.id, (doc) => ({ ...doc, engagement: { ...doc.engagement, id: 'other' } })),
    ).toThrow(/cannot change its engagement id/);
    expect(services.engagements.getDoc(a.id).engagement.id).toBe(a.id);
  });

  it('hands out copies: changing a returned document changes nothing stored', async () => {
    const { services, call } = openServices(tempDir());
    const a = await call('engagements:create', validInput({ name: 'A' }));
    const doc = services.engagements.getDoc(a.id);
    doc.engagement.name = 'mutated';
    expect(services.engagements.getDoc(a.id).engagement.name).toBe('A');
  });

  it('changes documents by replacing them, never in place: a document read earlier stays as it was', async () => {
    const { services, call } = openServices(tempDir());
    const a = await call('engagements:create', validInput({ name: 'A' }));
    const retro = await call('retros:create', { engagementId: a.id, date: '2026-03-05' });
    const before = services.engagements.readDoc(a.id);
    const snapshot = JSON.stringify(before);
    const doc = {
      type: 'doc' as const,
      content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Shipped' }] }],
    };
    await call('retros:saveNote', { engagementId: a.id, retroId: retro.id, section: 'notes', doc });
    await call('retros:update', { engagementId: a.id, retroId: retro.id, patch: { mvpStatus: 'Live' } });
    await call('milestones:save', {
      engagementId: a.id,
      milestoneId: null,
      input: { date: '2026-03-06', title: 'MVP', kind: 'custom', note: '' },
    });
    expect(JSON.stringify(before)).toBe(snapshot);
    const after = services.engagements.readDoc(a.id);
    expect(after).not.toBe(before);
    expect(after.retro.retros[0]?.notes.notes).toEqual(doc);
    expect(after.project.milestones).toHaveLength(1);
  });

  it('copies only the section a reader asks for, as a copy', async () => {
    const { services, call } = openServices(tempDir());
    const a = await call('engagements:create', validInput({ name: 'A' }));
    await call('retros:create', { engagementId: a.id, date: '2026-03-05' });
    const section = services.retros.section(a.id);
    section.retros.length = 0;
    expect(services.retros.section(a.id).retros).toHaveLength(1);
  });
});
