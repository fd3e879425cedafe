import path from 'node:path';
import { expect } from 'vitest';
import { IndexFileSchema } from '../../../../shared/model/files';
import { listFiles, readJson } from '../../support/tempDir';

/** Shared by the router.*.test.ts files. */

/** After a flush, a fresh data folder holds nothing but the (empty) index written at start-up. */
export function expectNothingStored(dataDir: string): void {
  expect(listFiles(dataDir)).toEqual(['engagements-index.json']);
  expect(IndexFileSchema.parse(readJson(path.join(dataDir, 'engagements-index.json'))).engagements).toEqual([]);
}
