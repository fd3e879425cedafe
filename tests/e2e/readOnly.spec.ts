import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { engagementInput, openEngagementList, seedEngagement } from './helpers';
import { api } from './story';

const BANNER = 'Written by a newer version of Aux Desk: read-only here. Update Aux Desk to edit it.';

/** Every file under `dir` with its bytes, to check that nothing was written. */
function filesOf(dir: string): Record<string, string> {
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files.map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [path.relative(dir, file), fs.readFileSync(file, 'utf8')];
    }),
  );
}

test('an engagement holding a record from a newer Aux Desk opens read-only, says so, and offers no editing', async ({
  app,
  page,
  snap,
  expectAccessible,
}) => {
  test.slow();
  const engagement = await seedEngagement(page, engagementInput());
  await page.getByRole('button', { name: /Payments MVP/ }).click();
  await page.getByRole('button', { name: 'Retros', exact: true }).click();
  await page.getByRole('button', { name: 'Start this week’s retro' }).click();
  await page.getByRole('textbox', { name: 'Notes', exact: true }).click();
  await page.keyboard.type('Decision: keep the feature flag until 10% traffic.');

  // Quit; a newer Aux Desk on another laptop syncs in a retro in a format this one does not know.
  const folder = path.join(app.dataDir, 'engagements', engagement.id);
  let before: Record<string, string> = {};
  const again = await app.restart(() => {
    const record = { schemaVersion: 11, kind: 'retro', id: 'from-a-newer-app', date: '2026-01-05' };
    fs.writeFileSync(
      path.join(folder, 'retros', '2026-01-05-from-a-newer-app.json'),
      `${JSON.stringify(record, null, 2)}\n`,
    );
    before = filesOf(folder);
  });

  await openEngagementList(again);
  await again.getByRole('button', { name: /Payments MVP/ }).click();
  const banner = again.getByRole('status', { name: 'Read-only engagement' });
  await expect(banner).toHaveText(BANNER);
  await snap('read-only-overview', again);

  // Details: shown, not offered.
  await again.getByRole('button', { name: 'Details', exact: true }).click();
  await expect(banner).toBeVisible();
  await expect(again.getByLabel('Engagement name')).toBeDisabled();
  await expect(again.getByLabel('Engagement name')).toHaveValue('Payments MVP');
  await expect(again.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  await expect(again.getByRole('button', { name: 'Add person' })).toBeDisabled();
  await snap('read-only-details', again);

  // The retro: its notes are there to read, and typing into them does nothing.
  await again.getByRole('button', { name: 'Retros', exact: true }).click();
  await again.getByRole('button', { name: 'Open this week’s retro' }).click();
  const notes = again.getByRole('textbox', { name: 'Notes', exact: true });
  await expect(notes).toHaveText('Decision: keep the feature flag until 10% traffic.');
  await expect(banner).toHaveText(BANNER);
  await expect(notes).toHaveAttribute('contenteditable', 'false');
  await expect(again.getByRole('button', { name: 'Edit anyway' })).toHaveCount(0);
  await expect(again.getByRole('button', { name: 'Email notes' })).toHaveCount(0);
  await notes.click();
  await again.keyboard.type(' Lost');
  await expect(notes).toHaveText('Decision: keep the feature flag until 10% traffic.');
  await expect(again.getByText('Read-only', { exact: true })).toBeVisible();
  await snap('read-only-retro', again);
  await expectAccessible(again);

  // The planner: the week is shown, its fields are not offered.
  await again.getByRole('button', { name: 'Planner', exact: true }).click();
  await expect(banner).toBeVisible();
  await expect(again.getByLabel('Note', { exact: true })).toBeDisabled();
  await expect(again.getByRole('button', { name: 'Add a ritual' })).toBeDisabled();

  // Every other screen of the engagement: shown, not offered.
  await again.getByRole('button', { name: 'Goals', exact: true }).click();
  await expect(again.getByRole('button', { name: 'Add the first goal' })).toBeDisabled();
  await again.getByRole('button', { name: 'Sourcing', exact: true }).click();
  await expect(again.getByRole('textbox', { name: 'One-pager', exact: true })).toHaveAttribute(
    'contenteditable',
    'false',
  );
  await expect(again.getByRole('checkbox').first()).toBeDisabled();
  await expect(again.getByRole('button', { name: 'Compare candidates' })).toBeEnabled();
  await again.getByRole('button', { name: 'Planning', exact: true }).click();
  await expect(again.getByLabel('Kick-off date')).toBeDisabled();
  await expect(again.getByRole('textbox', { name: 'Kick-off notes', exact: true })).toHaveAttribute(
    'contenteditable',
    'false',
  );
  await expect(again.getByRole('button', { name: 'Open the goals sheet' })).toBeEnabled();
  await again.getByRole('button', { name: 'Wrap-up', exact: true }).click();
  await expect(again.getByLabel('Check-in held')).toBeDisabled();
  await again.getByRole('button', { name: 'Project retro', exact: true }).click();
  await expect(again.getByLabel('Held on')).toBeDisabled();
  await expect(again.getByRole('textbox', { name: 'Key takeaways', exact: true })).toHaveAttribute(
    'contenteditable',
    'false',
  );
  await expect(again.getByRole('button', { name: 'Send the survey' })).toBeDisabled();
  // Reading stays: the exports are offered; emailing is not (the send's mail log could not be kept).
  await expect(again.getByRole('button', { name: 'Export Markdown' })).toBeEnabled();
  await expect(again.getByRole('button', { name: 'Email notes' })).toHaveCount(0);
  await expect(banner).toBeVisible();
  await snap('read-only-project-retro', again);

  // Nothing of the engagement was written over, the newer record least of all.
  expect((await api(again, 'engagements:list', {})).map((s) => s.readOnly)).toEqual([true]);
  expect(filesOf(folder)).toEqual(before);
});
