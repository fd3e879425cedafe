import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import PostalMime from 'postal-mime';
import { expect, test } from './fixtures';
import { engagementInput, expectSettingsSaved, openEngagementList, seedEngagement } from './helpers';
import { parseWithPython } from '../unit/support/mime';

/** Payments MVP with a host PM (Mei) besides Kenji (tech lead) and Ana (no address); Zoë is the aux engineer. */
async function openProjectRetro(page: Page) {
  const input = engagementInput();
  await seedEngagement(page, {
    ...input,
    people: [...input.people, { id: 'p-mei', name: 'Mei Chen', email: 'mei@example.com', role: 'host-pm' }],
  });
  await openEngagementList(page);
  await page
    .getByRole('list', { name: 'Engagements' })
    .getByRole('button', { name: /Payments MVP/ })
    .click();
  await page.getByRole('button', { name: 'Project retro', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Project retro' })).toBeVisible();
}

/** Google Forms' "Download responses (.csv)": every cell quoted, CRLF, the Timestamp with its GMT offset. */
function googleFormsExport(): string {
  const rows = [
    [
      'Timestamp',
      'Email address',
      'How likely are you to recommend Platform Enablement?',
      'Why did you give that score?',
    ],
    ['2027/02/08 4:14:03 PM GMT+1', 'kenji@example.com', '9', 'Pairing every day, even on "boring" tickets'],
    ['2027/02/08 5:02:40 PM GMT+1', 'mei@example.com', '10', 'Shipped early.\nWould ask again'],
    ['2027/02/09 9:30:00 AM GMT+1', 'ana@example.com', '8', '=HYPERLINK("https://evil.example","Click")'],
  ];
  return rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
}

/** A Microsoft Forms export saved from Excel as CSV UTF-8: a byte order mark, cells quoted only when needed. */
function microsoftFormsExport(): Buffer {
  const text = [
    'ID,Start time,Completion time,Email,Name,How likely are you to recommend Platform Enablement?,What is the main reason for your score?',
    '1,09/02/2027 10:01,09/02/2027 10:03,anonymous,anonymous,3,"Too many meetings, not enough code"',
    '2,09/02/2027 11:20,09/02/2027 11:22,anonymous,anonymous,8,',
    '3,09/02/2027 10:01,09/02/2027 10:03,anonymous,anonymous,3,"Too many meetings, not enough code"',
    '4,13/02/2027 10:01,13/02/2027 10:03,anonymous,anonymous,7,Sent after the export',
  ].join('\r\n');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

test('NPS CSV imported: a Google Forms export and a Microsoft Forms export, bad rows refused, duplicates skipped', async ({
  page,
  restart,
  snap,
  expectAccessible,
}, testInfo) => {
  const google = testInfo.outputPath('Payments NPS (Responses).csv');
  const microsoft = testInfo.outputPath('Payments NPS(1-4).csv');
  fs.writeFileSync(google, googleFormsExport());
  fs.writeFileSync(microsoft, microsoftFormsExport());
  await openProjectRetro(page);

  await page.getByRole('button', { name: 'Import responses' }).click();
  let dialog = page.getByRole('dialog', { name: 'Import NPS responses' });
  await expect(dialog.getByRole('button', { name: 'Import 0 responses' })).toBeDisabled();
  // Rows copied from the sheet (tab-separated) preview too; choosing the file replaces them.
  await dialog.getByLabel('Or paste rows from the sheet').fill('Score\tComment\n7\tOk');
  await dialog.getByRole('button', { name: 'Preview pasted rows' }).click();
  await expect(dialog.getByText('The rows: 1 ready.')).toBeVisible();
  await dialog.getByLabel('Choose a CSV file…').setInputFiles(google);
  await expect(dialog.getByText('A Google Forms export: 2 ready, 1 refused.')).toBeVisible();
  await expect(dialog.getByText(path.basename(google))).toBeVisible();
  // The columns as guessed from Google's headers; the user could change them.
  await expect(dialog.getByLabel('Score (0–10)')).toHaveValue('2');
  await expect(dialog.getByLabel('Score (0–10)').locator('option:checked')).toHaveText(
    'How likely are you to recommend Platform Enablement?',
  );
  await expect(dialog.getByLabel('Respondent', { exact: true })).toHaveValue('1');
  await expect(dialog.getByLabel('Date', { exact: true })).toHaveValue('0');
  const rows = dialog.getByRole('region', { name: 'Rows to import' }).getByRole('row');
  await expect(rows.filter({ hasText: 'Kenji Sato' })).toContainText('Ready');
  await expect(rows.filter({ hasText: 'Mei Chen' })).toContainText('Product');
  await expect(rows.filter({ hasText: 'Refused' })).toContainText(
    '“Why did you give that score?” starts like a spreadsheet formula',
  );
  await snap('nps-import-google');
  await expectAccessible();
  await page.setViewportSize({ width: 800, height: 600 });
  await snap('nps-import-google-800');
  await page.setViewportSize({ width: 1280, height: 860 });

  // Nothing is stored until confirmed; then exactly the two ready rows.
  await expect(page.getByTestId('nps-value')).toHaveText('–');
  await dialog.getByRole('button', { name: 'Import 2 responses' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('Imported 2 responses.');
  await expect(page.getByTestId('nps-value')).toHaveText('+100');
  const responses = page.getByRole('list', { name: 'Responses' });
  await expect(responses.getByRole('listitem')).toHaveCount(2);
  await expect(responses).toContainText('Pairing every day, even on "boring" tickets');

  await page.getByRole('button', { name: 'Import responses' }).click();
  dialog = page.getByRole('dialog', { name: 'Import NPS responses' });
  const msRows = dialog.getByRole('region', { name: 'Rows to import' }).getByRole('row');
  await dialog.getByLabel('Choose a CSV file…').setInputFiles(microsoft);
  await expect(dialog.getByText('A Microsoft Forms export: 2 ready, 1 duplicate skipped, 1 refused.')).toBeVisible();
  await expect(dialog.getByLabel('Date', { exact: true })).toHaveValue('2');
  await expect(dialog.getByLabel('Dates are written')).toHaveValue('dmy');
  await expect(msRows.filter({ hasText: 'Duplicate' })).toContainText('The same answer as row 2.');
  await expect(msRows.filter({ hasText: 'Refused' })).toContainText('in “Completion time” is in the future.');
  // Nobody signed in: the role of the rest is the user's choice.
  await dialog.getByLabel('Role when the file and People do not say').selectOption({ label: 'Engineer' });
  await expect(msRows.filter({ hasText: 'Too many meetings' }).first()).toContainText('Engineer');
  await snap('nps-import-microsoft');
  await dialog.getByRole('button', { name: 'Import 2 responses' }).click();
  await expect(dialog).toBeHidden();
  // 9, 10, 3, 8: two promoters, one detractor of four → +25.
  await expect(page.getByTestId('nps-value')).toHaveText('+25');

  const again = await restart();
  await openEngagementListAndProject(again);
  await expect(again.getByTestId('nps-value')).toHaveText('+25');
  await expect(again.getByRole('list', { name: 'Responses' }).getByRole('listitem')).toHaveCount(4);
});

async function openEngagementListAndProject(page: Page) {
  await openEngagementList(page);
  await page
    .getByRole('list', { name: 'Engagements' })
    .getByRole('button', { name: /Payments MVP/ })
    .click();
  await page.getByRole('button', { name: 'Project retro', exact: true }).click();
}

test('survey drafted: to the host team, the question about the team named in Settings, edited before it goes', async ({
  app,
  page,
  snap,
  expectAccessible,
}) => {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Your team’s name').fill('Platform Guild');
  await expect(page.getByText('The NPS survey asks: “How likely are you to recommend Platform Guild?”')).toBeVisible();
  await expectSettingsSaved(page, 'Your team’s name');
  await openProjectRetro(page);
  await expect(page.getByText('“How likely are you to recommend Platform Guild?” 0–10')).toBeVisible();

  await page.getByRole('button', { name: 'Send the survey' }).click();
  const dialog = page.getByRole('dialog', { name: 'Email the survey' });
  const to = dialog.getByRole('list', { name: 'To' });
  await expect(to.getByRole('listitem')).toHaveCount(2);
  await expect(to).toContainText('Kenji Sato <kenji@example.com>');
  await expect(to).toContainText('Mei Chen <mei@example.com>');
  await expect(dialog.getByText('No email: Ana Lima.', { exact: false })).toBeVisible();
  const question = dialog.getByLabel('Question');
  await expect(question).toHaveValue('How likely are you to recommend Platform Guild?');
  await question.fill('How likely are you to recommend Platform Guild to another team?');
  const link = dialog.getByLabel('Link to the form (optional)');
  await link.fill('http://forms.example.com/nps');
  await expect(
    dialog.getByText('Enter the form’s https:// link, or leave it empty for answers by reply.'),
  ).toBeVisible();
  await link.fill('https://forms.gle/Pay1234');
  const preview = dialog.getByRole('document', { name: 'Preview of the email' });
  await expect(preview).toContainText('How likely are you to recommend Platform Guild to another team?');
  await expect(preview.getByRole('link', { name: 'Answer the survey' })).toHaveAttribute(
    'href',
    'https://forms.gle/Pay1234',
  );
  // The 0–10 scale, drawn as a row of boxes.
  await expect(preview.getByText('10', { exact: true })).toBeVisible();

  const sender = dialog.getByRole('group', { name: 'Your name and email' });
  await sender.getByLabel('Your name').fill('Zoë Ångström');
  await sender.getByLabel('Your email').fill('zoe@example.com');
  await snap('survey-compose');
  await expectAccessible();
  await page.setViewportSize({ width: 800, height: 600 });
  await snap('survey-compose-800');
  await page.setViewportSize({ width: 1280, height: 860 });

  await dialog.getByRole('button', { name: 'Open as draft in my mail app' }).click();
  await expect(dialog.getByText('The draft is open in your mail app.', { exact: false })).toBeVisible();
  const drafts = path.join(app.dataDir, 'drafts');
  const [draft] = fs.readdirSync(drafts);
  if (!draft) throw new Error('no draft was written');
  const raw = fs.readFileSync(path.join(drafts, draft));
  const python = parseWithPython(raw);
  expect(python.defects).toEqual([]);
  expect(python.subject).toBe('One question about Payments MVP');
  expect(python.to?.map((a) => a.email)).toEqual(['kenji@example.com', 'mei@example.com']);
  expect(python.xUnsent).toBe('1');
  expect(python.text).toContain('How likely are you to recommend Platform Guild to another team?');
  expect(python.text).toContain('Answer here: https://forms.gle/Pay1234');
  const postal = await PostalMime.parse(raw);
  expect(postal.html).toContain('href="https://forms.gle/Pay1234"');
  expect(postal.html).not.toMatch(/<script|<img/i);
});
