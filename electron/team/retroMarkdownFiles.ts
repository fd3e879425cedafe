import fs from 'node:fs';
import path from 'node:path';
import type { EngagementFile } from '../../shared/model/files';
import { retroPath } from '../../shared/model/records/recordPaths';
import { retroMarkdown } from '../../shared/team/retroMarkdown';

const MARKDOWN_RE = /^\d{4}-\d{2}-\d{2}-[A-Za-z0-9_-]{1,64}\.md$/;

/**
 * Writes each retro's notes as Markdown beside its record in a shared engagement's folder
 * (only those whose Markdown changed), and removes the Markdown of retros that are gone.
 * Derived files: written just before a commit, never read back.
 */
export function writeRetroMarkdown(folder: string, doc: Readonly<EngagementFile>): void {
  const retrosDir = path.join(folder, 'retros');
  const wanted = new Map<string, string>();
  for (const retro of doc.retro.retros) {
    const file = retroPath(retro)
      .replace(/^retros\//, '')
      .replace(/\.json$/, '.md');
    wanted.set(file, retroMarkdown({ engagement: doc.engagement, retro, goals: doc.retro.goals }));
  }
  if (wanted.size > 0) fs.mkdirSync(retrosDir, { recursive: true });
  const present = fs.existsSync(retrosDir) ? fs.readdirSync(retrosDir).filter((n) => MARKDOWN_RE.test(n)) : [];
  for (const name of present) if (!wanted.has(name)) fs.rmSync(path.join(retrosDir, name), { force: true });
  for (const [name, markdown] of wanted) {
    const file = path.join(retrosDir, name);
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === markdown) continue;
    const temp = `${file}.tmp-${process.pid}`;
    fs.writeFileSync(temp, markdown, { mode: 0o644 });
    fs.renameSync(temp, file);
  }
}
