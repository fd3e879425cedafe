import type { Person } from '../../../shared/model/engagement';
import type { DateOrder, NpsColumnMapping, NpsImportRow } from '../../../shared/model/npsImport';
import { NpsInputSchema, type NpsRole } from '../../../shared/model/projectRetro';
import { formatDisplayDate, localDateOf } from '../../../shared/dates';
import { hasControlChars } from '../../../shared/text';
import { cellText, looksLikeFormula, respondentOf, roleOf, scoreOf, shownCell } from './cells';
import { parseResponseDate } from './responseDates';

export interface RowContext {
  columns: readonly string[];
  mapping: NpsColumnMapping;
  dateOrder: DateOrder;
  defaultRole: NpsRole;
  people: readonly Person[];
  now: Date;
  /** Whether the first record is the header (then a row has at most as many cells). */
  width: number | null;
}

type Read = Pick<NpsImportRow, 'status' | 'response' | 'message'>;
const refused = (message: string): Read => ({ status: 'error', response: null, message });

/** The date cell's moment, or why it is not one. */
function dateOf(cell: string, column: string, context: RowContext): Date | string {
  if (cell === '') return `No date in “${column}”.`;
  const date = parseResponseDate(cell, context.dateOrder, context.now);
  if (!date) return `“${shownCell(cell)}” in “${column}” is not a date Aux Desk can read.`;
  // A day of slack: a form's clock and this one need not agree to the minute.
  if (date.getTime() > context.now.getTime() + 86_400_000) {
    return `${formatDisplayDate(localDateOf(date))} in “${column}” is in the future.`;
  }
  if (date.getFullYear() < 2000) return `${formatDisplayDate(localDateOf(date))} in “${column}” is before 2000.`;
  return date;
}

/** The mapped cells of the row; a formula anywhere among them refuses the row. */
function mappedCells(cells: readonly string[], context: RowContext): Record<keyof NpsColumnMapping, string> | string {
  const read = (field: keyof NpsColumnMapping) => {
    const column = context.mapping[field];
    return column === null ? '' : cellText(cells[column]);
  };
  const values = {
    score: read('score'),
    comment: read('comment'),
    respondent: read('respondent'),
    role: read('role'),
    date: read('date'),
  };
  for (const [field, value] of Object.entries(values) as [keyof NpsColumnMapping, string][]) {
    const column = context.mapping[field];
    if (column !== null && looksLikeFormula(value)) {
      return `“${context.columns[column] ?? ''}” starts like a spreadsheet formula (“${shownCell(value).slice(0, 20)}”): formulas are not imported.`;
    }
  }
  return values;
}

/** The score as a number, or why the cell is not one. */
function scoreIn(cell: string, column: string): number | string {
  const score = scoreOf(cell);
  if (score === null) return `No score in “${column}”.`;
  if (typeof score === 'string') return `“${shownCell(score)}” in “${column}” is not a score from 0 to 10.`;
  return score;
}

/**
 * One record of the file as the response it would be, checked with the schema responses
 * are stored with (NpsInputSchema), or the first reason it cannot be, in words.
 */
export function readRow(cells: readonly string[], problem: string | undefined, context: RowContext): Read {
  if (problem !== undefined) return refused(`The CSV is broken here: ${problem}.`);
  const extra = context.width === null ? [] : cells.slice(context.width).filter((c) => c.trim() !== '');
  if (extra.length > 0 && context.width !== null) {
    return refused(`This row has ${cells.length} cells where the header has ${context.width}: a comma outside quotes?`);
  }
  const { mapping, columns } = context;
  const values = mappedCells(cells, context);
  if (typeof values === 'string') return refused(values);
  const score = scoreIn(values.score, columns[mapping.score ?? 0] ?? '');
  if (typeof score === 'string') return refused(score);
  const when = mapping.date === null ? null : dateOf(values.date, columns[mapping.date] ?? '', context);
  if (typeof when === 'string') return refused(when);
  if (hasControlChars(values.comment, { lineBreaks: true, tab: true })) {
    return refused('The comment contains control characters, which no form writes: is this the right file?');
  }
  const who = respondentOf(values.respondent, context.people);
  const parsed = NpsInputSchema.safeParse({
    respondent: who.name,
    role: roleOf(mapping.role === null ? null : values.role, who.person, context.defaultRole),
    score,
    comment: values.comment,
  });
  if (!parsed.success) return refused(parsed.error.issues.map((issue) => issue.message).join(' '));
  return { status: 'ready', response: { ...parsed.data, createdAt: when?.toISOString() ?? null }, message: '' };
}
