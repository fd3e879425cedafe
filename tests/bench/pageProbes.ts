import path from 'node:path';
import type { Page } from '@playwright/test';
import { sizeOf, type ScriptBytes } from './scripts';

/**
 * Waits for the start view ("This week") with its data — the week across all engagements,
 * or the empty state — and returns ms since navigation start.
 */
export async function homeInteractiveMs(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (document.querySelector('.home, .empty') ? performance.now() : false),
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Installs the keystroke probe: each keydown's timestamp to the frame after it (a
 * requestAnimationFrame, then a task posted from it, which runs after that frame's paint),
 * plus Event Timing entries (which Chromium reports only at ≥ 16 ms).
 */
export async function installKeyProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __keyLatency: number[]; __slowEvents: number[] };
    w.__keyLatency = [];
    w.__slowEvents = [];
    window.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__keyLatency.push(performance.now() - start);
          channel.port2.postMessage(0);
        });
      },
      { capture: true },
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') w.__slowEvents.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
}

export async function readKeyProbe(page: Page): Promise<{ latencies: number[]; slowEvents: number[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __keyLatency: number[]; __slowEvents: number[] };
    const result = { latencies: [...w.__keyLatency], slowEvents: [...w.__slowEvents] };
    w.__keyLatency.length = 0;
    w.__slowEvents.length = 0;
    return result;
  });
}

/** Deterministic text to type: lowercase words and spaces. */
export function typingText(chars: number): string {
  const words = ['retro', 'deploy', 'pairing', 'tests', 'build', 'team', 'shipped', 'review', 'next', 'week'];
  let out = '';
  for (let i = 0; out.length < chars; i++) out += `${words[i % words.length] ?? 'x'} `;
  return out.slice(0, chars);
}

/** The JavaScript the page has loaded so far (Resource Timing), sized from the built files. */
export async function loadedScripts(page: Page, root: string): Promise<ScriptBytes> {
  const urls = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => new URL(name).pathname.endsWith('.js')),
  );
  return sizeOf([...new Set(urls)].map((url) => path.join(root, decodeURIComponent(new URL(url).pathname))));
}

/**
 * Scrolls the timeline across its width, one position per animation frame, and reports
 * each frame's interval (rAF to rAF: 16.7 ms at 60 Hz when no frame is dropped) and its
 * main-thread work (from the frame's start to a task posted from its rAF, which runs
 * after the scroll handlers, the React render they cause, style, layout and paint).
 */
export async function scrollFrames(page: Page, steps: number): Promise<{ intervals: number[]; work: number[] }> {
  return page.evaluate(async (count) => {
    const scroller = document.querySelector<HTMLElement>('.tl__scroller');
    const intervals: number[] = [];
    const work: number[] = [];
    const frame = () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame((start) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            work.push(performance.now() - start);
            resolve(start);
          };
          channel.port2.postMessage(0);
        }),
      );
    let last = await frame();
    work.length = 0;
    for (let i = 0; i < count; i++) {
      if (scroller) scroller.scrollLeft = ((i + 1) / count) * (scroller.scrollWidth - scroller.clientWidth);
      const now = await frame();
      intervals.push(now - last);
      last = now;
    }
    return { intervals, work };
  }, steps);
}

/** From anywhere: the Engagements screen (sidebar), then the engagement named `name`. */
export async function openEngagementNamed(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Engagements', exact: true })
    .click();
  await page
    .locator('.engagement-list')
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .first()
    .click();
}
