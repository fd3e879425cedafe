import type { Page } from '@playwright/test';
import { datesAround } from './clock';
import {
  ANA,
  BEN,
  createWorkspace,
  expect,
  joinWorkspace,
  openThisWeeksRetro,
  shareEngagement,
  syncFromStatus,
  syncStatus,
  test,
  typeNote,
} from './teamWorld';

/** A new engagement typed into the form, running from two weeks before the story's today for ten weeks. */
async function createEngagement(page: Page, name: string, now: Date) {
  await page.getByRole('button', { name: 'Engagements', exact: true }).click();
  await page.getByRole('button', { name: 'New engagement' }).first().click();
  await page.getByLabel('Engagement name').fill(name);
  await page.getByLabel('Host team').fill('Checkout');
  await page.getByLabel('Home team').fill('Platform Enablement');
  await page.getByLabel('Start date').fill(datesAround(now).mondayIn(-2));
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('A takes retro notes in a shared engagement and syncs; B joins the workspace and reads them', async ({
  page,
  teammate,
  remote,
  now,
  snap,
  expectAccessible,
}, testInfo) => {
  const ben = teammate.page();
  await createWorkspace(page, testInfo.outputPath('workspace-a'), remote.url, ANA);
  await snap('team-settings-workspace');
  await expectAccessible();
  await createEngagement(page, 'Payments MVP', now);
  await shareEngagement(page, 'Payments MVP');
  await openThisWeeksRetro(page, 'Payments MVP');
  await typeNote(page, 'Went well', 'Pairing on the ledger every morning.');
  await typeNote(page, 'Went poorly', 'The staging database was down on Tuesday.');
  await syncFromStatus(page);
  await snap('team-sync-status');

  // Ben's laptop: Settings › Team before joining (the two forms), then the workspace and its engagement.
  await ben.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(ben.getByRole('form', { name: 'Join a team workspace' })).toBeVisible();
  await snap('team-settings-forms', ben);
  await expectAccessible(ben);
  await joinWorkspace(ben, testInfo.outputPath('workspace-b'), remote.url, BEN);
  await expect(ben.getByRole('region', { name: 'Team' })).toContainText('1 engagement');
  await openThisWeeksRetro(ben, 'Payments MVP');
  await expect(ben.getByRole('textbox', { name: 'Went well', exact: true })).toHaveText(
    'Pairing on the ledger every morning.',
  );
  await expect(ben.getByRole('textbox', { name: 'Went poorly', exact: true })).toHaveText(
    'The staging database was down on Tuesday.',
  );
  await expect(syncStatus(ben).button).toHaveAccessibleName('Up to date');
});
