import { addDays, format } from 'date-fns';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { engagementInput, expectSettingsSaved, seedEngagement } from './helpers';
import { openRetros } from './retroWorld';

async function addGoal(page: Page, title: string, adoption: boolean) {
  await page.getByRole('button', { name: 'Add goal' }).first().click();
  const form = page.getByRole('form', { name: 'New goal' });
  await form.getByLabel('Goal', { exact: true }).fill(title);
  if (adoption) await form.getByLabel('This goal is about production adoption').check();
  await form.getByRole('button', { name: 'Add goal' }).click();
  await expect(page.getByRole('listitem', { name: title })).toBeVisible();
}

test('a retro taken live survives closing the app right after typing', async ({
  page,
  restart,
  snap,
  expectAccessible,
  now,
}) => {
  // The default instant is a Thursday afternoon, after the 14:00 retro: its notes are due.
  const dueDate = format(addDays(now, 7), 'yyyy-MM-dd');
  // A long story (goals, a whole live retro, a restart, two axe passes): about 16 s alone,
  // but past the 30 s default in a full parallel run on a loaded 2-core machine.
  test.slow();
  await seedEngagement(page, engagementInput());
  await page.getByRole('button', { name: /Payments MVP/ }).click();
  await page.getByRole('button', { name: 'Goals', exact: true }).click();
  await addGoal(page, 'Checkout MVP in production', false);
  await expect(page.getByText('No goal is about production adoption yet.')).toBeVisible();
  await addGoal(page, 'Line coverage 80%', true);
  await expect(page.getByText('No goal is about production adoption yet.')).toHaveCount(0);
  await snap('goals');
  await expectAccessible();

  await page.getByRole('button', { name: 'Retros', exact: true }).click();
  await page.getByRole('button', { name: 'Start this week’s retro' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Retro of/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Attendees' })).toContainText('Kenji Sato');
  await expect(page.getByRole('list', { name: 'Attendees' })).toContainText('no email');

  await page.getByLabel('Checkout MVP in production', { exact: true }).fill('40');
  await page.getByLabel('Line coverage 80%', { exact: true }).fill('65');
  await page.getByLabel('MVP status / blockers').fill('Blocked on the payments sandbox');

  // The nudge shows while "went poorly" is empty.
  const nudge = page.getByText('“Went poorly” is empty.');
  await expect(nudge).toBeVisible();

  await page.getByRole('textbox', { name: 'Went well' }).click();
  await page.keyboard.type('Pairing on the checkout flow every day. **Tests** first, always.');
  await page.getByRole('textbox', { name: 'Went poorly' }).click();
  await page.keyboard.type('Deploys still take two hours.');
  await page.getByRole('textbox', { name: 'Do next time' }).click();
  await page.keyboard.type('[ ] Split the deploy pipeline');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Add a smoke test to CI');
  await page.getByLabel('Owner of: Split the deploy pipeline').selectOption({ label: 'Kenji Sato' });
  await page.getByLabel('Owner of: Add a smoke test to CI').selectOption({ label: 'Zoë Ångström' });
  await page.getByLabel('Due date of: Add a smoke test to CI').fill(dueDate);
  await page.getByRole('textbox', { name: 'Notes', exact: true }).click();
  await page.keyboard.type('Decision: keep the feature flag until 10% traffic.');
  await expect(nudge).toHaveCount(0);
  await snap('retro-editor');
  await expectAccessible();

  // Close at once: no waiting for the autosave.
  const again = await restart();
  await openRetros(again);
  await expect(again.getByRole('list', { name: 'Retros' })).toContainText('2 of 2 actions open');
  await expect(again.getByRole('list', { name: 'Retros' })).toContainText('Goals 53%');
  await expect(again.getByRole('list', { name: 'Retros' })).toContainText('Notes not emailed');
  await snap('retros-list', again);
  await expectAccessible(again);
  await again.getByRole('button', { name: 'Open this week’s retro' }).click();
  await expect(again.getByRole('textbox', { name: 'Went well' })).toHaveText(
    'Pairing on the checkout flow every day. Tests first, always.',
  );
  await expect(again.getByRole('textbox', { name: 'Went well' }).locator('strong')).toHaveText('Tests');
  await expect(again.getByRole('textbox', { name: 'Went poorly' })).toHaveText('Deploys still take two hours.');
  await expect(again.getByRole('textbox', { name: 'Notes', exact: true })).toHaveText(
    'Decision: keep the feature flag until 10% traffic.',
  );
  await expect(again.getByLabel('Owner of: Split the deploy pipeline')).toHaveValue('p-kenji');
  await expect(again.getByLabel('Owner of: Add a smoke test to CI')).toHaveValue('p-zoe');
  await expect(again.getByLabel('Due date of: Add a smoke test to CI')).toHaveValue(dueDate);
  await expect(again.getByLabel('Checkout MVP in production', { exact: true })).toHaveValue('40');
  await expect(again.getByLabel('Line coverage 80%', { exact: true })).toHaveValue('65');
  await expect(again.getByLabel('MVP status / blockers')).toHaveValue('Blocked on the payments sandbox');
});

test('open action items carry over to the next retro and can be closed there', async ({ page, restart, now }) => {
  await seedEngagement(page, engagementInput());
  await openRetros(page);
  await page.getByRole('button', { name: 'Start this week’s retro' }).click();
  await page.getByRole('textbox', { name: 'Do next time' }).click();
  await page.keyboard.type('[ ] Write the runbook');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Pair with Ana on the migration');
  await page.getByLabel('Owner of: Write the runbook').selectOption({ label: 'Ana Lima' });

  // Next week's retro, added by date.
  await page.getByRole('button', { name: 'Payments MVP · Retros' }).click();
  const nextWeek = format(addDays(now, 7), 'yyyy-MM-dd');
  await page.getByLabel('Another retro on').fill(nextWeek);
  await page.getByRole('button', { name: 'Add retro' }).click();
  const carried = page.getByRole('list', { name: 'Action items carried over' });
  await expect(carried.getByRole('listitem')).toHaveCount(2);
  await expect(carried).toContainText('Write the runbook');
  await expect(carried).toContainText('Ana Lima');
  await carried.getByLabel('Write the runbook').check();
  // It stays in view, struck through, until the retro is closed.
  await expect(carried.getByRole('listitem').filter({ hasText: 'Write the runbook' })).toHaveAttribute(
    'data-checked',
    'true',
  );

  const again = await restart();
  await openRetros(again);
  await again
    .getByRole('button', { name: /Retro of/ })
    .first()
    .click();
  const carriedAfter = again.getByRole('list', { name: 'Action items carried over' });
  await expect(carriedAfter.getByRole('listitem')).toHaveCount(1);
  await expect(carriedAfter).toContainText('Pair with Ana on the migration');
});

test('a past retro opens read-only; the clock starts; Ctrl+K makes a link', async ({ page, snap, now }) => {
  await seedEngagement(page, engagementInput());
  await openRetros(page);
  const twoWeeksAgo = format(addDays(now, -14), 'yyyy-MM-dd');
  await page.getByLabel('Another retro on').fill(twoWeeksAgo);
  await page.getByRole('button', { name: 'Add retro' }).click();
  await expect(page.getByText('This retro is from a past week, so it opens read-only.')).toBeVisible();
  // Nothing was written: each section says so, read-only, with no editor to type into.
  await expect(page.getByText('Nothing noted', { exact: true })).toHaveCount(4);
  await expect(page.getByRole('textbox', { name: 'Went well' })).toHaveCount(0);
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  await snap('retro-readonly');
  await page.getByRole('button', { name: 'Edit anyway' }).click();
  await expect(page.getByRole('textbox', { name: 'Went well' })).toHaveAttribute('contenteditable', 'true');

  await page.getByRole('button', { name: 'Payments MVP · Retros' }).click();
  await page.getByRole('button', { name: 'Start this week’s retro' }).click();
  await page.getByRole('button', { name: /Start the 30-minute retro/ }).click();
  await expect(page.getByRole('timer')).toHaveAccessibleName(/^(30:00|29:5\d) left$/);

  const notes = page.getByRole('textbox', { name: 'Notes', exact: true });
  await notes.click();
  await page.keyboard.type('See the runbook');
  await expect(page.getByText('All changes saved')).toBeVisible();
  // Select the word as a mouse would (a DOM selection the editor picks up). Selecting it
  // with Shift+ArrowLeft lost keystrokes under load now and then (see the session notes).
  await notes.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf('runbook') ?? -1;
      if (at >= 0) {
        window.getSelection()?.setBaseAndExtent(node, at, node, at + 'runbook'.length);
        return;
      }
    }
  });
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('runbook');
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByLabel('Link address').fill('javascript:alert(1)');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Enter a web address (https://…) or an email address.')).toBeVisible();
  await page.getByLabel('Link address').fill('example.com/runbook');
  await page.keyboard.press('Enter');
  await expect(notes.locator('a[href="https://example.com/runbook"]')).toHaveText('runbook');
});

test.describe('on Tuesday 09:55, the retro moved to Tuesday 10:00 in the planner', () => {
  test.use({ now: new Date(2027, 1, 9, 9, 55) });
  test('home, its notification and “Start this week’s retro” follow the moved retro', async ({ app, page, now }) => {
    const engagement = await seedEngagement(page, engagementInput({}, now));
    await page.evaluate(async (engagementId) => {
      const api = (window as unknown as { api: { invoke: (c: string, p: unknown) => Promise<{ ok: boolean }> } }).api;
      const ritual = { id: 'retro', kind: 'retro', name: 'Weekly retro', days: ['tue'], time: '10:00', minutes: 30 };
      const saved = await api.invoke('planner:saveRitual', { engagementId, ritual });
      if (!saved.ok) throw new Error('The ritual was not saved.');
    }, engagement.id);
    await page.reload();
    const due = page.getByRole('list', { name: 'Due this week' });
    await expect(due).toContainText('Weekly retro 9 Feb 2027');
    await expect(due).not.toContainText('11 Feb 2027');

    // Turned on, the notification is the one for 10:00 today.
    await app.menu('show-settings');
    await page.getByLabel(/Desktop notifications/).check();
    await expectSettingsSaved(page, 'Desktop notifications');
    await expect
      .poll(() => app.notifications())
      .toEqual([{ title: 'Weekly retro at 10:00', body: 'Payments MVP: score the goals first.' }]);

    await openRetros(page);
    await expect(page.getByText('same time every week (Tuesday 10:00)')).toBeVisible();
    await page.getByRole('button', { name: 'Start this week’s retro' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Retro of 9 Feb 2027' })).toBeVisible();
  });
});

test.describe('after the engagement has ended', () => {
  test('the retros page says there is no retro this week and main refuses one', async ({ page, now, snap }) => {
    const ended = engagementInput({ startDate: '2026-10-05', endDate: '2026-12-18', status: 'done' }, now);
    const engagement = await seedEngagement(page, ended);
    await openRetros(page);
    await expect(page.getByText('No retro this week: the engagement ended on 18 Dec 2026.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start this week’s retro' })).toHaveCount(0);
    await page.getByLabel('Another retro on').fill('2027-02-11');
    await page.getByRole('button', { name: 'Add retro' }).click();
    await expect(page.getByText('Pick a day the engagement runs: 5 Oct 2026 to 18 Dec 2026.')).toBeVisible();
    await snap('retros-engagement-ended');
    const refused = await page.evaluate(async (engagementId) => {
      const api = (
        window as unknown as {
          api: { invoke: (c: string, p: unknown) => Promise<{ ok: boolean; error?: { message: string } }> };
        }
      ).api;
      return api.invoke('retros:create', { engagementId, date: '2027-02-11' });
    }, engagement.id);
    expect(refused).toEqual({
      ok: false,
      error: expect.objectContaining({
        message: 'A retro must fall within the engagement: 5 Oct 2026 to 18 Dec 2026.',
      }) as unknown,
    });
  });
});
