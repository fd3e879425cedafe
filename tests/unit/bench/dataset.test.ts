import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngagementFileSchema } from '../../../shared/model/files';
import { generateDataset, TINY } from '../../bench/dataset';
import { prng } from '../../bench/prose';
import { sizeOf } from '../../bench/scripts';
import { rows } from '../../bench/report';
import { quantile } from '../../bench/stats';
import { folderBytes, readEngagementFolder } from '../support/engagementFolder';
import { useTempDir } from '../support/tempDir';

/** The benchmark's smoke test: its data generator and its arithmetic, on a tiny data set (the bench itself is `npm run bench`). */
describe('benchmark data set', () => {
  const tempDir = useTempDir('aux-desk-bench-');

  it('is written through the app’s own services, valid, and the same for the same seed', async () => {
    const a = await generateDataset(path.join(tempDir(), 'a'), TINY);
    const b = await generateDataset(path.join(tempDir(), 'b'), TINY);
    expect(a.engagementIds).toHaveLength(TINY.engagements);
    expect(a.milestones).toBe(TINY.bigMilestones);
    expect(a.actionItems).toBe(TINY.engagements * TINY.retrosPerEngagement * TINY.actionItemsPerRetro);
    for (const id of a.engagementIds) {
      expect(EngagementFileSchema.safeParse(readEngagementFolder(a.dir, id)).success).toBe(true);
      expect(folderBytes(a.dir, id)).toEqual(folderBytes(b.dir, id));
    }
    const big = readEngagementFolder(a.dir, a.bigEngagementId);
    const note = big.retro.retros.find((r) => r.id === a.bigRetroId)?.notes.notes;
    const words =
      JSON.stringify(note)
        .match(/"text":"([^"]*)"/g)
        ?.join(' ')
        .split(/\s+/).length ?? 0;
    expect(words).toBeGreaterThanOrEqual(TINY.bigNoteWords);
  });

  it('uses a seeded generator and nearest-rank percentiles', () => {
    const first = prng(1);
    const again = prng(1);
    expect([first(), first()]).toEqual([again(), again()]);
    expect(quantile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(
      quantile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        0.95,
      ),
    ).toBe(95);
  });

  it('checks each figure against its goal', () => {
    const table = rows({
      startup: { emptyMs: 400, fiveYearMs: 440, ratio: 1.1 },
      timeline: {
        items: 1000,
        openMs: { median: 90 },
        scrollFrames: { p50: 4, p95: 20, max: 30, intervalP95: 17, dropped: 1, n: 360 },
      },
    });
    expect(table.find((r) => r.figure.startsWith('1.'))?.met).toBe(true);
    expect(table.find((r) => r.figure.includes('scroll'))?.met).toBe(false);
  });

  it('finds the editor or timeline code in what the start loads, whatever the chunk is called', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-scripts-'));
    const write = (name: string, body: string) => {
      fs.writeFileSync(path.join(dir, name), body);
      return path.join(dir, name);
    };
    const small = write('index-a.js', 'const list = document.querySelector(".engagement-list");');
    const editor = write('index-b.js', 'class e{constructor(){this.dom.className="ProseMirror"}}');
    const timeline = write('chunk-c.js', 'x.className="tl-item tl-item--retro"');
    expect(sizeOf([small]).heavy).toEqual([]);
    expect(sizeOf([small, editor, timeline]).heavy).toEqual(['editor', 'timeline']);
    const bundle = (heavy: string[]) => ({
      atHome: { raw: 1, gzip: 1, heavy },
      afterRetroAndTimeline: { raw: 2, gzip: 2 },
      total: { raw: 3, gzip: 3, files: 3 },
    });
    expect(rows({ bundle: bundle([]) }).find((r) => r.figure.startsWith('5. JS loaded before'))?.met).toBe(true);
    expect(rows({ bundle: bundle(['editor']) }).find((r) => r.figure.startsWith('5. JS loaded before'))?.met).toBe(
      false,
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
