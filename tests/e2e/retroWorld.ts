import type { Page } from '@playwright/test';
import { openEngagementList } from './helpers';

/** Shared by the retro*.spec.ts stories: the Payments MVP engagement's Retros section. */
export async function openRetros(page: Page) {
  await openEngagementList(page);
  await page.getByRole('button', { name: /Payments MVP/ }).click();
  await page.getByRole('button', { name: 'Retros', exact: true }).click();
}
