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

/** The drill's kill moments come from a seeded PRNG: the same on every run. */
export { mulberry32 } from '../../support/prng';
