import Papa from 'papaparse';
import { PERSON_ROLES, ROLE_LABELS, type PersonRole } from '../model/engagement';

/**
 * Pasted people, read from text a user pasted (hostile: it is checked later, against the
 * engagement file's person schema, in pastePeople.ts). Two shapes are read:
 * - a list as mail apps and address books copy it: `Name <email>`, a bare address or a bare
 *   name, one per line or separated by commas or semicolons (a quoted "Sato, Kenji" stays
 *   whole); a line of tab-separated cells (copied from a spreadsheet) is name, email, role;
 * - a CSV (or tab- or semicolon-separated) table whose first line is a header naming a name
 *   and an email column, and optionally a role column, read by papaparse.
 */
export interface PasteEntry {
  /** Where the entry starts in the pasted text, from 1. */
  line: number;
  /** The entry as pasted, for the preview and for keeping what was refused. */
  text: string;
  name: string;
  email: string;
  /** The role cell as written, or null when none was given. */
  role: string | null;
}

export interface PasteRead {
  format: 'list' | 'csv';
  entries: PasteEntry[];
  /** Rows the CSV reader could not read (an unclosed quote), with the reason. */
  unreadable: { line: number; text: string; message: string }[];
}

const NAME_HEADERS = ['name', 'full name', 'display name'];
const EMAIL_HEADERS = ['email', 'e-mail', 'email address', 'e-mail address', 'mail'];
const ROLE_HEADERS = ['role'];

const headerKey = (cell: string) => cell.trim().toLowerCase().replace(/\s+/g, ' ');

/** Line breaks as \n only: papaparse guesses one kind of line break for the whole text. */
export function normalisePaste(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The header's columns, when the first line is one (a name and an email column), else null. */
function csvHeader(firstLine: string): { delimiter: string; name: number; email: number; role: number } | null {
  const parsed = Papa.parse<string[]>(firstLine, { delimitersToGuess: [',', '\t', ';', '|'] });
  const cells = (parsed.data[0] ?? []).map(headerKey);
  const find = (names: string[]) => cells.findIndex((c) => names.includes(c));
  const name = find(NAME_HEADERS);
  const email = find(EMAIL_HEADERS);
  if (name < 0 || email < 0) return null;
  return { delimiter: parsed.meta.delimiter, name, email, role: find(ROLE_HEADERS) };
}

function readCsv(text: string, header: NonNullable<ReturnType<typeof csvHeader>>): PasteRead {
  const entries: PasteEntry[] = [];
  const unreadable: PasteRead['unreadable'] = [];
  let start = 0;
  // The line a row starts on, counted as the reader moves on (once over the text, however many rows).
  let line = 1;
  let seenHeader = false;
  Papa.parse<string[]>(text, {
    delimiter: header.delimiter,
    step: (result) => {
      const raw = text.slice(start, result.meta.cursor);
      const rowLine = line;
      for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) === 10) line += 1;
      start = result.meta.cursor;
      const cells = result.data;
      if (result.errors.length > 0) {
        unreadable.push({
          line: rowLine,
          text: raw.replace(/\n$/, ''),
          message: 'A quote is not closed, so this row could not be read.',
        });
        return;
      }
      if (cells.every((c) => c.trim() === '')) return;
      // The first row with anything in it is the header.
      if (!seenHeader) {
        seenHeader = true;
        return;
      }
      const cell = (index: number) => (index >= 0 ? (cells[index] ?? '') : '');
      const role = cell(header.role).trim();
      entries.push({
        line: rowLine,
        text: raw.replace(/\n$/, ''),
        name: cell(header.name),
        email: cell(header.email),
        role: role || null,
      });
    },
  });
  return { format: 'csv', entries, unreadable };
}

/** Splits on line breaks, commas and semicolons, except inside "quotes" and <angle brackets>. */
function splitList(text: string): { line: number; text: string }[] {
  const pieces: { line: number; text: string }[] = [];
  let current = '';
  let line = 1;
  let startLine = 1;
  let quoted = false;
  let angled = false;
  const push = () => {
    if (current.trim() !== '') pieces.push({ line: startLine, text: current.trim() });
    current = '';
  };
  for (const char of text) {
    if (char === '\n') {
      // A break ends the entry even inside an unclosed quote: one bad line stays one line.
      push();
      quoted = false;
      angled = false;
      line += 1;
      startLine = line;
      continue;
    }
    if (char === '"') quoted = !quoted;
    else if (char === '<' && !quoted) angled = true;
    else if (char === '>' && !quoted) angled = false;
    if ((char === ',' || char === ';') && !quoted && !angled) {
      push();
      startLine = line;
      continue;
    }
    if (current === '') startLine = line;
    current += char;
  }
  push();
  return pieces;
}

const unquote = (s: string) =>
  s
    .trim()
    .replace(/^"(.*)"$/s, '$1')
    .replace(/^'(.*)'$/s, '$1')
    .trim();
const stripMailto = (s: string) => s.trim().replace(/^mailto:/i, '');

/** One list entry: `Name <email>`, `email`, `Name email`, a bare name, or tab-separated cells. */
function listEntry(piece: { line: number; text: string }): PasteEntry {
  const { line, text } = piece;
  if (text.includes('\t')) {
    const [name = '', email = '', role = ''] = text.split('\t');
    return { line, text, name: unquote(name), email: stripMailto(email), role: role.trim() || null };
  }
  const angled = /^(.*)<([^<>]*)>\s*$/s.exec(text);
  if (angled) return { line, text, name: unquote(angled[1] ?? ''), email: stripMailto(angled[2] ?? ''), role: null };
  const words = text.split(/\s+/);
  const last = words.at(-1) ?? '';
  if (last.includes('@')) {
    return { line, text, name: unquote(words.slice(0, -1).join(' ')), email: stripMailto(last), role: null };
  }
  return { line, text, name: unquote(text), email: '', role: null };
}

export function readPaste(pasted: string): PasteRead {
  const text = normalisePaste(pasted);
  const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const header = csvHeader(firstLine);
  if (header) return readCsv(text, header);
  return { format: 'list', entries: splitList(text).map(listEntry), unreadable: [] };
}

/** A role cell: a role's id or label, any case ("Tech lead", "tech-lead"); undefined when unknown. */
export function roleOf(cell: string): PersonRole | undefined {
  const key = headerKey(cell).replace(/_/g, '-');
  return PERSON_ROLES.find((role) => role === key || ROLE_LABELS[role].toLowerCase() === key);
}
