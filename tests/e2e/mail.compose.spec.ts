import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { engagementInput, seedEngagement } from './helpers';

/** This week's retro of Payments MVP, its notes begun; Ana Lima has no address. */
async function startedRetro(page: Page) {
  await seedEngagement(page, engagementInput());
  await page.getByRole('button', { name: /Payments MVP/ }).click();
  await page.getByRole('button', { name: 'Retros', exact: true }).click();
  await page.getByRole('button', { name: 'Start this week’s retro' }).click();
  await page.getByRole('textbox', { name: 'Went well' }).click();
  await page.keyboard.type('Zoë and Kenji paired on the rollout.');
}

test('copying recipients and subject for web mail does not count as emailed; the method used last is offered first', async ({
  app,
  page,
  snap,
  expectAccessible,
}) => {
  await startedRetro(page);
  await page.getByRole('button', { name: 'Email notes' }).click();
  let dialog = page.getByRole('dialog', { name: 'Email the notes' });
  // No mail yet: the draft is the main way out.
  const actions = dialog.locator('.compose__actions').first().getByRole('button');
  await expect(actions.first()).toHaveText('Open as draft in my mail app');
  await expect(dialog.getByRole('button', { name: 'Copy notes' })).toBeVisible();

  const web = dialog.getByRole('group', { name: 'For web mail' });
  await web.getByRole('button', { name: 'Copy recipients' }).click();
  await expect(dialog.getByText('Copied 2 recipients.', { exact: false })).toBeVisible();
  expect(await app.clipboardText()).toBe('Zoë Ångström <zoe@example.com>, Kenji Sato <kenji@example.com>');
  await dialog.getByLabel('Subject').fill('Retro — week 6');
  await web.getByRole('button', { name: 'Copy subject' }).click();
  await expect(dialog.getByText('Copied the subject.', { exact: false })).toBeVisible();
  expect(await app.clipboardText()).toBe('Retro — week 6');
  await snap('compose-web-mail');
  await expectAccessible();
  await page.setViewportSize({ width: 1024, height: 768 });
  await snap('compose-web-mail-1024');

  await dialog.getByRole('button', { name: 'Close' }).click();
  // Nothing left the app: no mail line, nothing to confirm.
  await expect(page.getByRole('button', { name: 'I sent it' })).toHaveCount(0);
  await expect(page.getByText(/Notes (copied|sent)/)).toHaveCount(0);

  // Copying the notes themselves is a way out: remembered for next time.
  await page.getByRole('button', { name: 'Email notes' }).click();
  dialog = page.getByRole('dialog', { name: 'Email the notes' });
  await dialog.getByRole('button', { name: 'Copy notes' }).click();
  await expect(dialog.getByText('Copied as rich text and plain text.', { exact: false })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'I sent it' })).toBeVisible();

  // Reopened, the dialog offers "Copy notes" first, as the main button (kept over a restart: mailMethod.test.ts).
  await page.getByRole('button', { name: 'Email notes' }).click();
  dialog = page.getByRole('dialog', { name: 'Email the notes' });
  const first = dialog.locator('.compose__actions').first().getByRole('button').first();
  await expect(first).toHaveText('Copy notes');
  await expect(first).toHaveClass(/button--primary/);
  await expect(dialog.getByRole('button', { name: 'Open as draft in my mail app' })).not.toHaveClass(/button--primary/);
});

test('an address added in the dialog goes to People and into To; one another person has is refused', async ({
  page,
  snap,
}) => {
  await startedRetro(page);
  await page.getByRole('button', { name: 'Email notes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Email the notes' });
  await dialog.getByRole('button', { name: 'Add email for Ana Lima' }).click();
  const field = dialog.getByLabel('Email of Ana Lima');
  await field.fill('kenji@example.com');
  await dialog.getByRole('button', { name: 'Save to People' }).click();
  await expect(dialog.getByText('kenji@example.com is already Kenji Sato’s address.', { exact: false })).toBeVisible();
  // What was typed is still there, to correct.
  await expect(field).toHaveValue('kenji@example.com');
  await field.fill('ana@example.com');
  // Editing the refused address clears the refusal at once, before saving again.
  await expect(dialog.getByText('is already Kenji Sato’s address', { exact: false })).toHaveCount(0);
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await snap('compose-add-email');
  await dialog.getByRole('button', { name: 'Save to People' }).click();
  await expect(dialog.getByRole('list', { name: 'To' })).toContainText('Ana Lima <ana@example.com>');
  await expect(dialog.getByText('Saved ana@example.com for Ana Lima in People.', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Add email for Ana Lima' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Details', exact: true }).click();
  await expect(page.getByRole('listitem', { name: 'Person 3' }).getByLabel('Email')).toHaveValue('ana@example.com');
});
