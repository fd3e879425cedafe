import { formatDisplayDate, localDateOf } from '../../../shared/dates';
import type { Person } from '../../../shared/model/engagement';
import type { NpsImportOptions, NpsImportPreview, NpsImportRow } from '../../../shared/model/npsImport';
import { MAX_NPS_RESPONSES, type NpsResponse } from '../../../shared/model/projectRetro';
import { cellText, shownCell } from './cells';
import { columnLetter, guessMapping, looksLikeHeader, sourceOf } from './columns';
import { readRow, type RowContext } from './readRow';
import { guessDateOrder } from './responseDates';
import type { Table } from './table';

export interface PreviewInput {
  table: Table;
  options: NpsImportOptions;
  /** The engagement's responses: an answer already there is a duplicate. */
  existing: readonly NpsResponse[];
  people: readonly Person[];
  now: Date;
}

type Answer = Pick<NpsResponse, 'respondent' | 'score' | 'comment'> & { createdAt: string | null };
const squash = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * What makes two answers the same: the same moment, score, person and comment (a file
 * imported again); or, for a named respondent, the same score and comment (typed in by
 * hand earlier, with the moment it was typed). Anonymous answers without a date cannot be
 * told apart from each other, so they are never called duplicates.
 */
function keysOf(answer: Answer): string[] {
  const what = `${answer.score}|${squash(answer.respondent)}|${squash(answer.comment)}`;
  const keys: string[] = [];
  if (answer.createdAt !== null) keys.push(`at ${new Date(answer.createdAt).getTime()}|${what}`);
  if (answer.respondent !== '') keys.push(`by ${what}`);
  return keys;
}

function describe(answer: Answer): string {
  const when = answer.createdAt === null ? '' : ` on ${formatDisplayDate(localDateOf(new Date(answer.createdAt)))}`;
  return `${answer.respondent || 'Anonymous'}, ${answer.score}${when}`;
}

/** Marks the ready rows that repeat an existing response or an earlier row of the file. */
function markDuplicates(rows: NpsImportRow[], existing: readonly NpsResponse[]): void {
  const recorded = new Map<string, NpsResponse>();
  for (const response of existing) for (const key of keysOf(response)) recorded.set(key, response);
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.status !== 'ready' || !row.response) continue;
    const keys = keysOf(row.response);
    const before = keys.map((k) => recorded.get(k)).find((r) => r !== undefined);
    const earlier = keys.map((k) => seen.get(k)).find((n) => n !== undefined);
    if (before) Object.assign(row, { status: 'duplicate', message: `Already recorded: ${describe(before)}.` });
    else if (earlier !== undefined)
      Object.assign(row, { status: 'duplicate', message: `The same answer as row ${earlier}.` });
    else for (const key of keys) seen.set(key, row.row);
  }
}

/** The header's names, or the spreadsheet's letters where there is none. */
function columnNames(first: readonly string[], width: number, hasHeader: boolean): string[] {
  return Array.from({ length: width }, (_, i) => {
    const name = hasHeader ? shownCell(cellText(first[i])) : '';
    return name === '' ? columnLetter(i) : name;
  });
}

/**
 * The file as it would be imported: which export it is, each column's name and meaning
 * (guessed where the user has not chosen), and every row ready, a duplicate, or refused
 * with its reason. Nothing is stored here.
 */
export function buildPreview({ table, options, existing, people, now }: PreviewInput): NpsImportPreview {
  const { records, problems } = table;
  const first = records[0] ?? [];
  const width = records.reduce((n, r) => Math.max(n, r.length), 0);
  const hasHeader = options.hasHeader ?? looksLikeHeader(first, now);
  const columns = columnNames(first, width, hasHeader);
  const start = hasHeader ? 1 : 0;
  const body = records.slice(start);
  const mapping = options.mapping ?? guessMapping(columns, body, hasHeader, now);
  const dates = mapping.date === null ? [] : body.map((r) => cellText(r[mapping.date ?? 0]));
  const guessed = guessDateOrder(dates);
  const dateOrder = options.dateOrder ?? guessed.order;
  const outside = Object.values(mapping).some((c) => c !== null && c >= width);
  const context: RowContext = {
    columns,
    mapping,
    dateOrder,
    defaultRole: options.defaultRole,
    people,
    now,
    width: hasHeader ? first.length : null,
  };
  const rows: NpsImportRow[] = [];
  const scoreMissing = mapping.score === null || outside;
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const read = scoreMissing ? null : readRow(cells, problems.get(i + start), context);
    const row: NpsImportRow = read
      ? { row: i + start + 1, ...read, cells: read.status === 'error' ? cells.map((c) => shownCell(cellText(c))) : [] }
      : { row: i + start + 1, status: 'error', response: null, message: 'No score column chosen.', cells: [] };
    rows.push(row);
  });
  markDuplicates(rows, existing);
  const count = (status: NpsImportRow['status']) => rows.filter((r) => r.status === status).length;
  const room = Math.max(0, MAX_NPS_RESPONSES - existing.length);
  const ready = count('ready');
  let problem: string | null = null;
  if (outside) problem = 'A chosen column is not in this file: choose the columns again.';
  else if (mapping.score === null) problem = 'Choose the column that holds the 0–10 score.';
  else if (rows.length === 0) problem = 'There are no answers below the header.';
  else if (ready > room)
    problem = `Only ${room} more responses fit in this engagement (it holds at most ${MAX_NPS_RESPONSES}).`;
  return {
    source: hasHeader ? sourceOf(columns) : 'other',
    columns,
    hasHeader,
    mapping,
    dateOrder,
    dateOrderUsed: guessed.used,
    dateOrderAmbiguous: options.dateOrder === null && guessed.ambiguous,
    defaultRole: options.defaultRole,
    rows,
    counts: { ready, duplicate: count('duplicate'), error: count('error') },
    room,
    problem,
  };
}
