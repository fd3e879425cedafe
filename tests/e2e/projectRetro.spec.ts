import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openEngagementList } from './helpers';
import { seedStory } from './story';

async function openProjectRetro(page: Page) {
  await openEngagementList(page);
  await page
    .getByRole('list', { name: 'Engagements' })
    .getByRole('button', { name: /Payments MVP/ })
    .click();
  await page.getByRole('button', { name: 'Project retro', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Project retro' })).toBeVisible();
}

async function recordResponse(
  page: Page,
  score: number,
  role: 'Engineer' | 'Product' | 'Other',
  respondent = '',
  comment = '',
) {
  const form = page.getByRole('form', { name: 'Record a response' });
  await form.getByLabel('Score').selectOption(String(score));
  await form.getByLabel('Role').selectOption({ label: role });
  await form.getByLabel('Respondent (optional)').fill(respondent);
  await form.getByLabel('Comment').fill(comment);
  await form.getByRole('button', { name: 'Record response' }).click();
  await expect(form.getByLabel('Score')).toHaveValue('');
}

test('hold a project retro with takeaways and an NPS survey; export it; restart and find everything', async ({
  app,
  page,
  restart,
  snap,
  expectAccessible,
}) => {
  await seedStory(page);
  await openProjectRetro(page);
  // The goals are restated with their latest scores.
  const goals = page.getByRole('list', { name: 'Goals with their latest scores' });
  await expect(goals.getByRole('listitem')).toHaveText([
    /Checkout MVP live for 10% of traffic.*78%/,
    /Deploys under 15 minutes.*74%/,
    /Line coverage 80%.*85%/,
  ]);

  await page.getByLabel('Add a person of the engagement').selectOption({ label: 'Kenji Sato' });
  await page.getByLabel('Add a person of the engagement').selectOption({ label: 'Zoë Ångström' });
  await page.getByRole('textbox', { name: 'Went well' }).click();
  await page.keyboard.type('The MVP reached production in week three, behind a flag.');
  await page.getByRole('textbox', { name: 'Went poorly' }).click();
  await page.keyboard.type('End-to-end tests stayed flaky until week six.');
  await page.getByRole('textbox', { name: 'Key takeaways' }).click();
  await page.keyboard.type('Pair from day one. <Ship> the MVP & measure it.');

  // Ten responses: 5 promoters, 2 passives, 3 detractors → NPS = 50% − 30% = +20.
  const scores: [number, 'Engineer' | 'Product' | 'Other'][] = [
    [10, 'Engineer'],
    [9, 'Engineer'],
    [9, 'Product'],
    [8, 'Engineer'],
    [7, 'Other'],
    [6, 'Product'],
    [5, 'Engineer'],
    [10, 'Engineer'],
    [3, 'Product'],
    [9, 'Engineer'],
  ];
  for (const [i, [score, role]] of scores.entries()) {
    await recordResponse(page, score, role, i === 0 ? 'Kenji Sato' : '', i === 0 ? 'Pairing changed how we test' : '');
  }
  await expect(page.getByTestId('nps-value')).toHaveText('+20');
  await expect(page.getByRole('group', { name: 'Net Promoter Score' })).toContainText('NPS from 10 responses');
  await expect(page.getByText('Promoters (9–10)').locator('..')).toContainText('5');
  await expect(page.getByText('Detractors (0–6)').locator('..')).toContainText('3');
  await expect(page.getByRole('listitem', { name: 'Score 9: 3 responses' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'NPS by engagement' })).toContainText('Payments MVP');
  await expect(page.getByRole('list', { name: 'NPS by engagement' })).toContainText('+20');
  await expect(page.getByRole('img', { name: /NPS over time: Payments MVP \+20/ })).toBeVisible();
  // A wrong entry goes, and Undo brings it back.
  await page.getByRole('button', { name: 'Delete the response of Kenji Sato (10)' }).click();
  await expect(page.getByTestId('nps-value')).toHaveText('+11');
  await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('nps-value')).toHaveText('+20');
  await snap('project-retro');
  await expectAccessible();

  // Exports: one self-contained page and one Markdown file, with everything in them.
  await page.getByRole('button', { name: 'Export HTML' }).click();
  await expect(page.getByText(/Exported the project retro to .*payments-mvp-project-retro\.html/)).toBeVisible();
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  await expect(page.getByText(/Exported the project retro to .*payments-mvp-project-retro\.md/)).toBeVisible();
  const html = fs.readFileSync(path.join(app.exportsDir, 'payments-mvp-project-retro.html'), 'utf8');
  expect(html).toContain('<h1>Project retro: Payments MVP</h1>');
  expect(html).toContain('Pair from day one. &lt;Ship&gt; the MVP &amp; measure it.');
  expect(html).toContain('<span class="nps">NPS +20</span>');
  expect(html).toContain('MVP in production');
  expect(html).not.toMatch(/<script|<link|src=|https?:\/\//i);
  const md = fs.readFileSync(path.join(app.exportsDir, 'payments-mvp-project-retro.md'), 'utf8');
  expect(md).toContain('## Key takeaways\n\nPair from day one. \\<Ship> the MVP & measure it.');
  expect(md).toContain('**NPS +20** from 10 responses');
  expect(md).toContain('| Line coverage 80% | Technical |');
  expect(md).toContain('**Attendees:** Kenji Sato, Zoë Ångström');

  // Close at once: the notes typed last are saved by the close handshake.
  const again = await restart();
  await openProjectRetro(again);
  await expect(again.getByRole('textbox', { name: 'Key takeaways' })).toHaveText(
    'Pair from day one. <Ship> the MVP & measure it.',
  );
  await expect(again.getByRole('textbox', { name: 'Went poorly' })).toHaveText(
    'End-to-end tests stayed flaky until week six.',
  );
  await expect(again.getByRole('list', { name: 'Attendees' })).toContainText('Kenji Sato');
  await expect(again.getByTestId('nps-value')).toHaveText('+20');
  await expect(again.getByRole('list', { name: 'Responses' }).getByRole('listitem')).toHaveCount(10);
  await again.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(again.getByRole('button', { name: /^Project retro, / })).toBeVisible();
});
