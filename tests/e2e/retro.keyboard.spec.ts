import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { SHORTCUTS } from '../../shared/shortcuts';
import { expect, SCREENS_DIR, test } from './fixtures';
import { engagementInput, seedEngagement } from './helpers';

/**
 * The keys pressed to move about (typing text is not counted): the story asserts how many it
 * took between two places, the goal being at most 3 between the retro's sections.
 */
class Keys {
  #count = 0;
  constructor(private readonly page: Page) {}
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) {
      await this.page.keyboard.press(key);
      this.#count++;
    }
  }
  /** The keys pressed since the last call. */
  taken(): number {
    const count = this.#count;
    this.#count = 0;
    return count;
  }
}

const editor = (page: Page, name: string): Locator => page.getByRole('textbox', { name, exact: true });
const toolbar = (page: Page, name: string): Locator => page.getByRole('toolbar', { name: `${name} formatting` });
const heading = (page: Page): Locator => page.getByRole('heading', { level: 1 });

/** Screenshots at the window's own size (1024×768), light and dark; the fake-clock rerun skips them. */
async function shot(page: Page, host: string, name: string): Promise<void> {
  if (process.env['AUX_DESK_E2E_BEHAVIOUR_ONLY'] === '1') return;
  const dir = path.join(SCREENS_DIR, host);
  fs.mkdirSync(dir, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: path.join(dir, `${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: null });
}

test('a whole retro run by keyboard: at most 3 keys between sections, Tab and Esc leave, lists indent', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await seedEngagement(page, engagementInput());
  await app.menu('show-home');
  await expect(heading(page)).toHaveText('This week');
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveTitle('This week — Aux Desk');
  const keys = new Keys(page);

  // From This week to a running retro: R starts it, Tab reaches the clock's button, Enter starts it.
  await expect(page.getByRole('button', { name: 'Start this week’s retro' })).toHaveAttribute('aria-keyshortcuts', 'R');
  await keys.press('r');
  await expect(heading(page)).toHaveText(/^Retro of /);
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Retro of .* · Payments MVP — Aux Desk$/);
  await keys.press('Tab');
  await expect(page.getByRole('button', { name: /Start the 30-minute retro/ })).toBeFocused();
  await keys.press('Enter');
  await expect(page.getByRole('timer')).toBeVisible();
  expect(keys.taken(), 'keys from This week to a running retro').toBeLessThanOrEqual(3);

  // Alt+1: into "Went well"; the title names the section.
  await expect(editor(page, 'Went well')).toBeVisible();
  await keys.press('Alt+1');
  await expect(editor(page, 'Went well')).toBeFocused();
  expect(keys.taken()).toBe(1);
  await expect(page).toHaveTitle(/^Went well — Retro of .* · Payments MVP — Aux Desk$/);
  await page.keyboard.type('Paired every day');

  // Tab leaves the note; each toolbar is one tab stop, so the next note is two Tabs away.
  await keys.press('Tab');
  await expect(toolbar(page, 'Went poorly').getByRole('button', { name: 'Bold' })).toBeFocused();
  await keys.press('Tab');
  await expect(editor(page, 'Went poorly')).toBeFocused();
  expect(keys.taken(), 'Tabs from one note to the next').toBe(2);

  // In a list Tab indents and Shift+Tab outdents.
  await page.keyboard.type('- Flaky end-to-end tests');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Retries hide them');
  await page.keyboard.press('Tab');
  const nested = editor(page, 'Went poorly').locator('li li');
  await expect(nested).toHaveText('Retries hide them');
  await page.keyboard.press('Shift+Tab');
  await expect(nested).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(nested).toHaveCount(1);

  // In a list, Esc first makes Tab leave (and says so), then Tab goes on to the next note's toolbar.
  await keys.press('Escape');
  await expect(page.getByRole('status').filter({ hasText: 'now leaves the list' })).toBeVisible();
  await keys.press('Tab');
  await expect(toolbar(page, 'Do next time').getByRole('button', { name: 'Bold' })).toBeFocused();
  await expect(nested).toHaveCount(1);
  await keys.press('Tab');
  await expect(editor(page, 'Do next time')).toBeFocused();
  expect(keys.taken(), 'keys from a list to the next note').toBeLessThanOrEqual(3);

  await page.keyboard.type('[ ] Split the deploy pipeline');
  await expect(editor(page, 'Do next time').locator('li.action-item')).toHaveCount(1);

  // Esc twice in the action item leaves the note, to its own container, not to <body>.
  await keys.press('Escape', 'Escape');
  const doNextTime = page.getByRole('group', { name: 'Do next time', exact: true });
  await expect(doNextTime).toBeFocused();
  await keys.press('Alt+4');
  await expect(editor(page, 'Notes')).toBeFocused();
  expect(keys.taken(), 'keys from an action item to the last note').toBeLessThanOrEqual(3);
  await page.keyboard.type('Decided: retries off in CI?');
  // "?" in a note is a character, not the sheet.
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  await keys.press('Escape');
  await expect(page.getByRole('group', { name: 'Notes', exact: true })).toBeFocused();

  // Back to a section already written in: Alt+2 puts the cursor at its end (the line after the list).
  await keys.press('Alt+2');
  await expect(editor(page, 'Went poorly')).toBeFocused();
  expect(keys.taken()).toBe(2);
  await page.keyboard.type('Seen twice this week.');
  await expect(editor(page, 'Went poorly').locator(':scope > p').last()).toHaveText('Seen twice this week.');
  await expect(nested).toHaveText('Retries hide them');

  await expect(page.getByText('All changes saved')).toBeVisible();
  await expect(editor(page, 'Went well')).toHaveText('Paired every day');
  await expect(editor(page, 'Notes')).toHaveText('Decided: retries off in CI?');

  // Back to This week by the Go menu, and R now opens the retro (not a second one).
  await app.menu('show-home');
  await expect(heading(page)).toBeFocused();
  await expect(page.getByRole('button', { name: 'Open this week’s retro' })).toBeVisible();
  await page.keyboard.press('r');
  await expect(heading(page)).toBeFocused();
  await expect(heading(page)).toHaveText(/^Retro of /);
  await expect(editor(page, 'Went well')).toHaveText('Paired every day');
});

test('each toolbar is one Tab stop with arrow keys inside, and its tooltips show on keyboard focus', async ({
  page,
  app,
  host,
  expectAccessible,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await seedEngagement(page, engagementInput());
  await app.menu('this-weeks-retro');
  await expect(heading(page)).toBeFocused();
  // The notes' editor loads after the page (a deferred chunk): Alt+3 once it shows, as a user would.
  await expect(editor(page, 'Do next time')).toBeVisible();
  await page.keyboard.press('Alt+3');
  await expect(editor(page, 'Do next time')).toBeFocused();

  // An action item, then the toolbar: one stop, arrows inside, a tooltip with the keys on focus.
  await page.keyboard.type('[ ] Split the deploy pipeline');
  await expect(editor(page, 'Do next time').locator('li.action-item')).toHaveCount(1);
  // In the item Shift+Tab would outdent: Esc first, then Shift+Tab goes back to the toolbar.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  await expect(editor(page, 'Do next time').locator('li.action-item')).toHaveCount(1);
  const bold = toolbar(page, 'Do next time').getByRole('button', { name: 'Bold' });
  await expect(bold).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const italic = toolbar(page, 'Do next time').getByRole('button', { name: 'Italic' });
  await expect(italic).toBeFocused();
  await expect(italic).toHaveAccessibleDescription(/Ctrl\+I|⌘I/);
  const tip = page.getByRole('tooltip').filter({ hasText: 'Italic' }).filter({ visible: true });
  await expect(tip).toHaveCount(1);
  await expect(tip).toContainText(/Ctrl\+I|⌘I/);
  await shot(page, host, 'keyboard-toolbar-tooltip');
  await expectAccessible();
  // Esc hides the tooltip without moving the focus.
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);
  await expect(italic).toBeFocused();
  await page.keyboard.press('End');
  await expect(toolbar(page, 'Do next time').getByRole('button', { name: 'Redo' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(bold).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');
  await expect(bold).toBeFocused();
  // The toolbar keeps the button last used as its one stop: Tab goes straight into the note.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await expect(editor(page, 'Do next time')).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  await expect(italic).toBeFocused();
  await page.keyboard.press('Tab');

  await expect(editor(page, 'Do next time')).toBeFocused();
  await expect(editor(page, 'Do next time').locator('li.action-item')).toHaveCount(1);
});

test('the “?” sheet and Help › Keyboard Shortcuts list every shortcut; Esc closes and gives the focus back', async ({
  page,
  app,
  host,
  expectAccessible,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await seedEngagement(page, engagementInput());
  await app.menu('show-home');
  const start = page.getByRole('button', { name: 'Start this week’s retro' });
  await start.focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  // The same list the handlers use: every entry is there, with its keys.
  for (const item of SHORTCUTS) await expect(sheet.getByText(item.description, { exact: true })).toHaveCount(1);
  await expect(sheet.getByRole('row', { name: /Write in “Went well”/ })).toContainText(/Alt\s*1|⌥\s*1/);
  await shot(page, host, 'keyboard-sheet');
  await expectAccessible();
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(start).toBeFocused();

  // The Help menu (and Ctrl/Cmd+/ while typing) open the same sheet; the Go menu opens this week's retro.
  await app.menu('keyboard-shortcuts');
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toHaveCount(0);
  await app.menu('this-weeks-retro');
  await expect(heading(page)).toHaveText(/^Retro of /);
  await expect(heading(page)).toBeFocused();
  // The notes' editor loads after the page (a deferred chunk): Alt+3 once it shows, as a user would.
  await expect(editor(page, 'Do next time')).toBeVisible();
  await page.keyboard.press('Alt+3');
  await expect(editor(page, 'Do next time')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+/');
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editor(page, 'Do next time')).toBeFocused();
  await expect(editor(page, 'Do next time')).toHaveText('');
});

test('the sidebar’s keys show in a tooltip on keyboard focus, as its description', async ({ page, host }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const planner = page.getByRole('button', { name: 'Week planner', exact: true });
  await planner.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(planner).toBeFocused();
  await expect(planner).toHaveAccessibleDescription(/Ctrl\+4|⌘4/);
  // The item left a moment ago fades its tooltip out over 0.12 s: wait for it to go, then read the one shown.
  const shown = page.getByRole('tooltip').filter({ visible: true });
  await expect(shown).toHaveCount(1);
  await expect(shown).toHaveText(/^(Ctrl\+4|⌘4)$/);
  await shot(page, host, 'keyboard-sidebar-tooltip');
});
