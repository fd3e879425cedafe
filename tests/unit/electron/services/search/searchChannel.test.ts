import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validInput } from '../../../support/fixtures';
import { doc, paragraph, text } from '../../../support/notes';
import { errorOf, openServices } from '../../../support/services';
import { useTempDir } from '../../../support/tempDir';

describe('search:query through the router', () => {
  const tempDir = useTempDir();

  it('finds what was saved a moment ago, with no call from the renderer but the save', async () => {
    const { call, services } = openServices(tempDir());
    await services.search.start();
    const engagement = await call('engagements:create', validInput({ name: 'Payments MVP' }));
    const retro = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
    await call('retros:saveNote', {
      engagementId: engagement.id,
      retroId: retro.id,
      section: 'doNextTime',
      doc: doc(paragraph(text('Pair on the flaky checkout test.'))),
    });
    await services.search.flush();
    const answer = await call('search:query', { query: 'flaky checkout', filters: {}, limit: 20 });
    expect(answer.total).toBe(1);
    expect(answer.groups[0]?.records[0]).toMatchObject({ kind: 'retro', recordId: retro.id });
    expect(answer.indexing).toBeNull();

    await call('engagements:delete', { id: engagement.id });
    await services.search.flush();
    expect((await call('search:query', { query: 'flaky', filters: {}, limit: 20 })).total).toBe(0);
    await call('engagements:restore', { id: engagement.id });
    await services.search.flush();
    expect((await call('search:query', { query: 'flaky', filters: {}, limit: 20 })).total).toBe(1);
  });

  it('indexes nothing and writes no file before the background build has started', async () => {
    const { call, services } = openServices(tempDir());
    await call('engagements:create', validInput({ name: 'Payments MVP' }));
    await services.search.flush();
    expect(fs.existsSync(path.join(tempDir(), 'search'))).toBe(false);
    expect((await call('search:query', { query: 'payments', filters: {}, limit: 20 })).total).toBe(0);
  });

  it('refuses a query that is too long or a filter that is not one, and says why', async () => {
    const { services } = openServices(tempDir());
    const long = await services.dispatch('search:query', { query: 'x'.repeat(501), filters: {}, limit: 20 });
    expect(errorOf(long)).toMatchObject({ code: 'invalid-payload' });
    expect(errorOf(long).fieldErrors).toEqual({ query: 'A search is at most 500 characters.' });
    const badKind = await services.dispatch('search:query', { query: 'x', filters: { kinds: ['secrets'] }, limit: 20 });
    expect(errorOf(badKind)).toMatchObject({ code: 'invalid-payload' });
    const badDate = await services.dispatch('search:query', { query: 'x', filters: { from: '2026-02-30' }, limit: 20 });
    expect(errorOf(badDate)).toMatchObject({ code: 'invalid-payload' });
  });
});
