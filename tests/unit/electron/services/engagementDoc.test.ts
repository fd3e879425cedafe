import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validInput } from '../../support/fixtures';
import { countingFactory, openServices } from '../../support/services';
import { readJson, useTempDir } from '../../support/tempDir';

describe('EngagementRepository.mutateDoc (how features store their data)', () => {
  const tempDir = useTempDir();

  it('changes one engagement file, coalesced, and leaves the other files alone', async () => {
    const counting = countingFactory();
    const { services, call } = openServices(tempDir(), { factory: counting.factory });
    const a = await call('engagements:create', validInput({ name: 'A' }));
    const b = await call('engagements:create', validInput({ name: 'B' }));
    services.flush();
    counting.writes.length = 0;

    for (let i = 0; i < 5; i++) {
      services.engagements.mutateDoc(a.id, (doc) => ({ ...doc, engagement: { ...doc.engagement, homeTeam: `v${i}` } }));
    }
    services.flush();

    const fileA = path.join(tempDir(), 'engagements', `${a.id}.json`);
    expect(counting.writes).toEqual([fileA]);
    expect(readJson(fileA)).toMatchObject({ engagement: { homeTeam: 'v4' } });
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
});
