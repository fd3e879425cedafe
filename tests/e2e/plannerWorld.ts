import type { Page } from '@playwright/test';
import { addDaysIso } from '../../shared/dates';
import { mondayOf, weekKeyOfDate } from '../../shared/week';
import { expect } from './fixtures';
import { DEFAULT_NOW } from './clock';

/** Shared by the planner*.spec.ts stories. */

/** The planner opens on the current week (the pinned clock's): the engagement runs from its Monday for ten weeks. */
export const thisWeek = weekKeyOfDate(DEFAULT_NOW);
export const monday = mondayOf(thisWeek);

export async function createEngagement(page: Page, name = 'Payments MVP') {
  await page.getByRole('button', { name: 'New engagement' }).first().click();
  await page.getByLabel('Engagement name').fill(name);
  await page.getByLabel('Host team').fill('Checkout');
  await page.getByLabel('Start date').fill(monday);
  await page.getByLabel('End date').fill(addDaysIso(monday, 7 * 10 - 3));
  await page.getByLabel('Status').selectOption({ label: 'Active' });
  const people = [
    { name: 'Zoë Ångström', role: 'Engineer' },
    { name: 'Kenji Sato', role: 'Tech lead' },
    { name: 'Ana Lima', role: 'Host developer' },
  ];
  for (const [index, person] of people.entries()) {
    await page.getByRole('button', { name: 'Add person' }).click();
    const row = page.getByRole('listitem', { name: `Person ${index + 1}` });
    await row.getByLabel('Name').fill(person.name);
    await row.getByLabel('Role').selectOption({ label: person.role });
  }
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

export const dayTab = (page: Page, day: string) => page.getByRole('tab', { name: new RegExp(`^${day} `) });
export const weekMeter = (page: Page) => page.getByRole('meter', { name: 'Pairing share this week' });
export const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

export async function logPartner(page: Page, day: string, partner: string, topic: string) {
  await dayTab(page, day).click();
  await page.getByRole('checkbox', { name: new RegExp(partner) }).check();
  await page.getByLabel('On what').fill(topic);
}
