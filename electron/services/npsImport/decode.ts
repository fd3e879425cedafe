import { MAX_IMPORT_BYTES, type NpsImportSource } from '../../../shared/model/npsImport';
import { AppError } from '../errors';

const refuse = (message: string) => new AppError('invalid-payload', message);

/** The bytes' text: UTF-8 or UTF-16 by their byte order mark, else UTF-8, else Windows-1252 (Excel's "CSV" on Windows). */
export function decodeText(bytes: Buffer): string {
  if (bytes.length > MAX_IMPORT_BYTES) throw refuse('The file is larger than 5 MB: that is not one survey’s export.');
  // An .xlsx is a zip (PK\3\4): Microsoft Forms downloads one; the user meant its CSV.
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw refuse(
      'This is an Excel workbook, not a CSV file. In Excel, use File › Save As › CSV UTF-8, then import that.',
    );
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // UTF-16 without a mark: Latin text has a zero byte after each character.
  if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) {
    return new TextDecoder('utf-16le').decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function utf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refuse('The file says it is UTF-8 but is not: save it again as CSV UTF-8.');
  }
}

/**
 * The text of what the user chose or pasted. A byte order mark is dropped (Excel writes one
 * before "CSV UTF-8"; a paste can carry one too), and NUL bytes mean it is not text at all.
 */
export function sourceText(source: NpsImportSource): string {
  const text = source.kind === 'file' ? decodeText(Buffer.from(source.base64, 'base64')) : source.text;
  const bare = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (bare.includes('\u0000')) throw refuse('This is not a text file. Choose the CSV export of the form.');
  if (bare.trim() === '') throw refuse(source.kind === 'file' ? 'The file is empty.' : 'Paste the rows first.');
  return bare;
}
