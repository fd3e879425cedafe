import fs from 'node:fs';
import path from 'node:path';
import type { JsonStore, StoreFactory } from '../services/storeFiles';
import { canonicalBytes } from './canonicalJson';
import type { FileWriter } from './fileWriter';

/** Some Windows editors start a UTF-8 file with a byte order mark, which JSON.parse refuses. */
export function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Parses a data file's bytes; throws SyntaxError when they do not hold a JSON object. */
export function parseObject(bytes: Buffer): Record<string, unknown> {
  const parsed: unknown = JSON.parse(withoutBom(bytes.toString('utf8')));
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new SyntaxError('The file does not hold a JSON object.');
  }
  return parsed as Record<string, unknown>;
}

/**
 * Stores whose writes go through `writer`: canonical JSON, written off the main thread's
 * path, atomically, retried on failure. Reading happens at start-up and when a file is
 * opened (restore), synchronously as before; what was read is remembered so that writing
 * it back unchanged costs nothing.
 */
export function writerStoreFactory(writer: FileWriter): StoreFactory {
  return (cwd, name): JsonStore => {
    const file = path.join(cwd, `${name}.json`);
    return {
      path: file,
      read: () => {
        let bytes: Buffer;
        try {
          bytes = fs.readFileSync(file);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
          throw error;
        }
        writer.remember(file, bytes);
        return parseObject(bytes);
      },
      write: (doc) => void writer.write(file, canonicalBytes(doc)),
      save: (doc) => writer.write(file, canonicalBytes(doc)),
      settle: () => writer.flushFile(file),
    };
  };
}
