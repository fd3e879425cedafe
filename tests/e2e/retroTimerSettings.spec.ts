import { expect, test } from './fixtures';
import { expectSettingsSaved } from './helpers';

test('Settings › Retros & timer › Retro timer: minutes per step, the total, a clear refusal, kept over a restart', async ({
  app,
  page,
  restart,
  expectAccessible,
}) => {
  await app.menu('show-settings');
  const section = page.getByRole('region', { name: 'Retro timer' });
  await expect(section.getByLabel('Score goals (minutes)')).toHaveValue('4');
  await expect(section.getByLabel('Wrap up (minutes)')).toHaveValue('3');
  await expect(section.getByTestId('retro-timer-total')).toHaveText('30 minutes in all');
  await expectAccessible();

  // Out of range: kept as typed with the field naming its step, nothing saved.
  await section.getByLabel('Went poorly (minutes)').fill('0');
  await expect(section.getByTestId('retro-timer-total')).toHaveText('23 minutes in all');
  await expect(section.getByLabel('Went poorly (minutes)')).toHaveAccessibleDescription(
    'Went poorly must be at least 1.',
  );
  await expect(page.getByTestId('settings-save-status')).toHaveText('Not saved: Retro timer needs attention.');
  await expect(page.getByText('Retro timer saved.')).toHaveCount(0);

  await section.getByLabel('Went poorly (minutes)').fill('10');
  await expect(section.getByTestId('retro-timer-total')).toHaveText('33 minutes in all');
  await expectSettingsSaved(page, 'Retro timer');

  const again = await restart();
  await again.getByRole('button', { name: 'Settings' }).click();
  await expect(again.getByLabel('Went poorly (minutes)')).toHaveValue('10');
  await expect(again.getByTestId('retro-timer-total')).toHaveText('33 minutes in all');
});
