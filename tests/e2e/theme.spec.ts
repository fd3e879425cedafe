import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectSettingsSaved } from './helpers';

/** The page's background colour as drawn, whatever the theme's source. */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the Theme setting forces light or dark over the system’s choice, and survives a restart', async ({
  app,
  page,
  restart,
  snap,
}) => {
  // The system asks for dark (the room's laptop); the projector wants light.
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.menu('show-settings');
  const systemDark = await background(page);
  await page.getByLabel('Theme').selectOption({ label: 'Light' });
  await expectSettingsSaved(page, 'Theme');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const forcedLight = await background(page);
  expect(forcedLight).not.toBe(systemDark);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe(forcedLight);

  const again = await restart();
  await again.emulateMedia({ colorScheme: 'dark' });
  await expect(again.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background(again)).toBe(forcedLight);

  // Back to the system: dark again, and the attribute is gone.
  await again.getByRole('button', { name: 'Settings' }).click();
  await again.getByLabel('Theme').selectOption({ label: 'Follow the system' });
  await expectSettingsSaved(again, 'Theme');
  await expect(again.locator('html')).not.toHaveAttribute('data-theme');
  expect(await background(again)).toBe(systemDark);
  await snap('settings-appearance', again);
});
