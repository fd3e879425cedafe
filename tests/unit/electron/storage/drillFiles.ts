/** The files of the kill -9 drill and their contents: each save's bytes follow from its number. */
export const DRILL_FILES: Record<string, number> = {
  'a.json': 200,
  'b.json': 400_000,
  'c.json': 30_000,
};

export interface DrillDoc {
  file: string;
  seq: number;
  body: string;
}

export function drillDoc(file: string, seq: number): DrillDoc {
  const unit = `${file}#${seq};`;
  return { file, seq, body: unit.repeat(Math.ceil((DRILL_FILES[file] ?? 100) / unit.length)) };
}

/** A small seeded PRNG (mulberry32): the drill's kill moments are the same on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
