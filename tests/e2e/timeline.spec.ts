import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ENGAGEMENT_FILE_VERSION, newEngagementFile } from '../../shared/model/files';
import { recordFile } from '../../shared/model/records/recordSchemas';
import { expect, test } from './fixtures';
import { engagementInput, openEngagementList, seedEngagement } from './helpers';
import { seedStory } from './story';

async function openSection(page: Page, section: 'Timeline' | 'Project retro') {
  await openEngagementList(page);
  await page
    .getByRole('list', { name: 'Engagements' })
    .getByRole('button', { name: /Payments MVP/ })
    .click();
  await page.getByRole('button', { name: section, exact: true }).click();
  // Each section's code loads when it is first opened: wait for it before reading the page.
  if (section === 'Timeline') await expect(page.getByRole('group', { name: 'Timeline of Payments MVP' })).toBeVisible();
  else await expect(page.getByText('Loading…', { exact: true })).toHaveCount(0);
}

const items = (page: Page) => page.getByRole('group', { name: 'Timeline of Payments MVP' }).getByRole('button');

async function addMilestone(page: Page, kind: string, date: string, title?: string) {
  await page.getByRole('button', { name: 'Add milestone' }).click();
  const form = page.getByRole('form', { name: 'New milestone' });
  await form.getByLabel('Kind').selectOption({ label: kind });
  await form.getByLabel('Date').fill(date);
  if (title !== undefined) await form.getByLabel('Title').fill(title);
  await form.getByRole('button', { name: 'Add milestone' }).click();
  await expect(form).toHaveCount(0);
}

test('three milestones appear on the timeline in date order; edit, delete and undo', async ({ page, restart }) => {
  await seedEngagement(page, engagementInput({ startDate: '2026-01-05', endDate: '2026-03-13' }));
  await openSection(page, 'Timeline');
  // Entered out of order on purpose.
  await addMilestone(page, 'Goal met', '2026-02-20', 'Coverage 80%');
  await addMilestone(page, 'Kick-off', '2026-01-06');
  await addMilestone(page, 'MVP in production', '2026-01-21');

  const labels = async (p: Page) =>
    await items(p).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  expect((await labels(page)).filter((l) => !/^Engagement|^Three-month/.test(l))).toEqual([
    'Kick-off, 6 Jan 2026',
    'MVP in production, 21 Jan 2026',
    'Goal met: Coverage 80%, 20 Feb 2026',
  ]);
  await expect(page.getByRole('list', { name: 'Milestones' }).getByRole('listitem')).toHaveText([
    /Kick-off.*6 Jan 2026/,
    /MVP in production.*21 Jan 2026/,
    /Goal met.*Coverage 80%/,
  ]);

  // The MVP target makes "late" visible.
  await page.getByLabel('Target date for the MVP in production').fill('2026-01-16');
  await expect(page.getByRole('button', { name: /^MVP in production, 21 Jan/ })).toHaveAttribute(
    'aria-label',
    'MVP in production, 21 Jan 2026, 5 days after the target',
  );

  // Clicking a milestone opens it for editing.
  await page.getByRole('button', { name: 'Goal met: Coverage 80%, 20 Feb 2026' }).click();
  const edit = page.getByRole('form', { name: 'Edit milestone Coverage 80%' });
  await expect(edit.getByLabel('Title')).toBeFocused();
  // An empty title is refused beside the field, and nothing is saved.
  await edit.getByLabel('Title').fill('');
  await edit.getByRole('button', { name: 'Save milestone' }).click();
  await expect(edit.getByText('Give the milestone a title.')).toBeVisible();
  await expect(edit.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await edit.getByLabel('Title').fill('Coverage 82%');
  await edit.getByRole('button', { name: 'Save milestone' }).click();
  await expect(page.getByRole('button', { name: 'Goal met: Coverage 82%, 20 Feb 2026' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Delete Kick-off' }).click();
  await expect(page.getByRole('button', { name: 'Kick-off, 6 Jan 2026' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Kick-off, 6 Jan 2026' })).toHaveCount(1);

  const again = await restart();
  await openSection(again, 'Timeline');
  expect((await labels(again)).filter((l) => !/^Engagement|^Three-month|^MVP target/.test(l))).toEqual([
    'Kick-off, 6 Jan 2026',
    'MVP in production, 21 Jan 2026, 5 days after the target',
    'Goal met: Coverage 82%, 20 Feb 2026',
  ]);
  await expect(again.getByLabel('Target date for the MVP in production')).toHaveValue('2026-01-16');
});

test('the selection stays on the same record when items are added or removed before it', async ({ page }) => {
  await seedEngagement(page, engagementInput({ startDate: '2026-01-05', endDate: '2026-03-13' }));
  await openSection(page, 'Timeline');
  await addMilestone(page, 'Goal met', '2026-02-20', 'Coverage 80%');
  const selected = page.locator('.tl__selected');
  const coverage = page.getByRole('button', { name: 'Goal met: Coverage 80%, 20 Feb 2026' });
  // Focus selects an item (a click would open it).
  await coverage.focus();
  await expect(selected).toHaveText('Selected: Goal met: Coverage 80%, 20 Feb 2026');

  // A milestone added before it moves it one place on, not the selection to its neighbour.
  await addMilestone(page, 'Kick-off', '2026-01-06');
  await expect(selected).toHaveText('Selected: Goal met: Coverage 80%, 20 Feb 2026');
  await expect(coverage).toHaveAttribute('tabindex', '0');
  await addMilestone(page, 'MVP in production', '2026-01-21');
  await expect(selected).toHaveText('Selected: Goal met: Coverage 80%, 20 Feb 2026');

  // Removed before it: still the same record.
  await page.getByRole('button', { name: 'Delete Kick-off' }).click();
  await expect(page.getByRole('button', { name: 'Kick-off, 6 Jan 2026' })).toHaveCount(0);
  await expect(selected).toHaveText('Selected: Goal met: Coverage 80%, 20 Feb 2026');
  await expect(coverage).toHaveAttribute('tabindex', '0');

  // The selected record itself removed: the selection goes to the item nearest its date.
  await page.getByRole('button', { name: 'Delete Coverage 80%' }).click();
  await expect(coverage).toHaveCount(0);
  await expect(selected).toHaveText('Selected: Engagement end, 13 Mar 2026');
  await expect(page.getByRole('group', { name: 'Timeline of Payments MVP' }).locator('[tabindex="0"]')).toHaveCount(1);
});

test('the timeline tells the story; keyboard moves between items; a retro opens read-only', async ({
  page,
  snap,
  expectAccessible,
}) => {
  const story = await seedStory(page);
  await openSection(page, 'Timeline');
  const group = page.getByRole('group', { name: 'Timeline of Payments MVP' });
  await expect(group.getByRole('button', { name: /went poorly empty/ })).toHaveCount(2);
  await expect(page.getByRole('list', { name: 'Goal score trends' })).toContainText('Line coverage 80%85% (from 35%)');
  await snap('timeline');
  await expectAccessible();

  // One tab stop; arrows walk the items in time order.
  await group.getByRole('button').first().focus();
  await page.keyboard.press('Home');
  await expect(group.getByRole('button', { name: /^Engagement start,/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(group.getByRole('button', { name: /^Kick-off/ })).toBeFocused();
  await expect(group.locator('[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('End');
  await expect(group.getByRole('button', { name: /^Three-month check-in/ })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(group.getByRole('button', { name: /^Engagement end,/ })).toBeFocused();

  // Zoom to weeks with the keyboard: the focused item stays in view.
  await page.keyboard.press('+');
  await expect(page.getByText('×2')).toBeVisible();
  await page.getByRole('button', { name: 'Now' }).click();
  await expect(group.locator(':focus')).toHaveAttribute('aria-label', /Retro|action item|Load test|Line coverage/);

  const firstRetro = story.retroDates[0] ?? '';
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(page.getByText('Whole engagement')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom out' })).toBeDisabled();
  await group.getByRole('button', { name: /^Retro, .*goals 17%/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Retro of/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Went well' })).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByRole('textbox', { name: 'Went well' })).toHaveText('Pairing every day in week 1.');
  expect(firstRetro).not.toBe('');
  await page.getByRole('button', { name: 'Payments MVP · Timeline' }).click();
  await expect(group).toBeVisible();
});

test('a timeline of 1,000 items draws only what is in view and stays navigable', async ({ app, page, restart }) => {
  const engagement = await seedEngagement(page, engagementInput({ startDate: '2025-01-06', endDate: '2026-12-18' }));
  const file = newEngagementFile(engagement);
  const base = new Date('2025-01-06T00:00:00Z').getTime();
  const day = (n: number) => new Date(base + n * 86_400_000).toISOString().slice(0, 10);
  file.project.milestones = Array.from({ length: 1000 }, (_, i) => ({
    id: `m${i}`,
    date: day(Math.floor(i * 0.7)),
    kind: 'custom' as const,
    title: `Generated ${i + 1}`,
    note: '',
    createdAt: '2025-01-01T00:00:00.000Z',
  }));
  expect(file.schemaVersion).toBe(ENGAGEMENT_FILE_VERSION);
  // A restart first, so nothing from the seeding is still waiting to be written over the file.
  await restart();
  // The milestones' record, as another tool (or a sync) would leave it in the engagement's folder.
  const milestones = recordFile('milestones', {
    mvpTargetDate: file.project.mvpTargetDate,
    milestones: file.project.milestones,
  });
  fs.writeFileSync(path.join(app.dataDir, 'engagements', engagement.id, 'milestones.json'), JSON.stringify(milestones));
  const fresh = await restart();
  await openSection(fresh, 'Timeline');
  const group = fresh.getByRole('group', { name: 'Timeline of Payments MVP' });
  await expect(group.getByRole('button', { name: 'Generated 1, 6 Jan 2025' })).toBeVisible();
  // Whole engagement in view: crowded, but bounded by the window.
  for (let i = 0; i < 4; i++) await fresh.getByRole('button', { name: 'Zoom in' }).click();
  const rendered = await group.getByRole('button').count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(200);
  await group.getByRole('button').first().focus();
  await fresh.keyboard.press('End');
  await expect(group.getByRole('button', { name: /^Three-month check-in/ })).toBeFocused();
  await fresh.keyboard.press('ArrowLeft');
  await expect(fresh.locator(':focus')).toHaveAttribute('aria-label', /^Engagement end,/);
  expect(await group.getByRole('button').count()).toBeLessThan(200);
});
