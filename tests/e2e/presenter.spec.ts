import { expect, test } from './fixtures';
import { engagementInput, seedEngagement } from './helpers';
import { openRetros } from './retroWorld';

const MIN = 60_000;

test('the projector story: presenter mode at 1024x768, every step by keyboard, the timer phases on the pinned clock', async ({
  app,
  page,
  snap,
  expectAccessible,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await seedEngagement(page, engagementInput());
  await openRetros(page);
  await page.getByRole('button', { name: 'Start this week’s retro' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Retro of/ })).toBeVisible();

  // Typed before presenting, still there after.
  const wentWell = page.getByRole('textbox', { name: 'Went well' });
  await wentWell.click();
  await page.keyboard.type('Demo went smoothly');
  await page.locator('h1').click();

  // One shortcut in; the chrome, the header and Delete are gone; the body is room-sized.
  await page.keyboard.press('ControlOrMeta+Shift+F');
  const bar = page.getByRole('region', { name: 'Presenter' });
  await expect(bar).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Delete retro' })).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
  const timer = bar.getByRole('timer');
  await expect(timer).toContainText('Score goals');
  await expect(bar.getByTestId('presenter-time')).toHaveText(/^[34]:\d\d$/);
  await expect(page.getByRole('heading', { name: '1 · Score the goals' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Went well' })).toBeHidden();
  await expectAccessible();
  await snap('presenter-1024');

  // The first phase (4 min) runs over: amber, by how much, no sound.
  await page.clock.runFor(4 * MIN + 30_000);
  await expect(bar).toHaveClass(/presenter-bar--overrun/);
  await expect(bar.getByTestId('presenter-time')).toHaveText(/^\+0:\d\d over$/);
  // +5 min to this phase: running again.
  await bar.getByRole('button', { name: '+5 min' }).click();
  await expect(bar).toHaveClass(/presenter-bar--running/);
  await expect(bar.getByTestId('presenter-time')).toHaveText(/^4:\d\d$/);
  // Pause: the clock runs, the phase does not.
  await bar.getByRole('button', { name: 'Pause' }).click();
  const paused = await bar.getByTestId('presenter-time').textContent();
  await page.clock.runFor(2 * MIN);
  await expect(bar.getByTestId('presenter-time')).toHaveText(paused ?? '');
  await bar.getByRole('button', { name: 'Resume' }).click();

  // Every step by keyboard: one key each.
  const steps = ['Open actions', 'Went well', 'Went poorly', 'Do next time', 'Wrap up'];
  let presses = 0;
  for (const [i, label] of steps.entries()) {
    await page.keyboard.press(i % 2 === 0 ? 'PageDown' : 'Alt+ArrowRight');
    presses += 1;
    await expect(timer).toContainText(label);
    await expect(bar.getByRole('button', { name: label })).toHaveAttribute('aria-current', 'step');
  }
  expect(presses).toBe(5);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(timer).toContainText('Went poorly');
  await page.keyboard.press('PageUp');
  await expect(page.getByText('Demo went smoothly')).toBeVisible();
  // The facilitator's nudge is not shown to the room.
  await expect(page.getByText('“Went poorly” is empty.')).toBeHidden();

  // The last phase (3 min) running out is the end.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(timer).toContainText('Wrap up');
  await page.clock.runFor(3 * MIN + 5_000);
  await expect(bar.getByTestId('presenter-time')).toHaveText('Time’s up');

  // Theme forced light over a dark system.
  await page.emulateMedia({ colorScheme: 'dark' });
  await bar.getByLabel('Theme').selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await bar.getByLabel('Theme').selectOption('app');

  await page.setViewportSize({ width: 1920, height: 1080 });
  await snap('presenter-1920');
  await page.setViewportSize({ width: 1024, height: 768 });

  // Esc leaves: chrome back, the notes as typed.
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-presenting', 'true');
  await expect(wentWell).toContainText('Demo went smoothly');
  // Presenting started the retro, as its Start button would: the header counts down.
  await expect(page.getByRole('button', { name: /^Start / })).toHaveCount(0);
  await expect(page.getByRole('timer')).toHaveAccessibleName(/^\d\d:\d\d left$/);

  // Go › Present Retro does the same, and comes back to the step it was on.
  await app.menu('present-retro');
  await expect(bar).toBeVisible();
  await expect(timer).toContainText('Wrap up');
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
});

test.describe('start on time', () => {
  // Two minutes before the default Thursday's 14:00 slot.
  test.use({ now: new Date(2027, 1, 11, 13, 58, 0) });
  test('a retro opened within 5 minutes of its slot offers Start now, which starts the countdown', async ({ page }) => {
    await seedEngagement(page, engagementInput());
    await openRetros(page);
    await page.getByRole('button', { name: 'Start this week’s retro' }).click();
    await page.getByRole('button', { name: 'Start now (14:00)' }).click();
    await expect(page.getByRole('timer')).toHaveAccessibleName(/^(30:00|29:5\d) left$/);
  });
});

test('presenting from another screen opens this week’s retro, presents it and starts it; with nothing to present, a message', async ({
  app,
  page,
  snap,
}) => {
  const bar = page.getByRole('region', { name: 'Presenter' });
  // No engagement: nothing to present, said so rather than nothing happening.
  await app.menu('show-planner');
  await page.keyboard.press('ControlOrMeta+Shift+F');
  await expect(page.getByRole('status').filter({ hasText: /No retro is planned this week/ })).toBeVisible();
  await expect(bar).toBeHidden();
  await page.setViewportSize({ width: 1024, height: 768 });
  await snap('present-nothing-1024');

  // The shortcut from the planner starts this week's retro and presents it.
  await seedEngagement(page, engagementInput());
  await app.menu('show-planner');
  await page.keyboard.press('ControlOrMeta+Shift+F');
  await expect(bar).toBeVisible();
  await expect(bar.getByRole('timer')).toContainText('Score goals');
  // Presenting started the retro: its header counts down once presenter mode is left.
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: /Retro of/ })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveAccessibleName(/^(30:00|29:5\d) left$/);
  await expect(page.getByRole('button', { name: /^Start / })).toHaveCount(0);

  // Go › Present Retro from This week opens the same retro and presents it.
  await app.menu('show-home');
  await app.menu('present-retro');
  await expect(bar).toBeVisible();
  await page.keyboard.press('Escape');

  // The palette's "Present the retro" from Settings does too.
  await app.menu('show-settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Shift+P');
  await page.getByRole('combobox', { name: /Type a command/ }).fill('Present the retro');
  await page.keyboard.press('Enter');
  await expect(bar).toBeVisible();
});
