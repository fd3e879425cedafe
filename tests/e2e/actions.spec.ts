import { doc, taskItem, taskList } from '../unit/support/notes';
import { expect, test } from './fixtures';
import { engagementInput, seedEngagement } from './helpers';
import { api } from './story';

test('the open-actions screen lists every retro’s action items, ticks one off, and its retro shows it done', async ({
  app,
  page,
  snap,
  expectAccessible,
}) => {
  const engagement = await seedEngagement(page, engagementInput({ name: 'Payments MVP' }));
  const first = await api(page, 'retros:create', { engagementId: engagement.id, date: '2027-01-21' });
  for (const date of ['2027-01-28', '2027-02-04', '2027-02-11']) {
    await api(page, 'retros:create', { engagementId: engagement.id, date });
  }
  await api(page, 'retros:saveNote', {
    engagementId: engagement.id,
    retroId: first.id,
    section: 'doNextTime',
    doc: doc(
      taskList(
        taskItem({ id: 'a-flag', owner: 'p-kenji' }, 'Remove the stale feature flag'),
        taskItem({ id: 'a-docs', owner: 'p-zoe', due: '2027-02-01' }, 'Write the rollback runbook'),
      ),
    ),
  });

  await app.menu('show-actions');
  await expect(page.getByRole('heading', { level: 1, name: 'Open actions' })).toBeVisible();
  const group = page.getByRole('region', { name: 'Payments MVP' });
  const flag = group.getByRole('listitem').filter({ hasText: 'Remove the stale feature flag' });
  await expect(flag).toContainText('Kenji Sato');
  // Carried into the three retros since: a recurring problem.
  await expect(flag).toContainText('carried over 3 times: a recurring problem');
  await expect(group.getByRole('listitem').filter({ hasText: 'Write the rollback runbook' })).toContainText(
    'due 1 Feb 2027',
  );
  await snap('actions');
  await expectAccessible();

  await page.getByRole('radio', { name: 'Overdue' }).check();
  await expect(page.getByRole('checkbox')).toHaveCount(1);
  await expect(page.getByRole('checkbox', { name: 'Write the rollback runbook' })).toBeVisible();
  await page.getByRole('radio', { name: 'All open' }).check();

  // Done, it leaves the open list at once (click, not check: the box goes away with its row).
  await page.getByRole('checkbox', { name: 'Remove the stale feature flag' }).click();
  await expect(page.getByRole('checkbox', { name: 'Remove the stale feature flag' })).toBeHidden();
  await page.getByRole('radio', { name: 'Done in the last 2 weeks' }).check();
  await expect(page.getByRole('checkbox', { name: 'Remove the stale feature flag' })).toBeChecked();

  await page.getByRole('button', { name: 'from the retro of 21 Jan 2027' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Retro/ })).toBeVisible();
  const note = page.getByRole('region', { name: 'Do next time' });
  await expect(note.locator('li[data-checked="true"]')).toContainText('Remove the stale feature flag');
});
