import fs from 'node:fs';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { startGitHttpServer, type GitHttpServer } from '../unit/support/gitHttpServer';
import { expect, test as base } from './fixtures';
import { engagementInput, openEngagementList, seedEngagement } from './helpers';

/** The team's repository for one story: a real bare repository behind `git http-backend` on 127.0.0.1. */
export interface TeamRemote {
  url: string;
  /** The bare repository's folder (in the test's output). */
  bare: string;
  server: GitHttpServer;
  /** The repository goes away (its folder renamed): the server answers "not found". */
  takeAway(): void;
  /** And comes back. */
  bringBack(): void;
}

/** The e2e fixtures plus the story's team remote, stopped after the story. */
export const test = base.extend<{ remote: TeamRemote }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright asks for a destructuring pattern even with no fixtures.
  remote: async ({}, use, testInfo) => {
    const server = await startGitHttpServer(testInfo.outputPath('remotes'));
    const bare = server.createBare('team.git');
    const away = `${bare}.away`;
    await use({
      url: server.url('team.git'),
      bare,
      server,
      takeAway: () => fs.renameSync(bare, away),
      bringBack: () => fs.renameSync(away, bare),
    });
    await server.stop();
  },
});

export { expect };

export interface Teammate {
  name: string;
  email: string;
}

export const ANA: Teammate = { name: 'Ana Lima', email: 'ana@example.com' };
export const BEN: Teammate = { name: 'Ben Okafor', email: 'ben@example.com' };

/** The sidebar's sync status, and its one button (named by its words). */
export function syncStatus(page: Page): { region: Locator; button: Locator } {
  const region = page.getByRole('status', { name: 'Sync status' });
  return { region, button: region.getByRole('button') };
}

async function openTeamSettings(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const team = page.getByRole('region', { name: 'Team' });
  await expect(team).toBeVisible();
  return team;
}

/** Settings › Team › Create a team workspace, the folder typed in, then the status says it is sent. */
export async function createWorkspace(page: Page, folder: string, remote: string, who: Teammate): Promise<void> {
  await openTeamSettings(page);
  const form = page.getByRole('form', { name: 'Create a team workspace' });
  await form.getByRole('textbox', { name: 'Folder' }).fill(folder);
  await form.getByRole('textbox', { name: 'Remote URL (optional)' }).fill(remote);
  await form.getByRole('textbox', { name: 'Your name' }).fill(who.name);
  await form.getByRole('textbox', { name: 'Your email' }).fill(who.email);
  await form.getByRole('button', { name: 'Create a team workspace' }).click();
  await expect(page.getByRole('button', { name: 'Sync now' })).toBeVisible();
  await expect(syncStatus(page).button).toHaveAccessibleName('Up to date');
}

/** Settings › Team › Join a team workspace: the team's engagements come with it. */
export async function joinWorkspace(page: Page, folder: string, remote: string, who: Teammate): Promise<void> {
  await openTeamSettings(page);
  const form = page.getByRole('form', { name: 'Join a team workspace' });
  await form.getByRole('textbox', { name: 'Remote URL' }).fill(remote);
  await form.getByRole('textbox', { name: 'Folder' }).fill(folder);
  await form.getByRole('textbox', { name: 'Your name' }).fill(who.name);
  await form.getByRole('textbox', { name: 'Your email' }).fill(who.email);
  await form.getByRole('button', { name: 'Join a team workspace' }).click();
  await expect(page.getByRole('button', { name: 'Sync now' })).toBeVisible();
  await expect(syncStatus(page).button).toHaveAccessibleName('Up to date');
}

/** The engagement's Overview › Team › Share with the team…, confirmed in its dialog. */
export async function shareEngagement(page: Page, name: string): Promise<void> {
  await openEngagement(page, name, 'Overview');
  const panel = page.getByRole('region', { name: 'Team' });
  await panel.getByRole('button', { name: 'Share with the team…' }).click();
  const dialog = page.getByRole('dialog', { name: `Share “${name}” with the team?` });
  await dialog.getByRole('button', { name: 'Share with the team', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(panel).toContainText('Shared with the team');
}

/**
 * Shows the sync status's sentence (why, when), as keyboard focus does: the screenshots of the
 * status show it. (Hover would not hold: the screenshot resizes the window under the pointer.)
 */
export async function showSyncSentence(page: Page): Promise<void> {
  await page.keyboard.press('Shift');
  await syncStatus(page).button.focus();
}

/** Clicks the sync status and waits for the sync to end as `expected` says ("Up to date", "1 conflict"…). */
export async function syncFromStatus(page: Page, expected: string | RegExp = 'Up to date'): Promise<void> {
  const { button } = syncStatus(page);
  await expect(button).not.toHaveAccessibleName('Syncing…');
  await button.click();
  await expect(button).toHaveAccessibleName(expected, { timeout: 15_000 });
}

/** Opens an engagement's section from the list. */
export async function openEngagement(page: Page, name: string, section: string): Promise<void> {
  await openEngagementList(page);
  await page
    .getByRole('list', { name: 'Engagements' })
    .getByRole('button', { name: new RegExp(name) })
    .click();
  await page.getByRole('button', { name: section, exact: true }).click();
}

/** This week's retro of the engagement, started when it is not yet. */
export async function openThisWeeksRetro(page: Page, name: string): Promise<void> {
  await openEngagement(page, name, 'Retros');
  const start = page.getByRole('button', { name: /^(Start|Open) this week’s retro$/ });
  await start.click();
  await expect(page.getByRole('heading', { level: 1, name: /Retro of/ })).toBeVisible();
}

/**
 * Types at the end of a note section of the open retro. It does not wait for the autosave:
 * a sync right after must send what was typed (syncWithTeam saves it first).
 */
export async function typeNote(page: Page, section: string, words: string): Promise<void> {
  await page.getByRole('textbox', { name: section, exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(words);
}

/** A note section of the open retro. */
export function note(page: Page, section: string): Locator {
  return page.getByRole('textbox', { name: section, exact: true });
}

/** Closes the notifications, so a screenshot shows what is under them. */
export async function dismissToasts(page: Page): Promise<void> {
  const close = page
    .getByRole('region', { name: 'Notifications' })
    .getByRole('button', { name: 'Dismiss notification' });
  while ((await close.count()) > 0) await close.first().click();
}

/**
 * Ana's laptop (`page`) makes the workspace and shares `name` (seeded through the app's API)
 * with "Went well" of this week's retro written and sent; Ben's (`ben`) joins and has the
 * retro open. Both end up on that retro, up to date.
 */
export async function twoLaptopsOnOneRetro(
  page: Page,
  ben: Page,
  remote: TeamRemote,
  testInfo: TestInfo,
  name = 'Payments MVP',
): Promise<void> {
  await seedEngagement(page, engagementInput({ name }));
  await createWorkspace(page, testInfo.outputPath('workspace-a'), remote.url, ANA);
  await shareEngagement(page, name);
  await openThisWeeksRetro(page, name);
  await typeNote(page, 'Went well', 'Pairing every morning.');
  await syncFromStatus(page);
  await joinWorkspace(ben, testInfo.outputPath('workspace-b'), remote.url, BEN);
  await openThisWeeksRetro(ben, name);
  await expect(note(ben, 'Went well')).toHaveText('Pairing every morning.');
}

/** One answer in the project retro's "Record a response" form. */
export async function recordNps(page: Page, score: number, respondent: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Record a response' });
  await form.getByLabel('Score').selectOption(String(score));
  await form.getByLabel('Role').selectOption({ label: 'Engineer' });
  await form.getByLabel('Respondent (optional)').fill(respondent);
  await form.getByRole('button', { name: 'Record response' }).click();
  await expect(form.getByLabel('Score')).toHaveValue('');
}
