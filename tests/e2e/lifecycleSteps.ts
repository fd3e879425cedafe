import type { Page } from '@playwright/test';
import { openEngagementList } from './helpers';

/** The steps the lifecycle stories share: a section of an engagement opened from the list, a reviewer's vote. */
export async function openSection(page: Page, engagement: RegExp, section: string) {
  await openEngagementList(page);
  await page.getByRole('button', { name: engagement }).click();
  await page.getByRole('button', { name: section, exact: true }).click();
}

/** A reviewer added to the fit check, with a vote in each category (the labels of the choices). */
export async function vote(page: Page, reviewer: string, business: string, technical: string, teamFit: string) {
  await page.getByLabel('Reviewer name').fill(reviewer);
  await page.getByRole('button', { name: 'Add reviewer' }).click();
  await page.getByLabel(`Business value from ${reviewer}`).selectOption({ label: business });
  await page.getByLabel(`Technical value from ${reviewer}`).selectOption({ label: technical });
  await page.getByLabel(`Team fit from ${reviewer}`).selectOption({ label: teamFit });
}
