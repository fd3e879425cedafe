import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { NoteNode } from '../../shared/model/note';
import { addDaysIso, formatDisplayDate, localDateOf } from '../../shared/dates';
import { expect, test } from './fixtures';
import { engagementInput, openEngagementList, seedEngagement } from './helpers';
import { openRetros } from './retroWorld';
import { api, seedStory } from './story';

/**
 * Export PDF, read back with poppler's tools, independent of the app and of Chromium:
 * pdftotext for the words on the pages, pdfinfo for their number and size.
 */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

function pdfInfo(file: string): { pages: number; width: number; height: number; title: string } {
  const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    width: Number(size?.[1]),
    height: Number(size?.[2]),
    title: /Title:\s+(.*)/.exec(info)?.[1]?.trim() ?? '',
  };
}

/** A4 is 595.28 × 841.89 pt, Letter 612 × 792; Chromium rounds a page to a few hundredths of an inch. */
function expectPaper(info: { width: number; height: number }, paper: 'a4' | 'letter') {
  const [width, height] = paper === 'a4' ? [595.28, 841.89] : [612, 792];
  expect(Math.abs(info.width - width), `page width ${info.width} pt`).toBeLessThan(1.5);
  expect(Math.abs(info.height - height), `page height ${info.height} pt`).toBeLessThan(1.5);
}

/** Words as pdftotext lays them out: one space between them, whatever the line breaks. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

const para = (text: string): NoteNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const task = (id: string, text: string, owner: string | null, due: string | null): NoteNode => ({
  type: 'taskItem',
  attrs: { id, checked: false, owner, due, closedOn: null },
  content: [para(text)],
});

const HOSTILE = '<script>alert(1)</script> & <b>bold</b>';
/** Thirty action items, so the retro runs over more than one page. */
const ITEMS = Array.from({ length: 30 }, (_, i) => `Action item number ${i + 1}: pair on the deploy step`);

/**
 * An engagement with one goal, last week's retro (an item still open) and this week's made
 * long: a goal score, many paragraphs and thirty action items, so it runs over a page.
 */
async function longRetro(page: Page, now: Date): Promise<{ date: string; lastWeek: string }> {
  const { id: engagementId } = await seedEngagement(page, engagementInput({}, now));
  const goal = await api(page, 'goals:save', {
    engagementId,
    goalId: null,
    input: {
      kind: 'business',
      title: 'Checkout MVP live',
      metric: '',
      baseline: '',
      target: '10%',
      productionAdoption: true,
    },
  });
  const lastWeek = addDaysIso(localDateOf(now), -7);
  const earlier = await api(page, 'retros:create', { engagementId, date: lastWeek });
  await api(page, 'retros:saveNote', {
    engagementId,
    retroId: earlier.id,
    section: 'doNextTime',
    doc: {
      type: 'doc',
      content: [{ type: 'taskList', content: [task('open-1', 'Fix the flaky login test', 'p-ana', null)] }],
    },
  });
  const date = localDateOf(now);
  const retro = await api(page, 'retros:create', { engagementId, date });
  await api(page, 'retros:update', {
    engagementId,
    retroId: retro.id,
    patch: { goalScores: [{ goalId: goal.id, score: 62, note: 'Two regions live' }] },
  });
  const save = (section: 'wentWell' | 'doNextTime', content: NoteNode[]) =>
    api(page, 'retros:saveNote', { engagementId, retroId: retro.id, section, doc: { type: 'doc', content } });
  await save(
    'wentWell',
    Array.from({ length: 25 }, (_, i) => para(`Paragraph ${i + 1} of what went well: pairing, tests, reviews.`)),
  );
  await save('doNextTime', [
    {
      type: 'taskList',
      content: ITEMS.map((text, i) => task(`long-${i}`, text, i % 2 ? 'p-kenji' : 'p-zoe', i === 0 ? date : null)),
    },
  ]);
  await page.reload();
  return { date, lastWeek };
}

async function exportPdf(page: Page, paper: 'A4' | 'Letter' | null, name: RegExp) {
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  if (paper) await dialog.getByRole('radio', { name: new RegExp(`^${paper}`) }).check();
  await dialog.getByRole('button', { name: 'Export PDF…' }).click();
  // The dialog closes only once the PDF is saved; an earlier export's notice may still be up.
  await expect(dialog).toBeHidden();
  await expect(page.getByText(name).last()).toBeVisible();
}

test('PDF exported and read with pdftotext: a weekly retro, on A4 and on Letter', async ({
  app,
  page,
  now,
  snap,
  expectAccessible,
}) => {
  const { date, lastWeek } = await longRetro(page, now);
  await openRetros(page);
  await page.getByRole('button', { name: new RegExp(`Retro of ${formatDisplayDate(date)}`) }).click();
  // Typed a moment before exporting: it is in the PDF (pending saves go first).
  await page.getByRole('textbox', { name: 'Went poorly' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(` Typed just now ${HOSTILE}`);

  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  // The OS locale is en-GB: A4 is offered first.
  await expect(dialog.getByRole('radio', { name: /^A4/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /^Letter/ })).not.toBeChecked();
  await snap('export-pdf-dialog');
  await expectAccessible();
  await page.setViewportSize({ width: 800, height: 600 });
  await snap('export-pdf-dialog-800x600');
  await page.setViewportSize({ width: 1200, height: 800 });

  await exportPdf(page, null, /Saved the PDF to .*payments-mvp-retro-\d{4}-\d\d-\d\d\.pdf/);
  const file = path.join(app.exportsDir, `payments-mvp-retro-${date}.pdf`);
  const a4 = pdfInfo(file);
  expectPaper(a4, 'a4');
  expect(a4.pages).toBeGreaterThan(1);
  expect(a4.title).toBe(`Retro of ${formatDisplayDate(date)} · Payments MVP`);
  const text = flat(pdfText(file));
  for (const heading of ['Goal scores', 'Went well', 'Went poorly', 'Do next time']) expect(text).toContain(heading);
  expect(text).toContain(`Retro of ${formatDisplayDate(date)}`);
  expect(text).toContain('Who came: Zoë Ångström, Kenji Sato, Ana Lima');
  // pdftotext reads a table a column at a time.
  expect(text).toContain('Goal Checkout MVP live Score 62% Note Two regions live');
  // Last week's open item is carried into this retro, and says where it came from.
  expect(text).toContain(
    `Open action items from earlier retros ☐ Fix the flaky login test (Ana Lima, from ${formatDisplayDate(lastWeek)})`,
  );
  expect(text).toContain('Paragraph 25 of what went well');
  for (const [i, item] of ITEMS.entries()) {
    expect(text).toContain(
      `${item} (${i % 2 ? 'Kenji Sato' : 'Zoë Ångström'}${i === 0 ? `, due ${formatDisplayDate(date)}` : ''})`,
    );
  }
  // Hostile text is printed as typed, not interpreted.
  expect(text).toContain(`Typed just now ${HOSTILE}`);
  expect(text).toContain(`Exported from Aux Desk on ${formatDisplayDate(localDateOf(now))}.`);
  expect(text).toContain(`Page 1 of ${a4.pages}`);

  // Letter this time: the same file, laid out for 8.5 × 11 in.
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  await exportPdf(page, 'Letter', /Saved the PDF to/);
  const letter = pdfInfo(file);
  expectPaper(letter, 'letter');
  expect(letter.pages).toBeGreaterThan(1);
  expect(flat(pdfText(file))).toContain(ITEMS.at(-1) ?? '');
});

test.describe('in the US', () => {
  test.use({ osLocale: 'en-US' });

  test('PDF exported and read with pdftotext: the project retro, on Letter by default', async ({
    app,
    page,
    now,
    snap,
  }) => {
    const story = await seedStory(page, now);
    const engagementId = story.engagement.id;
    await api(page, 'project:saveNote', {
      engagementId,
      section: 'takeaways',
      doc: { type: 'doc', content: [para(`Pair from day one. ${HOSTILE}`)] },
    });
    await api(page, 'project:saveNote', {
      engagementId,
      section: 'doNextTime',
      doc: {
        type: 'doc',
        content: [{ type: 'taskList', content: [task('pr-1', 'Hand over the runbook', 'p-kenji', null)] }],
      },
    });
    await api(page, 'nps:add', {
      engagementId,
      input: { respondent: 'Kenji Sato', role: 'engineer', score: 9, comment: 'Pairing changed how we test' },
    });
    await page.reload();
    await openEngagementList(page);
    await page
      .getByRole('list', { name: 'Engagements' })
      .getByRole('button', { name: /Payments MVP/ })
      .click();
    await page.getByRole('button', { name: 'Project retro', exact: true }).click();
    await page.getByRole('textbox', { name: 'Went well' }).click();
    await page.keyboard.type('The MVP reached production in week three.');

    await page.getByRole('button', { name: 'Export PDF…' }).click();
    await expect(
      page.getByRole('dialog', { name: 'Export PDF' }).getByRole('radio', { name: /^Letter/ }),
    ).toBeChecked();
    await snap('export-pdf-project-dialog');
    await exportPdf(page, null, /Saved the PDF to .*payments-mvp-project-retro\.pdf/);

    const file = path.join(app.exportsDir, 'payments-mvp-project-retro.pdf');
    const info = pdfInfo(file);
    expectPaper(info, 'letter');
    // The walk, the goals, the notes and the NPS each start a page.
    expect(info.pages).toBeGreaterThanOrEqual(4);
    const text = flat(pdfText(file));
    for (const heading of [
      'Project retro: Payments MVP',
      'Timeline',
      'Weekly retros',
      'Goals',
      'Went well',
      'Went poorly',
      'Do next time',
      'Key takeaways',
      'NPS',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('The MVP reached production in week three.');
    expect(text).toContain('Hand over the runbook (Kenji Sato)');
    expect(text).toContain(`Pair from day one. ${HOSTILE}`);
    expect(text).toContain('MVP in production');
    expect(text).toContain('Pairing changed how we test');
    expect(text).toContain(`Page ${info.pages} of ${info.pages}`);
  });
});
