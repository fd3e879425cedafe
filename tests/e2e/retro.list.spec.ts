import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { engagementInput, seedEngagement } from './helpers';
import { openRetros } from './retroWorld';

/** The engagement's weekly retro moved to Thursday 15:00 in the planner (the settings say 14:00). */
async function retroAtThree(page: Page, engagementId: string) {
  await page.evaluate(async (id) => {
    const api = (window as unknown as { api: { invoke: (c: string, p: unknown) => Promise<{ ok: boolean }> } }).api;
    const ritual = { id: 'retro', kind: 'retro', name: 'Weekly retro', days: ['thu'], time: '15:00', minutes: 30 };
    const saved = await api.invoke('planner:saveRitual', { engagementId: id, ritual });
    if (!saved.ok) throw new Error('The ritual was not saved.');
  }, engagementId);
  await page.reload();
}

// Thursday 3 December 2026, 16:00: week 49, after this week's 15:00 retro.
test.use({ now: new Date(2026, 11, 3, 16, 0) });

test('the list reads “Week 49” and the time; a past retro reads as a record', async ({
  page,
  now,
  snap,
  expectAccessible,
}) => {
  const engagement = await seedEngagement(page, engagementInput({}, now));
  await retroAtThree(page, engagement.id);
  await openRetros(page);
  await page.getByRole('button', { name: 'Start this week’s retro' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Retro of 3 Dec 2026' })).toBeVisible();
  await expect(page.getByText('Week 49 · Thu 3 Dec, 15:00 · 30 minutes')).toBeVisible();
  // This week's retro still speaks to the facilitator.
  await expect(page.getByText('“Went poorly” is empty.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Start the 30-minute retro/ })).toBeVisible();
  await expect(page.getByLabel('MVP status / blockers')).toHaveAttribute(
    'placeholder',
    'How close is the MVP launch, and what blocks it?',
  );

  // Two weeks ago: Thursday 19 November, week 47.
  await page.getByRole('button', { name: 'Payments MVP · Retros' }).click();
  await page.getByLabel('Another retro on').fill('2026-11-19');
  await page.getByRole('button', { name: 'Add retro' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Retro of 19 Nov 2026' })).toBeVisible();
  await expect(page.getByText('Week 47 · Thu 19 Nov, 15:00 · 30 minutes')).toBeVisible();
  await expect(page.getByText('Nothing noted', { exact: true })).toHaveCount(4);
  // No instructions to a meeting that is over: no nudge, no Start, no clock, no step numbers.
  await expect(page.getByText(/Ask the room|negative feedback/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Start the/ })).toHaveCount(0);
  await expect(page.getByText(/start on time|Time’s up/)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Goal scores', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Score the goals/ })).toHaveCount(0);

  // The disabled MVP field looks disabled: the muted surface and text, not a blank white box.
  const mvp = page.getByLabel('MVP status / blockers');
  await expect(mvp).toBeDisabled();
  await expect(mvp).toHaveAttribute('placeholder', 'Nothing noted');
  const look = await mvp.evaluate((el) => {
    const probe = document.createElement('div');
    probe.style.background = 'var(--surface-muted)';
    probe.style.color = 'var(--text-muted)';
    document.body.append(probe);
    const expected = getComputedStyle(probe);
    const style = getComputedStyle(el);
    const out = {
      background: style.backgroundColor === expected.backgroundColor,
      color: style.color === expected.color,
      cursor: style.cursor,
    };
    probe.remove();
    return out;
  });
  expect(look).toEqual({ background: true, color: true, cursor: 'not-allowed' });
  await snap('retro-past');
  await expectAccessible();

  await page.getByRole('button', { name: 'Payments MVP · Retros' }).click();
  const rows = page.getByRole('list', { name: 'Retros' }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Week 49 · Thu 3 Dec, 15:00 · this week');
  await expect(rows.nth(1)).toContainText('Week 47 · Thu 19 Nov, 15:00');
  await expect(page.getByRole('list', { name: 'Retros' })).not.toContainText('2026-W');
  await snap('retro-list');
  await expectAccessible();

  // The room's projector: 1024×768.
  await page.setViewportSize({ width: 1024, height: 768 });
  await snap('retro-list-1024');
  await rows.nth(1).getByRole('button').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Retro of 19 Nov 2026' })).toBeVisible();
  await snap('retro-past-1024');
});
