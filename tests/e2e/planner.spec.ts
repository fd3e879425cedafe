import { addDaysIso } from '../../shared/dates';
import { expect, test } from './fixtures';
import { localInstant } from './clock';
import { createEngagement, dayTab, logPartner, monday, saved, weekMeter } from './plannerWorld';

test.describe('on a Wednesday morning', () => {
  // Wednesday of this week, so that the screenshots show a working day as today.
  test.use({ now: localInstant(addDaysIso(monday, 2), '10:00') });
  test('plan the week: 80/20 gauge, the 20% day taken over, a ritual flagged, kept across a restart', async ({
    page,
    restart,
    snap,
    expectAccessible,
  }) => {
    // Screenshots and axe in light and dark, and a restart: more than the default 30 s on a busy machine.
    test.slow();
    await createEngagement(page);
    await page.getByRole('button', { name: 'Week planner' }).click();
    await expect(page.getByText('For Payments MVP with Checkout')).toBeVisible();
    await expect(dayTab(page, 'Wednesday')).toHaveAttribute('aria-current', 'date');
    await expect(dayTab(page, 'Wednesday')).toHaveAttribute('aria-selected', 'true');

    // The template: Monday to Thursday pairing, Friday 20% time.
    await expect(dayTab(page, 'Monday')).toHaveAccessibleName(/Pairing · 8 h/);
    await expect(dayTab(page, 'Friday')).toHaveAccessibleName(/20% time · 8 h/);
    await logPartner(page, 'Monday', 'Kenji Sato', 'Contract tests for the payments API');
    await logPartner(page, 'Tuesday', 'Ana Lima', 'CI pipeline');
    await logPartner(page, 'Wednesday', 'Kenji Sato', 'Feature flags');
    await logPartner(page, 'Thursday', 'Ana Lima', 'Deploy to production');
    await expect(dayTab(page, 'Monday')).toContainText('with Kenji Sato');
    await expect(weekMeter(page)).toHaveAttribute('aria-valuenow', '80');
    await expect(page.getByText('On track: pairing at or above 80%, the 20% day protected.')).toBeVisible();
    const summary = page.getByRole('table');
    await expect(summary.getByRole('row', { name: /Kenji Sato/ })).toContainText('2');
    await expect(summary.getByRole('row', { name: /Ana Lima/ })).toContainText('2');
    await saved(page);
    await dayTab(page, 'Monday').click();
    await snap('planner');
    await expectAccessible();

    // Friday becomes pairing: the 20% day is taken over.
    await dayTab(page, 'Friday').click();
    await page.getByRole('radio', { name: /^Pairing/ }).check();
    await expect(weekMeter(page)).toHaveAttribute('aria-valuenow', '100');
    const warnings = page.getByRole('list', { name: 'Warnings for this week' });
    await expect(warnings).toContainText('Friday is your protected 20% day, but it is marked as pairing.');

    // A demo on Friday is flagged, in the ritual list and among the week's warnings.
    await page.getByRole('button', { name: 'Add a ritual' }).click();
    const form = page.getByRole('form', { name: 'New ritual' });
    await form.getByLabel('Kind').selectOption({ label: 'Demo' });
    await form.getByRole('checkbox', { name: 'Thursday' }).uncheck();
    await form.getByRole('checkbox', { name: 'Friday' }).check();
    await form.getByLabel('Time').fill('16:00');
    await snap('planner-ritual-form');
    await form.getByRole('button', { name: 'Add ritual' }).click();
    const rituals = page.getByRole('list', { name: 'Rituals' });
    await expect(rituals.getByRole('listitem').filter({ hasText: 'Demo' })).toContainText('On your 20% day (Friday)');
    await expect(rituals.getByRole('listitem').filter({ hasText: 'Weekly retro' })).toContainText(
      'Thursday · 14:00 · 30 min',
    );
    await expect(warnings).toContainText('Demo (16:00, 30 min) falls on Friday, your 20% day.');
    await expect(dayTab(page, 'Friday')).toContainText('16:00 Demo');
    await saved(page);
    await snap('planner-warnings');
    await expectAccessible();

    // Restart: the week is as it was left.
    const again = await restart();
    await again.getByRole('button', { name: 'Week planner' }).click();
    await expect(dayTab(again, 'Friday')).toHaveAccessibleName(/Pairing · 8 h/);
    await expect(dayTab(again, 'Monday')).toContainText('with Kenji Sato');
    await dayTab(again, 'Monday').click();
    await expect(again.getByLabel('On what')).toHaveValue('Contract tests for the payments API');
    await expect(again.getByRole('list', { name: 'Warnings for this week' })).toContainText(
      'Demo (16:00, 30 min) falls on Friday',
    );
  });
});

test('keyboard only: move between days, cycle a day, log a partner', async ({ page, snap }) => {
  await createEngagement(page);
  await page.getByRole('button', { name: 'Planner', exact: true }).click();
  await expect(dayTab(page, 'Monday')).toBeVisible();
  await page.getByRole('tab', { selected: true }).focus();
  await page.keyboard.press('Home');
  await expect(dayTab(page, 'Monday')).toBeFocused();

  await page.keyboard.press('ArrowRight');
  await expect(dayTab(page, 'Tuesday')).toBeFocused();
  await expect(dayTab(page, 'Tuesday')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Space');
  await expect(dayTab(page, 'Tuesday')).toHaveAccessibleName(/20% time/);
  await page.keyboard.press('k');
  await expect(dayTab(page, 'Tuesday')).toHaveAccessibleName(/Off/);
  await expect(weekMeter(page)).toHaveAttribute('aria-valuenow', '75');
  await page.keyboard.press('k');
  await expect(dayTab(page, 'Tuesday')).toHaveAccessibleName(/Pairing/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(dayTab(page, 'Friday')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(dayTab(page, 'Monday')).toBeFocused();

  // Into the day: its kind, its hours, then who you paired with.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: /^Pairing/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Planned hours')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('6');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: /Kenji Sato/ })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('On what')).toBeFocused();
  await page.keyboard.type('Pairing on the checkout flow');
  await expect(dayTab(page, 'Monday')).toHaveAccessibleName(/Pairing · 6 h/);
  await expect(dayTab(page, 'Monday')).toContainText('with Kenji Sato');
  await expect(page.getByText('changes the day: pairing → 20% time → off')).toBeVisible();
  await snap('planner-engagement-section');
});

test('with no engagement the planner explains, offers one, and plans a plain week', async ({
  app,
  page,
  restart,
  snap,
  expectAccessible,
}) => {
  // Go › Week Planner (Ctrl/Cmd+4).
  await app.menu('show-planner');
  await expect(page.getByRole('heading', { name: 'No engagement yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create an engagement' })).toBeVisible();
  await expect(weekMeter(page)).toHaveAttribute('aria-valuenow', '80');
  await snap('planner-empty');
  await expectAccessible();

  await dayTab(page, 'Monday').click();
  await page.getByRole('radio', { name: /^Off/ }).check();
  await page.getByLabel('Note', { exact: true }).fill('Public holiday');
  await expect(dayTab(page, 'Monday')).toContainText('Public holiday');
  await saved(page);

  const again = await restart();
  await again.getByRole('button', { name: 'Week planner' }).click();
  await expect(dayTab(again, 'Monday')).toHaveAccessibleName(/Off · 8 h/);
  await again.getByRole('button', { name: 'Create an engagement' }).click();
  await expect(again.getByRole('heading', { level: 1, name: 'New engagement' })).toBeVisible();
});

test.describe('a minute before midnight on a Sunday', () => {
  test.use({ now: new Date(2027, 1, 14, 23, 59, 0) });
  test('the planner’s “This week” moves on at midnight while the app stays open', async ({ page }) => {
    await page.getByRole('button', { name: 'Week planner' }).click();
    const title = page.locator('.week-nav__title');
    await expect(title).toContainText('Week 6');
    await expect(title.getByText('This week', { exact: true })).toBeVisible();
    await page.clock.runFor('02:00');
    // Still showing week 6, which is now last week.
    await expect(title).toContainText('Week 6');
    await expect(title.getByText('This week', { exact: true })).toHaveCount(0);
  });
});
