import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSidewaysScroll, openEngagementList } from './helpers';

const SAMPLE = 'Checkout MVP (sample)';
const SAMPLE_RE = /Checkout MVP \(sample\)/;

async function trySample(page: Page) {
  await page.getByRole('button', { name: 'Try a sample engagement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE })).toBeVisible();
  await expect(page.getByText('Added the sample engagement: a made-up quarter to look around in.')).toBeVisible();
}

async function openSection(page: Page, section: string) {
  await page.getByRole('button', { name: section, exact: true }).click();
  await expect(page.getByText('Loading…', { exact: true })).toHaveCount(0);
}

test('the sample engagement seeded and deleted', async ({ page, snap, expectAccessible }) => {
  // The first run: This week offers the sample beside creating an engagement.
  await expect(page.getByRole('heading', { name: 'No engagements yet' })).toBeVisible();
  await snap('sample-first-run');
  await expectAccessible();
  await trySample(page);

  // Marked as a sample on its pages: the quarter that ended last week (Mon 30 Nov – Fri 5 Feb).
  const notice = page.getByRole('region', { name: 'Sample engagement' });
  await expect(notice).toContainText('This is a sample.');
  const subtitle = page.locator('.page__subtitle');
  await expect(subtitle).toContainText('Sample');
  await expect(subtitle).toContainText('Wrapping up');
  await expect(subtitle).toContainText('Larkspur Payments · 30 Nov 2026 – 5 Feb 2027');
  await snap('sample-overview');
  await expectAccessible();
  await page.getByRole('button', { name: 'Details', exact: true }).click();
  await expect(notice).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Person 1' }).getByLabel('Role')).toHaveValue('engineer');
  await expect(page.getByRole('listitem', { name: 'Person 8' }).getByLabel('Name')).toHaveValue('Sam Whitaker');

  // In the list too, with its badge.
  await openEngagementList(page);
  const card = page.getByRole('list', { name: 'Engagements' }).getByRole('listitem');
  await expect(card).toHaveCount(1);
  await expect(card.locator('.badge--sample')).toHaveText('Sample');
  await expect(card).toContainText('8 people');
  await snap('sample-list');
  await expectAccessible();

  // Deleted in one action, with Undo (the button, then Ctrl/Cmd+Z).
  await card.getByRole('button', { name: SAMPLE_RE }).click();
  await page.getByRole('button', { name: 'Delete the sample' }).click();
  await expect(page.getByText('Deleted the sample engagement.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No engagements yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('The sample engagement is back.')).toBeVisible();
  await page.getByRole('list', { name: 'Engagements' }).getByRole('button', { name: SAMPLE_RE }).click();
  await page.getByRole('button', { name: 'Retros', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Retros' }).getByRole('listitem')).toHaveCount(8);

  await page.getByRole('button', { name: 'Delete the sample' }).click();
  await expect(page.getByRole('button', { name: 'Try a sample engagement' })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByRole('list', { name: 'Engagements' })).toContainText(SAMPLE);
  await page.getByRole('list', { name: 'Engagements' }).getByRole('button', { name: SAMPLE_RE }).click();
  await page.getByRole('button', { name: 'Delete the sample' }).click();
  await expect(page.getByRole('button', { name: 'Try a sample engagement' })).toBeVisible();
});

test('the sample at 800×600', async ({ page, snap, expectAccessible }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await expectNoSidewaysScroll(page);
  await snap('sample-first-run-800');
  await trySample(page);
  await expect(page.getByRole('button', { name: 'Delete the sample' })).toBeInViewport();
  await expectNoSidewaysScroll(page);
  await snap('sample-overview-800');
  await expectAccessible();
});

test('the sample’s quarter: retros with notes and scores, goals, timeline, project retro, planner', async ({
  page,
  snap,
  expectAccessible,
}) => {
  await trySample(page);

  await openSection(page, 'Retros');
  await expect(page.getByRole('list', { name: 'Retros' }).getByRole('listitem')).toHaveCount(8);
  await expect(page.getByText('“Went poorly” empty')).toHaveCount(1);
  await snap('sample-retros');

  // A past retro reads as a record: attendees, scores, notes with action items.
  await page.getByRole('button', { name: /^Retro of 7 Jan 2027/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Retro of 7 Jan 2027' })).toBeVisible();
  await expect(page.getByText('Kenji ran the release on Wednesday; Alex only watched.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Done: Ship the tax rounding fix behind a flag' })).toBeChecked();
  await expect(page.getByLabel('Owner of: Ship the tax rounding fix behind a flag')).toHaveValue(/.+/);
  await expect(page.getByRole('spinbutton', { name: 'New checkout live for every shopper' })).toHaveValue('90');
  await snap('sample-retro');
  await expectAccessible();

  await openSection(page, 'Goals');
  await expect(page.getByText('New checkout live for every shopper')).toBeVisible();
  await expect(page.getByText('Fewer abandoned checkouts')).toBeVisible();

  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(page.getByRole('group', { name: `Timeline of ${SAMPLE}` })).toBeVisible();
  await snap('sample-timeline');
  await expectAccessible();

  await openSection(page, 'Project retro');
  await expect(page.getByRole('heading', { level: 2, name: 'Project retro' })).toBeVisible();
  await expect(page.getByText('Ship a sliver early.')).toBeVisible();
  await snap('sample-project');

  // Planned weeks with the pairing log: the engagement's 80/20 so far.
  await openSection(page, 'Planner');
  await expect(page.getByText('10 weeks of Checkout MVP (sample), as planned.')).toBeVisible();
});

test.describe('on another day', () => {
  // Thursday 19 June 2031: the sample is the quarter before that week, whatever the real date.
  test.use({ now: new Date(2031, 5, 19, 10, 0) });

  test('the sample is the ten weeks before this week', async ({ page }) => {
    await trySample(page);
    await expect(page.locator('.page__subtitle')).toContainText('Larkspur Payments · 7 Apr 2031 – 13 Jun 2031');
    await page.getByRole('button', { name: 'This week', exact: true }).click();
    // The last retro's notes were never emailed: This week asks for them.
    await expect(page.getByRole('button', { name: 'Email the notes of the retro on 5 Jun 2031' })).toBeVisible();
  });
});
