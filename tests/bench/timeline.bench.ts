import fs from 'node:fs';
import path from 'node:path';
import { newEngagementFile } from '../../shared/model/files';
import type { NoteNode } from '../../shared/model/note';
import type { Retro } from '../../shared/model/retro';
import { expect, test } from '../e2e/fixtures';
import { engagementInput, seedEngagement } from '../e2e/helpers';
import { openEngagementNamed } from './pageProbes';

const DAY = 86_400_000;
const day = (n: number) => new Date(Date.UTC(2025, 0, 6) + n * DAY).toISOString().slice(0, 10);

/** 1,000 timeline items over two years: 150 weekly retros with action items, and milestones. */
function generated(engagement: Parameters<typeof newEngagementFile>[0]) {
  const file = newEngagementFile(engagement);
  const goals = ['Deploys under 15 minutes', 'Coverage 80%', 'MVP adoption'].map((title, i) => ({
    id: `g${i}`,
    title,
    kind: 'technical' as const,
    metric: '',
    baseline: '',
    target: '',
    productionAdoption: i === 2,
    createdAt: '2025-01-01T00:00:00.000Z',
  }));
  const retros: Retro[] = Array.from({ length: 150 }, (_, w) => {
    const date = day(w * 5);
    const task = (id: string, closed: boolean): NoteNode => ({
      type: 'taskItem',
      attrs: { id, checked: closed, owner: null, due: null, closedOn: closed ? day(w * 5 + 5) : null },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `Action ${id}` }] }],
    });
    const empty: NoteNode = { type: 'doc', content: [{ type: 'paragraph' }] };
    return {
      id: `r${w}`,
      date,
      attendees: [],
      mvpStatus: '',
      startedAt: null,
      deletedAt: null,
      mailLog: [],
      createdAt: `${date}T09:00:00.000Z`,
      updatedAt: `${date}T09:00:00.000Z`,
      goalScores: goals.map((g, i) => ({ goalId: g.id, score: Math.min(100, (w * (i + 1)) % 101), note: '' })),
      notes: {
        wentWell: empty,
        wentPoorly: empty,
        notes: empty,
        doNextTime: {
          type: 'doc',
          content: [{ type: 'taskList', content: [task(`a${w}`, w % 3 !== 0), task(`b${w}`, false)] }],
        },
      },
    };
  });
  file.retro = { goals, retros };
  // 150 retros + 150 "created" + 100 "closed" + 4 fixed dates = 404; milestones make up the rest.
  file.project.milestones = Array.from({ length: 596 }, (_, i) => ({
    id: `m${i}`,
    date: day(Math.floor(i * 1.25)),
    kind: 'custom' as const,
    title: `Milestone ${i + 1}`,
    note: '',
    createdAt: '2025-01-01T00:00:00.000Z',
  }));
  return file;
}

test('timeline with 1,000 items: rendering, scrolling, zooming and keyboard stay responsive', async ({
  app,
  page,
  restart,
}) => {
  const engagement = await seedEngagement(page, engagementInput({ startDate: '2025-01-06', endDate: '2027-01-15' }));
  await restart();
  fs.writeFileSync(
    path.join(app.dataDir, 'engagements', `${engagement.id}.json`),
    JSON.stringify(generated(engagement)),
  );
  const p = await restart();
  await openEngagementNamed(p, 'Payments MVP');

  const t0 = Date.now();
  await p.getByRole('button', { name: 'Timeline', exact: true }).click();
  const group = p.getByRole('group', { name: 'Timeline of Payments MVP' });
  await expect(group.getByRole('button').first()).toBeVisible();
  const openMs = Date.now() - t0;
  const total = await p.evaluate(() => document.querySelectorAll('.tl-item').length);

  /** Runs `steps` in the page, one per animation frame, and reports frame times and long tasks. */
  const measure = (action: 'scroll' | 'zoom' | 'keys') =>
    p.evaluate(async (kind) => {
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
      observer.observe({ type: 'longtask', buffered: false });
      const scroller = document.querySelector<HTMLElement>('.tl__scroller');
      const frames: number[] = [];
      const rendered: number[] = [];
      let last = performance.now();
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const steps = kind === 'keys' ? 200 : kind === 'zoom' ? 8 : 120;
      for (let i = 0; i < steps; i++) {
        if (kind === 'scroll' && scroller)
          scroller.scrollLeft = ((i + 1) / steps) * (scroller.scrollWidth - scroller.clientWidth);
        if (kind === 'zoom')
          document
            .querySelector<HTMLButtonElement>(i < 4 ? '[aria-label="Zoom in"]' : '[aria-label="Zoom out"]')
            ?.click();
        if (kind === 'keys')
          document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        await frame();
        const now = performance.now();
        frames.push(now - last);
        last = now;
        rendered.push(document.querySelectorAll('.tl-item').length);
      }
      observer.disconnect();
      frames.sort((a, b) => a - b);
      return {
        steps,
        medianFrameMs: Math.round(frames[Math.floor(frames.length / 2)] ?? 0),
        p95FrameMs: Math.round(frames[Math.floor(frames.length * 0.95)] ?? 0),
        worstFrameMs: Math.round(frames.at(-1) ?? 0),
        longTasks: longTasks.length,
        renderedMax: Math.max(...rendered),
        focused: document.activeElement?.getAttribute('aria-label') ?? '',
      };
    }, action);

  // Zoomed in to weeks first: the case virtualization is for.
  for (let i = 0; i < 4; i++) await p.getByRole('button', { name: 'Zoom in' }).click();
  const scroll = await measure('scroll');
  const zoom = await measure('zoom');
  for (let i = 0; i < 4; i++) await p.getByRole('button', { name: 'Zoom in' }).click();
  await group.locator('[tabindex="0"]').focus();
  await p.keyboard.press('Home');
  const keys = await measure('keys');

  const results = { items: 1000, openMs, renderedAtWholeEngagement: total, scroll, zoom, keys };
  fs.mkdirSync('test-results/bench', { recursive: true });
  fs.writeFileSync('test-results/bench/timeline.json', JSON.stringify(results, null, 2));
  console.log(`timeline bench (${app.name}): ${JSON.stringify(results, null, 2)}`);

  // Functional facts only (timings are reported above, not asserted): the window is
  // virtualized when zoomed in, and keyboard focus walked 200 items along.
  expect(scroll.renderedMax).toBeLessThan(400);
  expect(keys.focused).not.toBe('');
});
