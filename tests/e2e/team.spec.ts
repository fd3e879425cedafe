import type { Page } from '@playwright/test';
import { datesAround } from './clock';
import { engagementInput, seedEngagement } from './helpers';
import {
  ANA,
  BEN,
  createWorkspace,
  dismissToasts,
  expect,
  joinWorkspace,
  note,
  openEngagement,
  openThisWeeksRetro,
  recordNps,
  shareEngagement,
  syncFromStatus,
  showSyncSentence,
  syncStatus,
  test,
  twoLaptopsOnOneRetro,
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

/** Settings scrolled to its Team section (the screenshots show it, not the settings above). */
async function showTeamSettings(page: Page) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('region', { name: 'Team' }).evaluate((section) => section.scrollIntoView({ block: 'end' }));
  await dismissToasts(page);
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
  await createEngagement(page, 'Payments MVP', now);
  await shareEngagement(page, 'Payments MVP');
  await openThisWeeksRetro(page, 'Payments MVP');
  await typeNote(page, 'Went well', 'Pairing on the ledger every morning.');
  // Synced at once, the last words still on the editor's debounce: they go with this sync.
  await typeNote(page, 'Went poorly', 'The staging database was down on Tuesday.');
  await syncFromStatus(page);
  await dismissToasts(page);
  await showSyncSentence(page);
  await expect(syncStatus(page).region).toContainText('Last synced Thu 11 Feb, 16:00.');
  await snap('team-sync-status');
  await showTeamSettings(page);
  await expect(page.getByRole('region', { name: 'Team' })).toContainText('1 engagement');
  await snap('team-settings-workspace');
  await expectAccessible();

  // Ben's laptop: Settings › Team offers the two forms; he joins, and the shared engagement comes with it.
  await showTeamSettings(ben);
  await expect(ben.getByRole('form', { name: 'Join a team workspace' })).toBeVisible();
  await snap('team-settings-forms', ben);
  await expectAccessible(ben);
  await joinWorkspace(ben, testInfo.outputPath('workspace-b'), remote.url, BEN);
  await expect(ben.getByRole('region', { name: 'Team' })).toContainText('1 engagement');
  await openThisWeeksRetro(ben, 'Payments MVP');
  await expect(note(ben, 'Went well')).toHaveText('Pairing on the ledger every morning.');
  await expect(note(ben, 'Went poorly')).toHaveText('The staging database was down on Tuesday.');
  await expect(syncStatus(ben).button).toHaveAccessibleName('Up to date');
});

test('both go offline and edit different sections of one retro; after syncing both edits are on both laptops', async ({
  page,
  teammate,
  remote,
}, testInfo) => {
  const ben = teammate.page();
  await twoLaptopsOnOneRetro(page, ben, remote, testInfo);
  await remote.server.stop();
  await typeNote(page, 'Went poorly', 'Flaky end-to-end tests.');
  await typeNote(ben, 'Do next time', 'Quarantine the flaky tests.');
  await syncFromStatus(page, 'Offline — changes wait');
  await syncFromStatus(ben, 'Offline — changes wait');

  await remote.server.restart();
  await syncFromStatus(page);
  await syncFromStatus(ben);
  await syncFromStatus(page);
  for (const laptop of [page, ben]) {
    await expect(note(laptop, 'Went well')).toHaveText('Pairing every morning.');
    await expect(note(laptop, 'Went poorly')).toHaveText('Flaky end-to-end tests.');
    await expect(note(laptop, 'Do next time')).toHaveText('Quarantine the flaky tests.');
  }
});

test('both edit the same note section: B sees the conflict with both versions, picks one, and both laptops converge', async ({
  page,
  teammate,
  remote,
  snap,
  expectAccessible,
}, testInfo) => {
  const ben = teammate.page();
  await twoLaptopsOnOneRetro(page, ben, remote, testInfo);
  await typeNote(page, 'Went well', ' Ship on Tuesday.');
  await typeNote(ben, 'Went well', ' Ship on Thursday.');
  await syncFromStatus(page);
  await syncFromStatus(ben, '1 conflict');

  // (The notifications first: under the modal dialog they cannot be closed.)
  await dismissToasts(ben);
  await syncStatus(ben).button.click();
  const dialog = ben.getByRole('dialog', { name: 'Conflicts' });
  const conflict = dialog.getByRole('form', { name: 'Payments MVP · Retro of 11 Feb 2027' });
  await expect(conflict).toContainText('This laptop: You · From the team: Ana Lima');
  const field = conflict.getByRole('radiogroup', { name: 'Went well' });
  await expect(field.getByText('Pairing every morning. Ship on Thursday.')).toBeVisible();
  await expect(field.getByText('Pairing every morning. Ship on Tuesday.')).toBeVisible();
  await field.getByRole('radio', { name: 'Keep this laptop’s' }).check();
  await snap('team-conflicts', ben);
  await expectAccessible(ben);
  await conflict.getByRole('button', { name: 'Resolve' }).click();
  await expect(dialog.getByRole('heading', { name: 'No conflicts' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(dialog).toBeHidden();
  await syncFromStatus(ben);
  await syncFromStatus(page);
  for (const laptop of [page, ben]) {
    await expect(note(laptop, 'Went well')).toHaveText('Pairing every morning. Ship on Thursday.');
    await expect(syncStatus(laptop).button).toHaveAccessibleName('Up to date');
  }
});

test('a reviewer on B votes in the fit check of A’s candidate; A’s Candidates comparison counts both reviewers', async ({
  page,
  teammate,
  remote,
}, testInfo) => {
  const ben = teammate.page();
  await seedEngagement(
    page,
    engagementInput({ name: 'Search revamp', hostTeam: 'Search', status: 'sourcing', people: [] }),
  );
  await createWorkspace(page, testInfo.outputPath('workspace-a'), remote.url, ANA);
  await shareEngagement(page, 'Search revamp');
  await syncFromStatus(page);
  await joinWorkspace(ben, testInfo.outputPath('workspace-b'), remote.url, BEN);

  // Both vote at the same time, each on their own laptop; neither has the other's vote yet.
  const vote = async (laptop: Page, reviewer: string, business: string) => {
    await openEngagement(laptop, 'Search revamp', 'Sourcing');
    await laptop.getByLabel('Reviewer name').fill(reviewer);
    await laptop.getByRole('button', { name: 'Add reviewer' }).click();
    await laptop.getByLabel(`Business value from ${reviewer}`).selectOption({ label: business });
  };
  await vote(page, 'Ana', '2 · thumbs up');
  await vote(ben, 'Ben', '0 · thumbs down');
  await syncFromStatus(page);
  await syncFromStatus(ben);
  await syncFromStatus(page);

  for (const laptop of [page, ben]) {
    await laptop.getByRole('button', { name: 'Candidates', exact: true }).click();
    const row = laptop.getByRole('table', { name: 'Candidates compared' }).getByRole('row', { name: /Search revamp/ });
    // Business 2 + 0, technical and team fit 1 + 1 each: 6 of 12.
    await expect(row).toContainText('6 / 12 (50%, 2 reviewers)');
    await expect(row.getByRole('cell').nth(1)).toHaveText('2 / 4');
  }
  await openEngagement(page, 'Search revamp', 'Sourcing');
  const votes = page.getByRole('table', { name: 'Fit votes' });
  await expect(votes.getByRole('rowheader')).toHaveText(['Ana', 'Ben', 'Total']);
  await expect(syncStatus(page).button).toHaveAccessibleName('Up to date');
});

test('Team NPS: responses recorded in two shared engagements, one on each laptop, show on both after syncing', async ({
  page,
  teammate,
  remote,
  snap,
  expectAccessible,
}, testInfo) => {
  const ben = teammate.page();
  await seedEngagement(page, engagementInput({ name: 'Payments MVP' }));
  await createWorkspace(page, testInfo.outputPath('workspace-a'), remote.url, ANA);
  await shareEngagement(page, 'Payments MVP');
  await syncFromStatus(page);
  await seedEngagement(ben, engagementInput({ name: 'Search revamp', hostTeam: 'Search' }));
  await joinWorkspace(ben, testInfo.outputPath('workspace-b'), remote.url, BEN);
  await shareEngagement(ben, 'Search revamp');

  await openEngagement(page, 'Payments MVP', 'Project retro');
  for (const [score, who] of [
    [10, 'Kenji Sato'],
    [9, 'Zoë Ångström'],
    [6, 'Ana Lima'],
  ] as const)
    await recordNps(page, score, who);
  await openEngagement(ben, 'Search revamp', 'Project retro');
  for (const [score, who] of [
    [9, 'Priya Nair'],
    [8, 'Tom Berg'],
  ] as const)
    await recordNps(ben, score, who);
  await syncFromStatus(page);
  await syncFromStatus(ben);
  await syncFromStatus(page);

  for (const laptop of [page, ben]) {
    const team = laptop.getByRole('region', { name: 'Team NPS across the workspace' });
    // Five responses: 3 promoters, 1 passive, 1 detractor → +40.
    await expect(team).toContainText('+40 from 5 responses across 2 engagements.');
    const table = team.getByRole('table', { name: 'Team NPS by engagement' });
    await expect(table.getByRole('row', { name: /Payments MVP/ })).toContainText('3+33');
    await expect(table.getByRole('row', { name: /Search revamp/ })).toContainText('2+50');
  }
  await page.getByRole('region', { name: 'Team NPS across the workspace' }).scrollIntoViewIfNeeded();
  await dismissToasts(page);
  await snap('team-nps');
  await expectAccessible();
});

test('the remote goes away and comes back: the status says why in words, the notes typed meanwhile stay and are sent', async ({
  page,
  teammate,
  remote,
  snap,
}, testInfo) => {
  const ben = teammate.page();
  await twoLaptopsOnOneRetro(page, ben, remote, testInfo);

  // The repository is gone from the server: the sync fails, saying why; the notes stay.
  remote.takeAway();
  await typeNote(page, 'Went poorly', 'The release train left without us.');
  await syncFromStatus(page, 'Sync failed');
  await expect(syncStatus(page).region).toContainText(
    /The team repository was not found on 127\.0\.0\.1:\d+: check its address and that you have access to it\. Nothing was lost\./,
  );
  await dismissToasts(page);
  await showSyncSentence(page);
  await snap('team-sync-failed');
  await expect(note(page, 'Went poorly')).toHaveText('The release train left without us.');

  // The server itself is down: offline, the changes wait.
  remote.bringBack();
  await remote.server.stop();
  await typeNote(page, 'Do next time', 'Book the release slot a week ahead.');
  await syncFromStatus(page, 'Offline — changes wait');
  await expect(syncStatus(page).region).toContainText(/Could not reach 127\.0\.0\.1:\d+/);
  await page.reload();
  await openThisWeeksRetro(page, 'Payments MVP');
  await expect(note(page, 'Went poorly')).toHaveText('The release train left without us.');
  await expect(note(page, 'Do next time')).toHaveText('Book the release slot a week ahead.');
  await dismissToasts(page);
  await showSyncSentence(page);
  await snap('team-sync-offline');

  // Back: the sync sends everything, and Ben reads it.
  await remote.server.restart();
  await syncFromStatus(page);
  await syncFromStatus(ben);
  await expect(note(ben, 'Went well')).toHaveText('Pairing every morning.');
  await expect(note(ben, 'Went poorly')).toHaveText('The release train left without us.');
  await expect(note(ben, 'Do next time')).toHaveText('Book the release slot a week ahead.');
});
