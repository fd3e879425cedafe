import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import type { EngagementInput } from '../../shared/model/engagement';
import type { Engagement } from '../../shared/model/engagement';
import { addDaysIso } from '../../shared/dates';
import { DEFAULT_NOW, datesAround } from './clock';

/** Sets up an engagement through the app's own API (as the UI would), then reloads the UI. */
export async function seedEngagement(page: Page, input: EngagementInput): Promise<Engagement> {
  const result = await page.evaluate(async (payload) => {
    const api = (window as unknown as { api: { invoke: (c: string, p: unknown) => Promise<unknown> } }).api;
    return api.invoke('engagements:create', payload);
  }, input);
  const typed = result as { ok: true; value: Engagement } | { ok: false; error: { message: string } };
  if (!typed.ok) throw new Error(`Could not seed the engagement: ${typed.error.message}`);
  await page.reload();
  // The app opens on "This week"; the specs continue from the list of engagements.
  await openEngagementList(page);
  return typed.value;
}

/** The sidebar's Engagements item (the app starts on "This week"). */
export async function openEngagementList(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Engagements', exact: true }).click();
}

/**
 * An engagement running around the story's "today" (the pinned clock's): from the Monday six
 * weeks before to the Friday nine weeks after, so last week's and next week's retros fall inside.
 */
export function engagementInput(overrides: Partial<EngagementInput> = {}, now: Date = DEFAULT_NOW): EngagementInput {
  const around = datesAround(now);
  return {
    name: 'Payments MVP',
    hostTeam: 'Checkout',
    homeTeam: 'Platform Enablement',
    startDate: around.mondayIn(-6),
    endDate: addDaysIso(around.mondayIn(9), 4),
    status: 'active',
    endedEarlyReason: '',
    people: [
      { id: 'p-zoe', name: 'Zoë Ångström', email: 'zoe@example.com', role: 'engineer' },
      { id: 'p-kenji', name: 'Kenji Sato', email: 'kenji@example.com', role: 'tech-lead' },
      { id: 'p-ana', name: 'Ana Lima', email: '', role: 'host-developer' },
    ],
    ...overrides,
  };
}

/** Nothing scrolls sideways, neither the window nor the main area (the 800×600 checks). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() =>
    [document.documentElement, document.querySelector('main')].map((el) => [
      el?.scrollWidth ?? 0,
      el?.clientWidth ?? 0,
    ]),
  );
  for (const [scroll = 0, client = 0] of widths) expect(scroll).toBeLessThanOrEqual(client);
}

/**
 * Settings save as you go: the notice names what was saved ("Theme saved.") and the page's
 * status says everything is.
 */
export async function expectSettingsSaved(page: Page, what: string): Promise<void> {
  await expect(page.getByRole('region', { name: 'Notifications' }).getByText(`${what} saved.`)).toBeVisible();
  await expect(page.getByTestId('settings-save-status')).toHaveText('All changes saved');
}
