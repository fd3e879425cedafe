import Papa from 'papaparse';
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from '../../../shared/model/npsImport';
import { AppError } from '../errors';

/** The file as rows of cells, before anything is made of them. */
export interface Table {
  /** Each record's cells, in file order; a record may span lines (a quoted line break). */
  records: string[][];
  /** Problems of the CSV itself, by record index (0 is the first record), in words. */
  problems: Map<number, string>;
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The delimiter that splits the first rows most consistently into more than one cell.
 * Papa's own guess misreads small files ("a;b" with a comma inside quotes came out as one
 * column), and Excel writes ';' in much of Europe and tabs into the clipboard.
 */
function chooseDelimiter(text: string): string {
  let best: { delimiter: string; consistency: number; width: number } = { delimiter: ',', consistency: 0, width: 1 };
  for (const delimiter of DELIMITERS) {
    const sample = Papa.parse<string[]>(text, { delimiter, preview: 50, skipEmptyLines: 'greedy' }).data;
    const widths = new Map<number, number>();
    for (const row of sample) widths.set(row.length, (widths.get(row.length) ?? 0) + 1);
    const [width, count] = [...widths.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [1, 0];
    const consistency = sample.length === 0 ? 0 : count / sample.length;
    if (width < 2) continue;
    if (consistency > best.consistency || (consistency === best.consistency && width > best.width)) {
      best = { delimiter, consistency, width };
    }
  }
  return best.delimiter;
}

const PAPA_PROBLEMS: Record<string, string> = {
  MissingQuotes: 'a quote (") opens a cell and is never closed, so the rest of the file ran into it',
  InvalidQuotes: 'a quoted cell has text after its closing quote',
};

/**
 * Splits CSV text into records with Papa Parse: quoted commas, quoted line breaks and doubled
 * quotes as RFC 4180 has them; nothing converted (dynamicTyping off), so "007" and "=1+1" stay
 * the text they are. Too many rows or columns refuse the whole file before any row is read.
 */
export function readTable(text: string): Table {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: chooseDelimiter(text),
    dynamicTyping: false,
    skipEmptyLines: false,
    // One more than a header and the cap: enough to know the cap was passed.
    preview: MAX_IMPORT_ROWS + 2,
  });
  const records = parsed.data;
  // A trailing line break leaves one empty record; a blank line elsewhere keeps its row number.
  while (records.length > 0 && (records[records.length - 1] ?? []).every((c) => c.trim() === '')) records.pop();
  if (records.length > MAX_IMPORT_ROWS + 1) {
    throw new AppError(
      'invalid-payload',
      `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows: that is not one survey’s export.`,
    );
  }
  const widest = records.reduce((n, r) => Math.max(n, r.length), 0);
  if (widest > MAX_IMPORT_COLUMNS) {
    throw new AppError('invalid-payload', `A row has ${widest} columns; at most ${MAX_IMPORT_COLUMNS} can be read.`);
  }
  const problems = new Map<number, string>();
  for (const error of parsed.errors) {
    const words = PAPA_PROBLEMS[error.code];
    if (words !== undefined && error.row !== undefined && !problems.has(error.row)) problems.set(error.row, words);
  }
  return { records, problems };
}
