/** The built renderer's JavaScript, sized and searched (Node only: the unit tests use it too). */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface ScriptBytes {
  files: number;
  raw: number;
  gzip: number;
  names: string[];
  /** Which of the heavy screens' code these scripts hold (see HEAVY_CODE). */
  heavy: string[];
}

/**
 * Strings only the heavy code has, as minification keeps them: the editor (ProseMirror
 * names its root class) and the timeline (its items' class).
 */
export const HEAVY_CODE = { editor: 'ProseMirror', timeline: 'tl-item' } as const;

export function sizeOf(files: string[]): ScriptBytes {
  let raw = 0;
  let gzip = 0;
  const heavy = new Set<string>();
  for (const file of files) {
    const body = fs.readFileSync(file);
    raw += body.length;
    gzip += zlib.gzipSync(body).length;
    const text = body.toString('utf8');
    for (const [name, marker] of Object.entries(HEAVY_CODE)) if (text.includes(marker)) heavy.add(name);
  }
  return { files: files.length, raw, gzip, names: files.map((f) => path.basename(f)), heavy: [...heavy] };
}

/** Every .js file of the built renderer. */
export function allScripts(root: string): ScriptBytes {
  const assets = path.join(root, 'assets');
  return sizeOf(
    fs
      .readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => path.join(assets, f)),
  );
}
