import fs from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { addMonths, parseISO } from 'date-fns';
import { addDaysIso, formatDayLong, formatDisplayDate, localDateOf } from '../../shared/dates';
import { checkInDate } from '../../shared/keyDates/dueDates';
import { addWeeksToKey, datesOfWeek, mondayOf, weekKeyOf, weekKeyOfDate, weekNumber } from '../../shared/week';
import { expect, test } from './fixtures';
import { DEFAULT_NOW, datesAround, localInstant } from './clock';
import { engagementInput, seedEngagement } from './helpers';

/** The planner opens on the current week (the pinned clock's): the engagement runs from its Monday for ten weeks. */
const thisWeek = weekKeyOfDate(DEFAULT_NOW);
const monday = mondayOf(thisWeek);

async function createEngagement(page: Page, name = 'Payments MVP') {
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

const dayTab = (page: Page, day: string) => page.getByRole('tab', { name: new RegExp(`^${day} `) });
const weekMeter = (page: Page) => page.getByRole('meter', { name: 'Pairing share this week' });
const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

async function logPartner(page: Page, day: string, partner: string, topic: string) {
  await dayTab(page, day).click();
  await page.getByRole('checkbox', { name: new RegExp(partner) }).check();
  await page.getByLabel('On what').fill(topic);
}

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

test('export the week as .ics (day blocks, rituals, the weekly retro recurring); next week is the template', async ({
  app,
  page,
}) => {
  await createEngagement(page);
  await page.getByRole('button', { name: 'Week planner' }).click();
  await logPartner(page, 'Monday', 'Kenji Sato', 'Contract tests');
  await saved(page);
  await app.allowSaveDialogs();
  await page.getByRole('button', { name: 'Export .ics' }).click();
  const toast = page.getByRole('status').filter({ hasText: /Exported 6 events to / });
  await expect(toast).toBeVisible();
  const file = /Exported 6 events to (.+\.ics)\./.exec((await toast.textContent()) ?? '')?.[1];
  expect(file).toMatch(/payments-mvp-\d{4}-W\d{2}\.ics$/);

  const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(file ?? '', 'utf8')) as unknown[]);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const summaries = events.map((e) => e.summary);
  expect(summaries.filter((s) => s.startsWith('Pairing'))).toHaveLength(4);
  expect(summaries).toContain('Pairing with Kenji Sato (Checkout)');
  expect(summaries).toContain('20% time (protected)');
  const retro = events.find((e) => e.summary === 'Weekly retro (Checkout)');
  expect(retro?.isRecurring()).toBe(true);
  expect(String(retro?.component.getFirstPropertyValue('rrule'))).toMatch(/^FREQ=WEEKLY;BYDAY=TH;UNTIL=/);
  const mondayEvent = events.find((e) => e.summary.includes('Kenji'));
  expect(mondayEvent?.startDate.toString()).toBe(`${monday}T09:00:00`);
  expect(mondayEvent?.uid).toMatch(new RegExp(`^day-[\\w-]+-${monday}@aux-desk\\.local$`));

  // Next week starts from the template.
  await page.getByRole('button', { name: 'Next week' }).click();
  const next = datesOfWeek(addWeeksToKey(thisWeek, 1));
  await expect(dayTab(page, 'Monday')).toHaveAccessibleName(new RegExp(`^Monday ${Number(next.mon.slice(8))} `));
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday']) {
    await expect(dayTab(page, day)).toHaveAccessibleName(/Pairing · 8 h/);
  }
  await expect(dayTab(page, 'Friday')).toHaveAccessibleName(/20% time · 8 h/);
  await expect(page.getByText('From the template')).toBeVisible();
  await expect(weekMeter(page)).toHaveAttribute('aria-valuenow', '80');
  await page.getByRole('region', { name: 'Planner' }).getByRole('button', { name: 'This week' }).click();
  await expect(dayTab(page, 'Monday')).toContainText('with Kenji Sato');
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

test('after the engagement: its planner steps on to the follow-up and check-in weeks and exports them as .ics', async ({
  app,
  page,
  snap,
  expectAccessible,
}) => {
  test.slow();
  // Ended last Friday; a name with a comma, which must stay one calendar category.
  const around = datesAround(DEFAULT_NOW);
  const end = addDaysIso(around.mondayIn(-1), 4);
  await seedEngagement(
    page,
    engagementInput({ name: 'Search, EU', status: 'wrapping-up', startDate: around.mondayIn(-10), endDate: end }),
  );
  const followUpDate = localDateOf(addMonths(parseISO(around.today), 1));
  const checkIn = checkInDate(end);

  // Wrap-up: a follow-up with Kenji, contacted today, next due a month from now.
  await page.getByRole('button', { name: /Search, EU/ }).click();
  await page.getByRole('button', { name: 'Wrap-up', exact: true }).click();
  await page.getByLabel('Person', { exact: true }).fill('Kenji Sato');
  await page.getByLabel('Their role').fill('Tech lead');
  await page.getByRole('button', { name: 'Add follow-up' }).click();
  const followUp = page.getByRole('listitem', { name: 'Kenji Sato' });
  await followUp.getByLabel('Note on the contact with Kenji Sato').fill('Handover call');
  await followUp.getByRole('button', { name: 'Mark done' }).click();
  await expect(followUp).toContainText(`Next due: ${formatDisplayDate(followUpDate)}`);

  // The engagement's planner opens on its last week (this week is past the end)…
  await page.getByRole('button', { name: 'Planner', exact: true }).click();
  const planner = page.getByRole('region', { name: 'Planner' });
  await expect(
    planner.getByRole('heading', { name: new RegExp(`^Week ${weekNumber(weekKeyOf(end))} `) }),
  ).toBeVisible();
  // …and steps over the empty weeks to the ones that carry its dates.
  await planner.getByRole('button', { name: `On to week ${weekNumber(weekKeyOf(followUpDate))}` }).click();
  await expect(planner.getByRole('heading', { name: 'After the engagement: this week’s dates' })).toBeVisible();
  await expect(planner.getByRole('listitem')).toHaveText([
    `Follow up with Kenji Sato · ${formatDayLong(followUpDate)}, 09:00 (30 min)`,
  ]);
  await snap('planner-after-engagement');
  await expectAccessible();

  await app.allowSaveDialogs();
  const followUpFile = await exportWeek(page, 2, `search-eu-${weekKeyOf(followUpDate)}.ics`);
  expect(followUpFile.events.map((e) => [e.summary, e.start, e.categories])).toEqual([
    ['Weekly retro (Checkout)', `${firstRetro(around.mondayIn(-10))}T14:00:00`, ['Ritual', 'Retro']],
    ['Follow up with Kenji Sato', `${followUpDate}T09:00:00`, ['Aux Desk', 'Search, EU']],
  ]);

  await planner.getByRole('button', { name: `On to week ${weekNumber(weekKeyOf(checkIn))}` }).click();
  await expect(planner.getByRole('listitem')).toHaveText([
    `Three-month check-in: Checkout · ${formatDayLong(checkIn)}, 09:00 (30 min)`,
  ]);
  const checkInFile = await exportWeek(page, 2, `search-eu-${weekKeyOf(checkIn)}.ics`);
  expect(checkInFile.events.map((e) => [e.summary, e.start, e.categories])).toContainEqual([
    'Three-month check-in: Checkout',
    `${checkIn}T09:00:00`,
    ['Aux Desk', 'Search, EU'],
  ]);
  // The last week it offers; back goes to the follow-up week, not the empty weeks between.
  await expect(planner.getByRole('button', { name: 'Next week' })).toBeDisabled();
  await planner.getByRole('button', { name: `Back to week ${weekNumber(weekKeyOf(followUpDate))}` }).click();
  await expect(planner.getByRole('listitem')).toHaveText([/^Follow up with Kenji Sato/]);
});

/** The first Thursday (the default retro day) on or after the start. */
function firstRetro(start: string): string {
  for (let i = 0; i < 7; i++) if (parseISO(addDaysIso(start, i)).getDay() === 4) return addDaysIso(start, i);
  throw new Error('no Thursday');
}

/** Clicks Export .ics, reads the saved file back with ical.js, and checks RFC 5545's 75-octet lines. */
async function exportWeek(page: Page, count: number, name: string) {
  const toast = page
    .getByRole('status')
    .filter({ hasText: new RegExp(`Exported ${count} events to .*${name.replace('.', '\\.')}`) });
  await page.getByRole('button', { name: 'Export .ics' }).click();
  await expect(toast).toBeVisible();
  const file = /Exported \d+ events to (.+\.ics)\./.exec((await toast.textContent()) ?? '')?.[1] ?? '';
  const text = fs.readFileSync(file, 'utf8');
  expect(text.split('\r\n').filter((line) => Buffer.byteLength(line, 'utf8') > 75)).toEqual([]);
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((v) => ({
    summary: new ICAL.Event(v).summary,
    // The wall-clock time in the file's TZID, as the user's calendar shows it.
    start: String(v.getFirstPropertyValue('dtstart')),
    categories: v.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
  }));
  return { file, events };
}

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
