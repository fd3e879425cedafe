import fs from 'node:fs';
import path from 'node:path';
import { writePrivateFile } from './privateFiles';

/**
 * The files that may hold the SMTP password's cipher: mail.json, its migration backups
 * (mail.v1.bak.json) and, in quarantine/, its quarantined copies (mail.<time>.json).
 */
export function holdsMailSecret(fileName: string): boolean {
  return /^mail(\..+)?\.json$/.test(fileName);
}

// Textual, so that a copy that does not parse (quarantined for that) is scrubbed too, even
// one cut off inside the cipher, and everything else in it stays byte for byte.
const CIPHER = /("passwordCipher"\s*:\s*)"(?:[^"\\\r\n]|\\.)*"?/g;

function scrubPasswordText(text: string): string {
  return text.replace(CIPHER, '$1null');
}

/** Replaces the password's cipher in `file` by null; true if there was one. */
export function scrubPasswordFile(file: string): boolean {
  const text = fs.readFileSync(file, 'utf8');
  const scrubbed = scrubPasswordText(text);
  if (scrubbed === text) return false;
  writePrivateFile(file, scrubbed);
  return true;
}

/** Scrubs every mail file directly inside `dir` (not `keep`); returns how many held a cipher. */
export function scrubMailFilesIn(dir: string, keep: ReadonlySet<string> = new Set()): number {
  if (!fs.existsSync(dir)) return 0;
  let count = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile() || !holdsMailSecret(entry.name) || keep.has(entry.name)) continue;
    if (scrubPasswordFile(path.join(dir, entry.name))) count += 1;
  }
  return count;
}
