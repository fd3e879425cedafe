import { expect, test, type Browser } from '@playwright/test';
import type { Engagement } from '../../shared/model/engagement';
import { newEngagementFile, type EngagementFile } from '../../shared/model/files';
import { emptyProjectNotes } from '../../shared/model/projectRetro';
import { composeProjectMail } from '../../shared/mail/projectMail';
import { composeRetroMail } from '../../shared/mail/retroMail';
import { renderHtml } from '../../shared/project/reportHtml';
import { projectReport } from '../../shared/project/report';
import { validInput } from '../unit/support/fixtures';
import { doc, line, link, paragraph, retro, taskItem, taskList, text } from '../unit/support/notes';
import { chromiumAvailability } from './hosts/availability';
import { CHROMIUM_ARGS } from './hosts/chromiumHost';

/**
 * A pasted URL or token has no place to break: without long-word wrapping it widened the
 * exported page to 10,467 px and the mail to 10,330 px. Rendered here in real Chromium at
 * 800 px, each generated page must fit its window.
 */
const TOKEN = `https://example.com/${'a1B2c3D4e5'.repeat(110)}`;
const VIEWPORT = { width: 800, height: 900 };

const engagement: Engagement = {
  ...validInput({ name: `Search ${TOKEN}`, hostTeam: TOKEN }),
  id: 'e1',
  createdAt: '2026-02-20T10:00:00.000Z',
  updatedAt: '2026-02-20T10:00:00.000Z',
};

const longNote = doc(
  line(TOKEN),
  paragraph(text(TOKEN, [link(TOKEN)])),
  taskList(taskItem({ id: 'a', owner: 'p-1' }, TOKEN)),
  { type: 'codeBlock', content: [text(TOKEN)] },
  { type: 'heading', attrs: { level: 2 }, content: [text(TOKEN)] },
);

function file(): EngagementFile {
  const f = newEngagementFile(engagement);
  f.retro.goals = [
    {
      id: 'g1',
      kind: 'technical',
      title: TOKEN,
      metric: TOKEN,
      baseline: TOKEN,
      target: TOKEN,
      productionAdoption: false,
      createdAt: '2026-03-01T00:00:00.000Z',
    },
  ];
  f.retro.retros = [
    retro({
      id: 'r1',
      date: '2026-03-05',
      attendees: [{ personId: 'p-1', name: TOKEN, email: 'ada@example.com' }],
      goalScores: [{ goalId: 'g1', score: 40, note: TOKEN }],
      notes: { wentWell: longNote, wentPoorly: longNote, doNextTime: longNote, notes: longNote },
      mvpStatus: TOKEN,
    }),
  ];
  f.project.milestones = [
    {
      id: 'm1',
      date: '2026-03-03',
      kind: 'kick-off',
      title: TOKEN,
      note: TOKEN,
      createdAt: '2026-03-03T00:00:00.000Z',
    },
  ];
  f.project.retro.attendees = [{ personId: 'p-1', name: TOKEN, email: 'ada@example.com' }];
  f.project.retro.notes = { ...emptyProjectNotes(), wentWell: longNote, takeaways: longNote };
  f.project.nps = [
    { id: 'n1', respondent: TOKEN, role: 'engineer', score: 9, comment: TOKEN, createdAt: '2026-05-07T15:00:00.000Z' },
  ];
  return f;
}

const PAGES: [string, () => string][] = [
  ['the exported HTML page', () => renderHtml(projectReport(file(), '2026-05-08'), 'sheet')],
  ['the project retro mail', () => composeProjectMail({ file: file(), today: '2026-05-08' }).html],
  [
    'the weekly retro mail',
    () => {
      const { retro: retros } = file();
      const [first] = retros.retros;
      if (!first) throw new Error('The fixture has a retro.');
      return composeRetroMail({ engagement, retro: first, goals: retros.goals }).html;
    },
  ],
];

test.describe('long unbroken text wraps', () => {
  let browser: Browser | undefined;
  test.beforeAll(async ({ playwright }, testInfo) => {
    const availability = chromiumAvailability();
    test.skip(
      testInfo.project.name !== 'chromium' || !availability.ok,
      'Rendered in Debian’s Chromium (the chromium project)',
    );
    if (availability.ok)
      browser = await playwright.chromium.launch({ executablePath: availability.executablePath, args: CHROMIUM_ARGS });
  });
  test.afterAll(async () => {
    await browser?.close();
  });

  for (const [name, html] of PAGES) {
    test(`${name} fits an 800 px window`, async () => {
      if (!browser) throw new Error('Chromium did not start.');
      const page = await browser.newPage({ viewport: VIEWPORT });
      await page.setContent(html());
      // The token is there, whole: wrapped, not cut.
      await expect(page.getByText(TOKEN).first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORT.width);
      await page.close();
    });
  }
});
