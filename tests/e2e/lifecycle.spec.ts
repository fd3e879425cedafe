import { addDays, addMonths, parseISO, subMonths } from 'date-fns';
import { addDaysIso, addWeeksIso, formatDisplayDate, localDateOf } from '../../shared/dates';
import { checkInDate } from '../../shared/keyDates/dueDates';
import { expect, test } from './fixtures';
import { DEFAULT_NOW, datesAround } from './clock';
import { engagementInput, expectSettingsSaved, openEngagementList, seedEngagement } from './helpers';
import { openSection, vote } from './lifecycleSteps';

/** Engagements still being planned start some weeks after the pinned "today": the Monday `weeks` after the first. */
const planned = (weeks: number) => addWeeksIso(datesAround(DEFAULT_NOW).mondayIn(8), weeks);

const zoe = { id: 'p-zoe', name: 'Zoë Ångström', email: 'zoe@example.com', role: 'engineer' as const };
const sam = { id: 'p-sam', name: 'Sam Okafor', email: 'sam@example.com', role: 'advisor' as const };

test('two candidates scored and compared side by side; the better one is promoted to planning', async ({
  page,
  restart,
  snap,
  expectAccessible,
}) => {
  await seedEngagement(
    page,
    engagementInput({ name: 'Search revamp', hostTeam: 'Search', status: 'sourcing', people: [] }),
  );
  await seedEngagement(
    page,
    engagementInput({ name: 'Ledger rewrite', hostTeam: 'Ledger', status: 'sourcing', people: [] }),
  );

  await openSection(page, /Search revamp/, 'Sourcing');
  await page.getByRole('textbox', { name: 'One-pager' }).click();
  await page.keyboard.type('Search results take 4 s; we want them under 500 ms.');
  await vote(page, 'Sam', '1 · sideways', '2 · thumbs up', '0 · thumbs down');
  await vote(page, 'Ana', '1 · sideways', '1 · sideways', '1 · sideways');
  const totals = page.getByRole('table', { name: 'Fit votes' }).locator('tfoot');
  await expect(totals).toContainText('2 / 4'); // business: 1 + 1
  await expect(totals).toContainText('6 / 12 (50%)');
  // A vote deleted by mistake comes back, where it was, with Undo.
  await page.getByRole('button', { name: 'Delete the vote of Sam' }).click();
  await expect(totals).toContainText('3 / 6 (50%)');
  await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).click();
  await expect(totals).toContainText('6 / 12 (50%)');
  await expect(page.getByRole('table', { name: 'Fit votes' }).getByRole('rowheader').first()).toHaveText('Sam');
  await page.getByRole('group', { name: 'Team-fit red flags' }).getByLabel('Different time zones').check();
  await snap('sourcing');
  await expectAccessible();

  await openSection(page, /Ledger rewrite/, 'Sourcing');
  await vote(page, 'Sam', '2 · thumbs up', '2 · thumbs up', '1 · sideways');
  await expect(page.getByRole('table', { name: 'Fit votes' }).locator('tfoot')).toContainText('5 / 6');

  // The votes and notes are saved: they survive a restart.
  const again = await restart();
  await again.getByRole('button', { name: 'Candidates', exact: true }).click();
  const rows = again.getByRole('table', { name: 'Candidates compared' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Ledger rewrite');
  await expect(rows.nth(1)).toContainText('5 / 6 (83%, 1 reviewer)');
  await expect(rows.nth(2)).toContainText('Search revamp');
  await expect(rows.nth(2)).toContainText('6 / 12 (50%, 2 reviewers)');
  await expect(rows.nth(2).getByRole('cell').nth(5)).toHaveText('1'); // red flags (the name is a row header)
  await snap('sourcing-comparison', again);
  await expectAccessible(again);

  await again.getByRole('button', { name: 'Promote Ledger rewrite to planning' }).click();
  await expect(again.getByText('“Ledger rewrite” moved to planning.')).toBeVisible();
  await expect(rows).toHaveCount(2);
  await openEngagementList(again);
  await expect(
    again.getByRole('list', { name: 'Engagements' }).getByRole('listitem').filter({ hasText: 'Ledger rewrite' }),
  ).toContainText('Planning');
  await again.getByRole('button', { name: /Search revamp/ }).click();
  await again.getByRole('button', { name: 'Sourcing', exact: true }).click();
  await expect(again.getByRole('textbox', { name: 'One-pager' })).toContainText('under 500 ms');
});

test('a roles warning clears when an advisor is added; the kick-off is planned', async ({
  page,
  snap,
  expectAccessible,
}) => {
  await seedEngagement(
    page,
    engagementInput({
      name: 'Payments MVP',
      status: 'planning',
      startDate: planned(0),
      endDate: planned(10),
      people: [zoe],
    }),
  );
  await page.getByRole('button', { name: /Payments MVP/ }).click();
  // The Overview's next step leads to the people, in Details.
  const next = page.getByRole('region', { name: 'Next step' });
  await expect(next).toContainText('No project advisor yet');
  await next.getByRole('button', { name: 'Open Details' }).click();
  const roles = page.getByRole('list', { name: 'Roles warnings' });
  await expect(roles).toContainText('No project advisor yet');

  // The same person as advisor does not count…
  await page.getByRole('button', { name: 'Add person' }).click();
  const row = page.getByRole('listitem', { name: 'Person 2' });
  await row.getByLabel('Name').fill('Zoë Ångström');
  await row.getByRole('textbox', { name: 'Email' }).fill('zoe@example.com');
  await row.getByLabel('Role').selectOption({ label: 'Advisor' });
  await expect(roles).toContainText('the same person');
  // …someone else does, at once, before saving.
  await row.getByLabel('Name').fill('Sam Okafor');
  await row.getByRole('textbox', { name: 'Email' }).fill('sam@example.com');
  await expect(roles).toHaveCount(0);
  await expect(page.getByText('Roles: an engineer and a different advisor.')).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();

  await page.getByRole('button', { name: 'Planning', exact: true }).click();
  await expect(page.getByText('Roles: an engineer and a different advisor.')).toBeVisible();
  await page.getByLabel('Kick-off date').fill(addDaysIso(planned(0), 1));
  await page.getByLabel('MVP target date').fill(addDaysIso(planned(0), 14));
  await page.getByLabel('Testing framework agreed').check();
  await page.getByLabel('Coverage target set (≥ 80% is the playbook’s bar)').check();
  await expect(page.getByRole('heading', { name: 'Kick-off meeting (2 of 5 covered)' })).toBeVisible();
  await expect(page.getByText('No goals yet.')).toBeVisible();
  await snap('planning');
  await expectAccessible();
});

test('an engagement ending today shows its check-in in three months on the home screen', async ({
  app,
  page: first,
  restart,
  snap,
  expectAccessible,
  now,
}) => {
  let page = first;
  const today = localDateOf(now);
  const engagement = await seedEngagement(
    page,
    engagementInput({
      name: 'Checkout MVP',
      status: 'wrapping-up',
      startDate: addWeeksIso(today, -10),
      endDate: today,
      people: [zoe, sam],
    }),
  );
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'This week' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  const upcoming = page.getByRole('list', { name: 'Coming up' });
  const title = `Three-month check-in ${formatDisplayDate(checkInDate(today))}`;
  await expect(upcoming).toContainText(title);
  await expect(upcoming).toContainText('Checkout MVP');
  await snap('home');
  await expectAccessible();

  // The item links to where it is dealt with.
  await upcoming.getByRole('button', { name: title }).click();
  await expect(
    page.getByRole('heading', { name: `Three-month check-in: ${formatDisplayDate(checkInDate(today))}` }),
  ).toBeVisible();
  await page.getByLabel('Did the changes stick?').fill('Yes: CI runs on every merge.');
  await page.getByLabel('Project retro held').check();
  await page.getByLabel('Person', { exact: true }).fill('Kenji Sato');
  await page.getByLabel('Their role').fill('Tech lead');
  await page.getByRole('button', { name: 'Add follow-up' }).click();
  const followUp = page.getByRole('listitem', { name: 'Kenji Sato' });
  await expect(followUp).toContainText(`Next due: ${formatDisplayDate(today)}`);
  await snap('wrap-up');
  await expectAccessible();
  await followUp.getByLabel('Note on the contact with Kenji Sato').fill('Coffee chat');
  await followUp.getByRole('button', { name: 'Mark done' }).click();
  await expect(followUp).toContainText('“Coffee chat”');
  await expect(followUp).toContainText(`Next due: ${formatDisplayDate(localDateOf(addMonths(parseISO(today), 1)))}`);
  // The cadence can change after adding: the next date follows.
  await followUp.getByLabel('How often to follow up with Kenji Sato').selectOption({ label: 'Quarterly' });
  await expect(followUp).toContainText(`Next due: ${formatDisplayDate(localDateOf(addMonths(parseISO(today), 3)))}`);
  // Deleting one can be undone, with its history.
  await followUp.getByRole('button', { name: 'Delete the follow-up with Kenji Sato' }).click();
  await expect(followUp).toHaveCount(0);
  await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).click();
  await expect(followUp).toContainText('“Coffee chat”');
  await expect(followUp.getByLabel('How often to follow up with Kenji Sato')).toHaveValue('quarterly');

  // Held: when is recorded (today unless changed), and it survives a restart.
  await page.getByLabel('Check-in held').check();
  await expect(page.getByLabel('Held on')).toHaveValue(today);
  const yesterday = localDateOf(addDays(parseISO(today), -1));
  await page.getByLabel('Held on').fill(yesterday);
  await expect
    .poll(
      async () =>
        await app.page().evaluate(async (id) => {
          const api = (
            window as unknown as {
              api: {
                invoke: (c: string, p: unknown) => Promise<{ ok: boolean; value?: { checkInHeldOn: string | null } }>;
              };
            }
          ).api;
          return (await api.invoke('lifecycle:get', { engagementId: id })).value?.checkInHeldOn;
        }, engagement.id),
    )
    .toBe(yesterday);
  page = await restart();
  await openSection(page, /Checkout MVP/, 'Wrap-up');
  await expect(page.getByLabel('Check-in held')).toBeChecked();
  await expect(page.getByLabel('Held on')).toHaveValue(yesterday);
  await expect(
    page.getByRole('listitem', { name: 'Kenji Sato' }).getByLabel('How often to follow up with Kenji Sato'),
  ).toHaveValue('quarterly');
  await snap('wrap-up-held', page);
  await expectAccessible(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'This week' }).click();
  await expect(page.getByRole('heading', { name: 'Coming up' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Coming up' })).toHaveCount(0);
});

test('a third engagement back to back warns on the form and on the home screen', async ({ page }) => {
  await seedEngagement(
    page,
    engagementInput({
      name: 'Q1 Payments',
      status: 'planning',
      startDate: planned(0),
      endDate: planned(10),
      people: [zoe, sam],
    }),
  );
  await seedEngagement(
    page,
    engagementInput({
      name: 'Q2 Search',
      status: 'planning',
      startDate: planned(13),
      endDate: planned(23),
      people: [zoe, sam],
    }),
  );

  await page.getByRole('button', { name: 'New engagement' }).click();
  await page.getByLabel('Engagement name').fill('Q3 Ledger');
  await page.getByLabel('Start date').fill(planned(26));
  await page.getByRole('button', { name: 'Add person' }).click();
  const row = page.getByRole('listitem', { name: 'Person 1' });
  await row.getByLabel('Name').fill('Zoë Ångström');
  await row.getByRole('textbox', { name: 'Email' }).fill('ZOE@example.com');
  await row.getByLabel('Role').selectOption({ label: 'Engineer' });
  const capacity = page.getByRole('list', { name: 'Capacity warnings' });
  await expect(capacity).toContainText('“Q3 Ledger” would be Zoë Ångström’s third engagement back to back');
  // A later start, after a quarter off, clears it.
  await page.getByLabel('Start date').fill(planned(39));
  await expect(capacity).toHaveCount(0);
  await page.getByLabel('Start date').fill(planned(26));
  await expect(capacity).toBeVisible();
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Q3 Ledger' })).toBeVisible();
  // Created, it opens on its Overview; the warnings stay with the dates and people, in Details.
  await page.getByRole('button', { name: 'Details', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Capacity warnings' })).toContainText('third engagement back to back');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'This week' }).click();
  await expect(page.getByRole('list', { name: 'Warnings' })).toContainText('third engagement back to back');
});

test('a check-in due is notified once, if asked for; a click opens its wrap-up; the Go menu reaches every screen', async ({
  app,
  page: first,
  restart,
  now,
}) => {
  let page = first;
  // Ended three months and a day ago: its check-in is due (overdue by a day or so).
  const end = localDateOf(addDays(subMonths(now, 3), -1));
  await seedEngagement(
    page,
    engagementInput({
      name: 'Ledger',
      status: 'done',
      startDate: addWeeksIso(end, -12),
      endDate: end,
      people: [zoe, sam],
    }),
  );
  const notices = () => app.notifications();

  // Opt-in: nothing until turned on in Settings, then the due check-in at once.
  await app.menu('show-settings');
  const toggle = page.getByLabel(/Desktop notifications/);
  await expect(toggle).not.toBeChecked();
  expect(await notices()).toEqual([]);
  await toggle.check();
  await expectSettingsSaved(page, 'Desktop notifications');
  await expect.poll(notices).toEqual([{ title: 'Three-month check-in due', body: 'Ledger: did the changes stick?' }]);

  // A click opens where it is dealt with.
  await app.clickNotification(0);
  await expect(
    page.getByRole('heading', { name: `Three-month check-in: ${formatDisplayDate(checkInDate(end))}` }),
  ).toBeVisible();

  // Not again: neither on a check after a restart nor when the setting is saved again.
  page = await restart();
  await app.menu('show-settings');
  await page.getByLabel('Weekly retro time').fill('15:00');
  await expectSettingsSaved(page, 'Weekly retro time');
  expect(await notices()).toHaveLength(1);

  // Go › This Week, Engagements, Candidates, Week Planner, Outbox (Ctrl/Cmd+1…5).
  const heading = page.getByRole('heading', { level: 1 });
  for (const [action, title] of [
    ['show-engagements', 'Engagements'],
    ['show-candidates', 'Candidates'],
    ['show-planner', 'Week planner'],
    ['show-outbox', 'Outbox'],
    ['show-home', 'This week'],
  ] as const) {
    await app.menu(action);
    await expect(heading).toHaveText(title);
  }
});

test.describe('a minute before midnight', () => {
  test.use({ now: new Date(2027, 0, 5, 23, 59, 0) });
  test('This week moves on at midnight while the app stays open', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
    const subtitle = page.locator('.page__subtitle');
    await expect(subtitle).toContainText(formatDisplayDate('2027-01-05'));
    await page.clock.runFor('02:00');
    await expect(subtitle).toContainText(formatDisplayDate('2027-01-06'));
  });
});
