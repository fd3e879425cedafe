import type { Page } from '@playwright/test';
import { addDaysIso, formatDisplayDate } from '../../shared/dates';
import { expect, test } from './fixtures';
import { DEFAULT_NOW, datesAround, localInstant } from './clock';
import { engagementInput, openEngagementList, seedEngagement } from './helpers';
import { api } from './story';

/** The Overview's parts, by their accessible names. */
const nextStep = (page: Page) => page.getByRole('region', { name: 'Next step' });
const mainStep = (page: Page) => nextStep(page).getByRole('heading', { level: 3 }).first();
const phases = (page: Page) => page.getByRole('list', { name: 'Phases' });

/** Moves the page's clock on to a local wall time; the app's minute check sees the new day. */
async function jumpTo(page: Page, isoDate: string, time = '09:00') {
  const target = localInstant(isoDate, time).getTime();
  const now = await page.evaluate(() => Date.now());
  await page.clock.fastForward(target - now);
  await page.clock.runFor('01:05');
}

test('create → the next step → start on the start date → wrap up once the end date has passed', async ({
  page,
  snap,
  expectAccessible,
}) => {
  // Today is Thursday 11 Feb 2027; the engagement starts on Monday and runs the default ten weeks.
  const start = datesAround(DEFAULT_NOW).mondayIn(1);
  const end = addDaysIso(start, 70);
  await page.getByRole('button', { name: 'New engagement' }).first().click();
  await page.getByLabel('Engagement name').fill('Payments MVP');
  await page.getByLabel('Host team').fill('Checkout');
  await page.getByLabel('Start date').fill(start);
  await expect(page.getByLabel('End date')).toHaveValue(end);
  await page.getByRole('button', { name: 'Create engagement' }).click();

  // Created: the Overview, not the form again.
  await expect(page.getByRole('heading', { level: 1, name: 'Payments MVP' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Overview', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(phases(page).getByRole('listitem')).toHaveText([
    '✓Sourcing (done)',
    '2Planning',
    '3Active',
    '4Wrapping up',
    '5Done',
  ]);
  await expect(phases(page).locator('[aria-current="step"]')).toHaveText('2Planning');
  await expect(mainStep(page)).toHaveText('Set the roles');
  await expect(nextStep(page)).toContainText('No project engineer yet');
  await expect(page.getByRole('region', { name: 'Key figures' })).toContainText('Not started starts in 4 days');

  // Its button goes where the step is done: the people, in Details.
  await nextStep(page).getByRole('button', { name: 'Open Details' }).click();
  await expect(page.getByRole('button', { name: 'Details', exact: true })).toHaveAttribute('aria-current', 'page');
  for (const [index, [name, role]] of [
    ['Zoë Ångström', 'Engineer'],
    ['Sam Okafor', 'Advisor'],
  ].entries()) {
    await page.getByRole('button', { name: 'Add person' }).click();
    const row = page.getByRole('listitem', { name: `Person ${index + 1}` });
    await row.getByLabel('Name').fill(name ?? '');
    await row.getByLabel('Role').selectOption({ label: role ?? '' });
  }
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  await expect(mainStep(page)).toHaveText('Write the goals sheet');
  await expect(nextStep(page).getByRole('list', { name: 'Also open' })).toContainText('Plan the kick-off');
  await expect(nextStep(page).getByRole('list', { name: 'Also open' })).toContainText('Plan week 1');

  // Monday: the start date has come.
  await jumpTo(page, start);
  await expect(mainStep(page)).toHaveText('Start the engagement');
  await expect(nextStep(page)).toContainText('It starts today');
  await expect(phases(page).getByRole('listitem').nth(2)).toContainText('due');
  await snap('overview-start');
  await expectAccessible();
  await page.setViewportSize({ width: 800, height: 600 });
  await snap('overview-start-800x600');
  await page.setViewportSize({ width: 1200, height: 800 });

  await nextStep(page).getByRole('button', { name: 'Start the engagement' }).click();
  await expect(page.getByText('“Payments MVP” is now Active.')).toBeVisible();
  await expect(phases(page).locator('[aria-current="step"]')).toHaveText('3Active');
  await expect(page.locator('.page__subtitle .badge')).toHaveText('Active');
  await expect(page.getByRole('region', { name: 'Key figures' })).toContainText('Week 1 of 10');
  await expect(mainStep(page)).toHaveText('Plan the kick-off');

  // The day after the last day: the list says it needs wrapping up, and the Overview offers it.
  await jumpTo(page, addDaysIso(end, 1));
  await openEngagementList(page);
  const card = page.getByRole('list', { name: 'Engagements' }).getByRole('listitem');
  await expect(card).toContainText('Active');
  await expect(card).toContainText(`Ended ${formatDisplayDate(end)}: needs wrapping up`);
  await snap('engagements-list-ended');
  await card.getByRole('button', { name: /Payments MVP/ }).click();
  await expect(mainStep(page)).toHaveText('Move to Wrapping up');
  await expect(nextStep(page)).toContainText(`It ended on ${formatDisplayDate(end)}`);
  await expect(page.getByRole('region', { name: 'Key figures' })).toContainText('Ended yesterday');
  await snap('overview-ended');
  await expectAccessible();

  await nextStep(page).getByRole('button', { name: 'Move to Wrapping up' }).click();
  await expect(phases(page).locator('[aria-current="step"]')).toHaveText('4Wrapping up');
  await expect(mainStep(page)).toHaveText('Hold the project retro');
  // Undo puts the status back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Back to Active.')).toBeVisible();
  await expect(mainStep(page)).toHaveText('Move to Wrapping up');
  await openEngagementList(page);
  await expect(card).toContainText('needs wrapping up');
});

test('the wrap-up checklist ticks what the project retro recorded; a hand tick covers the rest', async ({
  page,
  snap,
  expectAccessible,
}) => {
  const around = datesAround(DEFAULT_NOW);
  const engagement = await seedEngagement(
    page,
    engagementInput({
      status: 'wrapping-up',
      startDate: around.mondayIn(-11),
      endDate: addDaysIso(around.mondayIn(-1), 4),
      people: [
        { id: 'p-zoe', name: 'Zoë Ångström', email: 'zoe@example.com', role: 'engineer' },
        { id: 'p-sam', name: 'Sam Okafor', email: 'sam@example.com', role: 'advisor' },
      ],
    }),
  );
  await api(page, 'project:update', { engagementId: engagement.id, patch: { date: around.daysFromToday(-1) } });
  await api(page, 'nps:add', {
    engagementId: engagement.id,
    input: { respondent: 'Kenji', role: 'engineer', score: 9, comment: 'Pairing helped.' },
  });
  await page.getByRole('button', { name: /Payments MVP/ }).click();
  await expect(mainStep(page)).toHaveText('Email the project retro notes');

  await page.getByRole('button', { name: 'Wrap-up', exact: true }).click();
  const checklist = page.getByRole('group', { name: /Wrapping up/ });
  await expect(checklist).toHaveAccessibleName('Wrapping up (2 of 4)');
  const held = checklist.getByRole('checkbox', { name: 'Project retro held' });
  await expect(held).toBeChecked();
  await expect(held).toBeDisabled();
  await expect(held).toHaveAccessibleDescription(
    `Recorded in the project retro: held on ${formatDisplayDate(around.daysFromToday(-1))}`,
  );
  await expect(checklist.getByRole('checkbox', { name: 'Project NPS sent' })).toBeChecked();
  const emailed = checklist.getByRole('checkbox', { name: 'Project retro notes emailed' });
  await expect(emailed).not.toBeChecked();
  // Sent from a phone, outside the app: ticked by hand, and the Overview moves on.
  await emailed.check();
  await checklist.getByRole('checkbox', { name: 'Keep-work-separate boundaries agreed' }).check();
  await expect(checklist).toHaveAccessibleName('Wrapping up (4 of 4)');
  await snap('wrap-up-known');
  await expectAccessible();

  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  await expect(mainStep(page)).toHaveText('Mark the engagement done');
  await nextStep(page).getByRole('button', { name: 'Mark as done' }).click();
  await expect(phases(page).locator('[aria-current="step"]')).toHaveText('5Done');
  await expect(mainStep(page)).toHaveText('Note who to keep in touch with');
});

test('Candidates’ empty state offers a new candidate, which starts at the fit check', async ({
  page,
  snap,
  expectAccessible,
}) => {
  await page.getByRole('button', { name: 'Candidates', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'No candidates' })).toBeVisible();
  await snap('candidates-empty');
  await expectAccessible();
  await page.getByRole('button', { name: 'New candidate' }).click();
  await expect(page.getByLabel('Status')).toHaveValue('sourcing');
  await page.getByLabel('Engagement name').fill('Search revamp');
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await expect(mainStep(page)).toHaveText('Score the fit check');
  await nextStep(page).getByRole('button', { name: 'Open Sourcing' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sourcing' })).toBeVisible();
  await page.getByRole('button', { name: 'Candidates', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Candidates compared' })).toContainText('Search revamp');
});
