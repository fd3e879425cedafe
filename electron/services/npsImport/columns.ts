import type { NpsColumnMapping } from '../../../shared/model/npsImport';
import { cellText, scoreOf } from './cells';
import { parseResponseDate } from './responseDates';

type Source = 'google-forms' | 'microsoft-forms' | 'other';

const norm = (header: string) =>
  header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Google Forms starts with "Timestamp"; Microsoft Forms with "ID", "Start time", "Completion time". */
export function sourceOf(headers: readonly string[]): Source {
  const names = headers.map(norm);
  if (names[0] === 'timestamp') return 'google-forms';
  if (names.includes('id') && names.includes('start time') && names.includes('completion time'))
    return 'microsoft-forms';
  return 'other';
}

/**
 * Whether the first row names the columns: a header has no number, date or address in it
 * (a pasted block of answers starts with "9" or "2/8/2027 16:05").
 */
export function looksLikeHeader(first: readonly string[], reference: Date): boolean {
  return first.every((raw) => {
    const cell = cellText(raw);
    if (cell === '') return true;
    if (typeof scoreOf(cell) === 'number') return false;
    if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(cell)) return false;
    return parseResponseDate(cell, 'mdy', reference) === null && parseResponseDate(cell, 'dmy', reference) === null;
  });
}

/** "Column A", "Column B"… "Column AA": the names a spreadsheet gives columns. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return `Column ${name}`;
}

// Header words for each field, strongest first; exact names beat words within a header.
const DATE_NAMES = [
  'timestamp',
  'completion time',
  'submitted at',
  'submission time',
  'submitted',
  'date',
  'start time',
];
const NAME_NAMES = ['name', 'full name', 'your name', 'respondent', 'who'];
const EMAIL_NAMES = ['email', 'email address', 'e mail', 'username', 'user'];
const SCORE_WORDS = /recommend|likely|\bnps\b|\bscore\b|rating|0 10/;
const COMMENT_WORDS = /why|comment|reason|feedback|anything else|tell us|explain|suggest|improve|remarks?\b/;
const ROLE_WORDS = /\brole\b|position|job title|your job/;

type Rows = readonly (readonly string[])[];

/** The share of the column's filled cells that pass `test` (0 for an empty column). */
function share(rows: Rows, column: number, test: (cell: string) => boolean): number {
  const cells = rows.map((r) => cellText(r[column])).filter((c) => c !== '');
  return cells.length === 0 ? 0 : cells.filter(test).length / cells.length;
}

const isScore = (cell: string) => {
  const s = scoreOf(cell);
  return typeof s === 'number' && Number.isInteger(s) && s >= 0 && s <= 10;
};
const isEmail = (cell: string) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(cell);

/** Every filled cell of the column says "anonymous" (Microsoft Forms' Name without sign-in). */
function anonymousOnly(rows: Rows, column: number): boolean {
  return rows.every((r) => /^(anonymous)?$/i.test(cellText(r[column])));
}

/** Picks columns left to right, each at most once. */
function picker(names: readonly string[]) {
  const taken = new Set<number>();
  const pick = (test: (name: string, index: number) => boolean): number | null => {
    const index = names.findIndex((name, i) => !taken.has(i) && test(name, i));
    if (index < 0) return null;
    taken.add(index);
    return index;
  };
  const byNames = (list: readonly string[]) => {
    for (const wanted of list) {
      const found = pick((name) => name === wanted);
      if (found !== null) return found;
    }
    return null;
  };
  return { pick, byNames, free: (i: number) => !taken.has(i) };
}

/**
 * Which column holds what, from the header's words (Google's "Timestamp" and "Email
 * address", Microsoft's "Completion time", "Email" and "Name", the question's own text),
 * failing words from what the cells hold: 0–10 answers, dates, addresses, sentences.
 */
export function guessMapping(
  headers: readonly string[],
  rows: Rows,
  hasHeader: boolean,
  reference: Date,
): NpsColumnMapping {
  const names = hasHeader ? headers.map(norm) : headers.map(() => '');
  const { pick, byNames, free } = picker(names);
  const isDate = (cell: string) =>
    parseResponseDate(cell, 'mdy', reference) ?? parseResponseDate(cell, 'dmy', reference);
  // "Why that score?" is the comment's question, not the score's; Microsoft's "ID" counts 1, 2, 3.
  const score =
    pick((name) => SCORE_WORDS.test(name) && !COMMENT_WORDS.test(name)) ??
    pick((name, i) => name !== 'id' && !DATE_NAMES.includes(name) && share(rows, i, isScore) >= 0.8);
  const date =
    byNames(DATE_NAMES) ?? pick((name, i) => name === '' && share(rows, i, (c) => isDate(c) !== null) >= 0.8);
  const role = pick((name) => ROLE_WORDS.test(name));
  const nameColumn = names.findIndex((n, i) => free(i) && NAME_NAMES.includes(n));
  const respondent =
    (nameColumn >= 0 && !anonymousOnly(rows, nameColumn) ? byNames(NAME_NAMES) : null) ??
    byNames(EMAIL_NAMES) ??
    byNames(NAME_NAMES) ??
    pick((name, i) => name === '' && share(rows, i, isEmail) >= 0.8);
  const comment =
    pick((name) => COMMENT_WORDS.test(name)) ??
    pick((name, i) => name === '' && share(rows, i, (c) => /\s/.test(c)) >= 0.5);
  return { score, comment, respondent, role, date };
}
