import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { NoteNode } from '../../shared/model/note';
import { expect, test } from './fixtures';
import { engagementInput, seedEngagement } from './helpers';
import { api } from './story';

const note = (text: string): NoteNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** An engagement with last month's retro (the story's today is 11 Feb 2027) holding the words to find. */
async function seedRetro(page: Page) {
  const engagement = await seedEngagement(page, engagementInput({ name: 'Payments MVP' }));
  const retro = await api(page, 'retros:create', { engagementId: engagement.id, date: '2027-01-14' });
  await api(page, 'retros:saveNote', {
    engagementId: engagement.id,
    retroId: retro.id,
    section: 'wentPoorly',
    doc: note('The rollback of the ledger took two hours because the feature flag was stale.'),
  });
  return { engagement, retro };
}

/** The text of every range the opened record highlights (the CSS highlight of search results). */
function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(CSS.highlights.get('search-match') ?? [])].map((range) => (range instanceof Range ? range.toString() : '')),
  );
}

test('the command palette runs a command and goes to a retro by keyboard only', async ({
  page,
  snap,
  expectAccessible,
}) => {
  const { engagement } = await seedRetro(page);
  // Typing at once after the shortcut loses nothing (the palette once loaded lazily and the first keys went nowhere).
  await page.keyboard.press('ControlOrMeta+Shift+P');
  await page.keyboard.type('plan');
  const input = page.getByRole('combobox', { name: /Type a command/ });
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('plan');
  await input.fill('');
  await expect(page.getByRole('option', { name: /Start this week’s retro/ })).toBeVisible();
  await snap('palette');
  await expectAccessible();

  // A typo still finds the command; Enter runs the first match.
  await input.fill('setings');
  await expect(page.getByRole('option').first()).toHaveAccessibleName(/Open settings/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeHidden();

  // Words from the notes: the retro is listed under "In your notes"; arrows reach it, Enter opens it.
  await page.keyboard.press('ControlOrMeta+P');
  await page.keyboard.type('rollbak ledger');
  const option = page.getByRole('option', { name: /Retro of 14 Jan 2027/ });
  await expect(option).toBeVisible();
  await expect(option).toContainText('rollback');
  await snap('palette-results');
  const options = await page.getByRole('option').allInnerTexts();
  const index = options.findIndex((text) => text.includes('Retro of 14 Jan 2027'));
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Retro/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText(engagement.name);
  await expect.poll(() => highlighted(page)).toEqual(['rollback', 'ledger']);

  // Esc closes the palette and leaves the page as it was.
  await page.keyboard.press('ControlOrMeta+Shift+P');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeHidden();
});

test('a word typed in last month’s retro is found on the Search screen, opens the retro highlighted, and the index survives a restart', async ({
  app,
  page,
  restart,
  snap,
  expectAccessible,
}) => {
  const { engagement, retro } = await seedRetro(page);
  await app.menu('show-search');
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await snap('search-empty');
  const box = page.getByRole('searchbox', { name: 'Search all engagements' });
  await box.fill('"feature flag"');
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('heading', { level: 2, name: 'Payments MVP' })).toBeVisible();
  await expect(results.getByRole('heading', { level: 3, name: /Retro of 14 Jan 2027/ })).toBeVisible();
  await expect(results.locator('mark')).toHaveText(['feature flag']);
  await snap('search');
  await expectAccessible();

  // Something written a moment ago is found without typing the search again.
  await box.fill('canary');
  await expect(page.getByText('Nothing matches “canary”.')).toBeVisible();
  await api(page, 'retros:saveNote', {
    engagementId: engagement.id,
    retroId: retro.id,
    section: 'doNextTime',
    doc: note('Try a canary release first.'),
  });
  await expect(results.getByRole('heading', { level: 3, name: /Retro of 14 Jan 2027/ })).toBeVisible();
  await box.fill('"feature flag"');

  // A filter that leaves it out says so; taking the filter off brings it back.
  await page.getByLabel('Kind').selectOption({ label: 'Goal' });
  await expect(page.getByText('Nothing matches “"feature flag"”.')).toBeVisible();
  await page.getByLabel('Kind').selectOption({ label: 'Everything' });
  await results.getByRole('button', { name: /feature flag/ }).click();
  await expect(page.getByText('This retro is from a past week, so it opens read-only.')).toBeVisible();
  await expect.poll(() => highlighted(page)).toEqual(['feature flag']);

  // After a restart the index is read back from its files and answers at once.
  const again = await restart();
  expect(fs.existsSync(path.join(app.dataDir, 'search', `${engagement.id}.json`))).toBe(true);
  await again.getByRole('button', { name: 'Search', exact: true }).click();
  await again.getByRole('searchbox', { name: 'Search all engagements' }).fill('stale');
  await expect(again.getByRole('heading', { level: 3, name: /Retro of 14 Jan 2027/ })).toBeVisible();
});
