import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SearchCache,
  nodeCacheFiles,
  type SearchCacheFiles,
} from '../../../../../electron/services/search/searchCache';
import {
  SearchService,
  type SearchProgress,
  type SearchSource,
} from '../../../../../electron/services/search/searchService';
import { serviceSearchSource } from '../../../../../electron/services/search/serviceSource';
import { SEARCH_INDEX_FORMAT } from '../../../../../shared/search/searchEngine';
import { validInput } from '../../../support/fixtures';
import { doc, paragraph, text } from '../../../support/notes';
import { openServices, type Harness } from '../../../support/services';
import { useTempDir } from '../../../support/tempDir';

const note = (value: string) => doc(paragraph(text(value)));

/** Counts the cache writes, to tell a re-index from a check that found nothing new. */
function countingFiles(): SearchCacheFiles & { writes: string[] } {
  const writes: string[] = [];
  return {
    ...nodeCacheFiles,
    writes,
    write: async (file, content) => {
      writes.push(path.basename(file));
      await nodeCacheFiles.write(file, content);
    },
  };
}

function searchOver(harness: Harness, dir: string, files: SearchCacheFiles = nodeCacheFiles) {
  const progress: (SearchProgress | null)[] = [];
  const source = serviceSearchSource(harness.services);
  let reads = 0;
  const counted: SearchSource = {
    engagementIds: () => source.engagementIds(),
    read: (id) => {
      reads += 1;
      return source.read(id);
    },
  };
  const search = new SearchService({
    source: counted,
    cache: new SearchCache(path.join(dir, 'search'), files),
    onProgress: (p) => progress.push(p),
    debounceMs: 10,
  });
  return { search, progress, reads: () => reads };
}

async function seed(harness: Harness) {
  const engagement = await harness.call('engagements:create', validInput({ name: 'Payments MVP' }));
  const retro = await harness.call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
  await harness.call('retros:saveNote', {
    engagementId: engagement.id,
    retroId: retro.id,
    section: 'wentPoorly',
    doc: note('The deploys failed twice behind the feature flag.'),
  });
  return { engagement, retro };
}

describe('SearchService over the real services', () => {
  const tempDir = useTempDir();

  it('builds in the background from the records, reporting progress, then finds a note', async () => {
    const harness = openServices(tempDir());
    const { engagement, retro } = await seed(harness);
    const { search, progress } = searchOver(harness, tempDir());
    await search.start();
    expect(progress).toEqual([{ done: 0, total: 1 }, { done: 1, total: 1 }, null]);
    const answer = search.search('deploi');
    expect(answer.indexing).toBeNull();
    const record = answer.groups[0]?.records[0];
    expect(answer.groups[0]?.engagementName).toBe('Payments MVP');
    expect(record).toMatchObject({
      kind: 'retro',
      recordId: retro.id,
      title: 'Retro of 5 Mar 2026',
      date: '2026-03-05',
    });
    expect(record?.hits[0]?.section).toBe('wentPoorly');
    expect(fs.existsSync(path.join(tempDir(), 'search', `${engagement.id}.json`))).toBe(true);
  });

  it('re-indexes an engagement a moment after a save: the new words are found, the old ones gone', async () => {
    const harness = openServices(tempDir());
    const { engagement, retro } = await seed(harness);
    const { search } = searchOver(harness, tempDir());
    await search.start();
    await harness.call('retros:saveNote', {
      engagementId: engagement.id,
      retroId: retro.id,
      section: 'wentPoorly',
      doc: note('Canary releases caught the regression.'),
    });
    search.changed(engagement.id);
    await search.flush();
    expect(search.search('deploys').total).toBe(0);
    expect(search.search('canary').total).toBe(1);
  });

  it('says the index changed once a save is indexed after the build, not during it', async () => {
    const harness = openServices(tempDir());
    const { engagement, retro } = await seed(harness);
    let updates = 0;
    const search = new SearchService({
      source: serviceSearchSource(harness.services),
      cache: new SearchCache(path.join(tempDir(), 'search'), nodeCacheFiles),
      onUpdated: () => (updates += 1),
      debounceMs: 10,
    });
    await search.start();
    expect(updates).toBe(0);
    search.changed(engagement.id);
    await search.flush();
    // Nothing new in it: no reason to ask again.
    expect(updates).toBe(0);
    await harness.call('retros:saveNote', {
      engagementId: engagement.id,
      retroId: retro.id,
      section: 'notes',
      doc: note('Canary first.'),
    });
    search.changed(engagement.id);
    await search.flush();
    expect(updates).toBe(1);
  });

  it('forgets a deleted retro and a deleted engagement, and removes its saved file', async () => {
    const harness = openServices(tempDir());
    const { engagement, retro } = await seed(harness);
    const { search } = searchOver(harness, tempDir());
    await search.start();
    await harness.call('retros:delete', { engagementId: engagement.id, retroId: retro.id });
    search.changed(engagement.id);
    await search.flush();
    expect(search.search('deploys').total).toBe(0);
    expect(search.search('Grace').total).toBe(1);
    await harness.call('engagements:delete', { id: engagement.id });
    search.changed(engagement.id);
    await search.flush();
    expect(search.search('Grace').total).toBe(0);
    expect(fs.existsSync(path.join(tempDir(), 'search', `${engagement.id}.json`))).toBe(false);
  });

  it('after a restart answers from its saved files, and writes nothing when no record changed', async () => {
    const first = openServices(tempDir());
    await seed(first);
    await searchOver(first, tempDir()).search.start();
    await first.settle();

    const again = openServices(tempDir());
    const files = countingFiles();
    const { search } = searchOver(again, tempDir(), files);
    await search.start();
    expect(search.search('deploys').total).toBe(1);
    expect(files.writes).toEqual([]);
  });

  it('after a restart indexes what changed while search was not running', async () => {
    const first = openServices(tempDir());
    const { engagement, retro } = await seed(first);
    await searchOver(first, tempDir()).search.start();
    await first.call('retros:saveNote', {
      engagementId: engagement.id,
      retroId: retro.id,
      section: 'notes',
      doc: note('Rollback drill on Thursday.'),
    });
    await first.settle();

    const again = openServices(tempDir());
    const files = countingFiles();
    const { search } = searchOver(again, tempDir(), files);
    await search.start();
    expect(search.search('rollback').total).toBe(1);
    expect(files.writes).toEqual([`${engagement.id}.json`]);
  });

  it('rebuilds an engagement whose saved file is of another format or garbled', async () => {
    const first = openServices(tempDir());
    const { engagement } = await seed(first);
    await first.settle();
    const file = path.join(tempDir(), 'search', `${engagement.id}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const content of [
      JSON.stringify({ format: SEARCH_INDEX_FORMAT + 1, engagementId: engagement.id, docs: [] }),
      '{ not json',
    ]) {
      fs.writeFileSync(file, content);
      const { search } = searchOver(openServices(tempDir()), tempDir());
      await search.start();
      expect(search.search('deploys').total).toBe(1);
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ format: SEARCH_INDEX_FORMAT });
    }
  });

  it('says it is still indexing while the build runs', async () => {
    const harness = openServices(tempDir());
    await seed(harness);
    await seed(harness);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const source = serviceSearchSource(harness.services);
    const search = new SearchService({
      source,
      cache: new SearchCache(path.join(tempDir(), 'search'), nodeCacheFiles),
      yieldNow: () => gate,
    });
    const started = search.start();
    await Promise.resolve();
    expect(search.search('deploys').indexing).toEqual({ done: 0, total: 2 });
    release();
    await started;
    expect(search.search('deploys')).toMatchObject({ total: 2, indexing: null });
  });
});
