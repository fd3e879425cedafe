/**
 * The child of the kill -9 drill (killDrill.test.ts), run by plain node after the test
 * transpiles it: the app's write path (WriteQueue with the app's delays, then the
 * FileWriter over node:fs/promises) saving three files as fast as a typist's autosave
 * would, printing an acknowledgement for every save the moment it is accepted, until it
 * is killed. Usage: node saveLoop.mjs <dir> <seed>
 */
import fs from 'node:fs';
import path from 'node:path';
import { WriteQueue } from '../../../../electron/services/writeQueue';
import { canonicalBytes } from '../../../../electron/storage/canonicalJson';
import { FileWriter } from '../../../../electron/storage/fileWriter';
import { removeLeftoverTempFiles } from '../../../../electron/storage/tempFiles';
import { DRILL_FILES, drillDoc, mulberry32 } from './drillFiles';

const [dir = '', seedText = '1'] = process.argv.slice(2);
const random = mulberry32(Number(seedText));
removeLeftoverTempFiles(dir);
const writer = new FileWriter({ onError: (file, error) => process.stderr.write(`${file}: ${String(error)}\n`) });
const queue = new WriteQueue(200, () => undefined, 400);
const seq = new Map<string, number>();
for (const name of Object.keys(DRILL_FILES)) {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) continue;
  const bytes = fs.readFileSync(file);
  writer.remember(file, bytes);
  seq.set(name, (JSON.parse(bytes.toString('utf8')) as { seq: number }).seq);
}
process.stdout.write('ready\n');

const names = Object.keys(DRILL_FILES);
const save = () => {
  const name = names[Math.floor(random() * names.length)] ?? 'a.json';
  const n = (seq.get(name) ?? 0) + 1;
  seq.set(name, n);
  const bytes = canonicalBytes(drillDoc(name, n));
  queue.schedule(name, () => void writer.write(path.join(dir, name), bytes));
  process.stdout.write(`ack ${name} ${n} ${Date.now()}\n`);
  setTimeout(save, 2 + random() * 12);
};
save();
