import { expect, test } from './fixtures';
import { expectNoSidewaysScroll, expectSettingsSaved } from './helpers';

test('settings in sections save as you go: checked beside each field, Undo, kept over a restart, driving the defaults', async ({
  app,
  page,
  restart,
  snap,
  expectAccessible,
}) => {
  await app.menu('show-settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await expect(contents.getByRole('link')).toHaveText([
    'General',
    'Engagements & planner',
    'Retros & timer',
    'Mail',
    'Team',
  ]);
  for (const name of ['General', 'Engagements & planner', 'Retros & timer', 'Mail', 'Team']) {
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }
  // No Save button: the page says how its saving goes.
  await expect(page.getByRole('button', { name: 'Save settings' })).toHaveCount(0);
  const status = page.getByTestId('settings-save-status');
  await expect(status).toHaveText('All changes saved');
  await expect(page.getByLabel('Engagement length (weeks)')).toHaveValue('10');
  await expect(page.getByLabel('20% day')).toHaveValue('fri');
  await snap('settings');
  await expectAccessible();

  // The contents take the user (and the keyboard focus) to a section.
  await contents.getByRole('link', { name: 'Mail' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Mail', exact: true })).toBeFocused();
  await contents.getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Team', exact: true })).toBeFocused();
  await snap('settings-mail-team');

  // Friday stops being a working day while it is still the 20% day: nothing saved, the reason beside the field.
  await page.getByRole('checkbox', { name: 'Friday' }).uncheck();
  await expect(page.getByLabel('20% day')).toHaveAccessibleDescription('The 20% day must be one of the working days.');
  await expect(status).toHaveText('Not saved: 20% day needs attention.');
  // Settled: both go in one change, and Undo takes that change back.
  await page.getByLabel('20% day').selectOption({ label: 'Thursday' });
  await expectSettingsSaved(page, 'Working days and 20% day');
  await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Working days and 20% day put back.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Friday' })).toBeChecked();
  await expect(page.getByLabel('20% day')).toHaveValue('fri');

  // An invalid value stays as typed, with its error, and is not saved; not even a visit elsewhere loses it.
  const length = page.getByLabel('Engagement length (weeks)');
  await length.fill('0');
  await expect(length).toHaveAccessibleDescription('Engagement length must be at least 1.');
  await expect(status).toHaveText('Not saved: Engagement length needs attention.');
  await snap('settings-invalid');
  await page.getByRole('button', { name: 'Engagements', exact: true }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Engagement length (weeks)')).toHaveValue('0');
  await expect(page.getByLabel('Engagement length (weeks)')).toHaveAccessibleDescription(
    'Engagement length must be at least 1.',
  );
  await page.getByLabel('Engagement length (weeks)').fill('12');
  await expectSettingsSaved(page, 'Engagement length');
  await page.getByLabel('Pairing target (%)').fill('75');
  await expectSettingsSaved(page, 'Pairing target');

  // A small window: the contents go above the sections, one column, nothing scrolls sideways.
  await page.setViewportSize({ width: 800, height: 600 });
  await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
  await expect(contents).toBeInViewport();
  await expectNoSidewaysScroll(page);
  await snap('settings-small');
  await page.setViewportSize({ width: 1200, height: 800 });

  const again = await restart();
  await again.getByRole('button', { name: 'Settings' }).click();
  await expect(again.getByLabel('Engagement length (weeks)')).toHaveValue('12');
  await expect(again.getByLabel('Pairing target (%)')).toHaveValue('75');
  await expect(again.getByLabel('20% day')).toHaveValue('fri');
  await again.getByRole('button', { name: 'Engagements', exact: true }).click();
  await again.getByRole('button', { name: 'New engagement' }).click();
  await again.getByLabel('Start date').fill('2026-01-05');
  await expect(again.getByLabel('End date')).toHaveValue('2026-03-30');
});
