import { expect, test } from './fixtures';

test('settings are validated, saved, survive a restart and drive the defaults', async ({
  app,
  page,
  restart,
  snap,
  expectAccessible,
}) => {
  await app.menu('show-settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByLabel('Engagement length (weeks)')).toHaveValue('10');
  await expect(page.getByLabel('20% day')).toHaveValue('fri');
  await snap('settings');
  await expectAccessible();

  // Friday stops being a working day while it is still the 20% day: refused, with the reason.
  await page.getByRole('checkbox', { name: 'Friday' }).uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByLabel('20% day')).toHaveAccessibleDescription('The 20% day must be one of the working days.');

  await page.getByRole('checkbox', { name: 'Friday' }).check();
  await page.getByLabel('Engagement length (weeks)').fill('12');
  await expect(page.getByLabel('Pairing target (%)')).toHaveValue('80');
  await page.getByLabel('Pairing target (%)').fill('75');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();

  const again = await restart();
  await again.getByRole('button', { name: 'Settings' }).click();
  await expect(again.getByLabel('Engagement length (weeks)')).toHaveValue('12');
  await expect(again.getByLabel('Pairing target (%)')).toHaveValue('75');
  await again.getByRole('button', { name: 'Engagements', exact: true }).click();
  await again.getByRole('button', { name: 'New engagement' }).click();
  await again.getByLabel('Start date').fill('2026-01-05');
  await expect(again.getByLabel('End date')).toHaveValue('2026-03-30');
});
