import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeAtomically } from '../../storage/atomicWrite';
import { nodeStorageFs } from '../../storage/fileSystem';
import type { SearchDoc } from '../../../shared/search/searchDoc';
import { SearchDocSchema } from '../../../shared/search/searchSchemas';
import { SEARCH_INDEX_FORMAT } from '../../../shared/search/searchEngine';

/**
 * What search knows of each engagement, saved beside the data (`search/<engagementId>.json`),
 * so that after a restart the index is filled from these small files instead of from every
 * record. One file per engagement: a note save rewrites its engagement's file only. A file of
 * another format, or one that does not parse, is ignored: its engagement is indexed again.
 */
const CacheFileSchema = z
  .object({
    format: z.literal(SEARCH_INDEX_FORMAT),
    engagementId: z.string(),
    docs: z.array(SearchDocSchema),
  })
  .strict();

export interface SearchCacheFiles {
  read(file: string): Promise<string | null>;
  /** Replaces the file as a whole (atomically in production). */
  write(file: string, text: string): Promise<void>;
  remove(file: string): Promise<void>;
  list(dir: string): Promise<string[]>;
}

export const nodeCacheFiles: SearchCacheFiles = {
  read: async (file) => (await nodeStorageFs.readIfExists(file))?.toString('utf8') ?? null,
  // The same safe write as the records (temp file, every byte checked, fsync, rename), though
  // the index is derived: a lost file is only rebuilt.
  write: async (file, text) => {
    await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeAtomically(nodeStorageFs, file, Buffer.from(text, 'utf8'));
  },
  remove: (file) => fs.rm(file, { force: true }),
  list: async (dir) => {
    try {
      return await fs.readdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  },
};

export class SearchCache {
  constructor(
    private readonly dir: string,
    private readonly files: SearchCacheFiles,
  ) {}

  #file(engagementId: string): string {
    return path.join(this.dir, `${engagementId}.json`);
  }

  /** The engagement's saved documents, or null when there is no usable file. */
  async load(engagementId: string): Promise<SearchDoc[] | null> {
    const text = await this.files.read(this.#file(engagementId)).catch(() => null);
    if (text === null) return null;
    try {
      const parsed = CacheFileSchema.safeParse(JSON.parse(text));
      if (!parsed.success || parsed.data.engagementId !== engagementId) return null;
      return parsed.data.docs.filter((doc) => doc.engagementId === engagementId);
    } catch {
      return null;
    }
  }

  save(engagementId: string, docs: readonly SearchDoc[]): Promise<void> {
    const file = { format: SEARCH_INDEX_FORMAT, engagementId, docs };
    return this.files.write(this.#file(engagementId), `${JSON.stringify(file)}\n`);
  }

  remove(engagementId: string): Promise<void> {
    return this.files.remove(this.#file(engagementId));
  }

  /** Engagements that have a file (to remove those of engagements that are gone). */
  async engagementIds(): Promise<string[]> {
    const names = await this.files.list(this.dir);
    return names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
  }
}
