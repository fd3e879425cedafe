import fs from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { addMonths, parseISO } from 'date-fns';
import { addDaysIso, formatDayLong, formatDisplayDate, localDateOf } from '../../shared/dates';
import { checkInDate } from '../../shared/keyDates/dueDates';
import { addWeeksToKey, datesOfWeek, weekKeyOf, weekNumber } from '../../shared/week';
import { expect, test } from './fixtures';
import { DEFAULT_NOW, datesAround } from './clock';
import { engagementInput, seedEngagement } from './helpers';
import { createEngagement, dayTab, logPartner, monday, saved, thisWeek, weekMeter } from './plannerWorld';

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
