import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { engagementInput, expectNoSidewaysScroll, seedEngagement } from './helpers';

/** Payments MVP, with Zoë (engineer), Kenji (tech lead) and Ana Lima (no address yet). */
async function openPeople(page: Page, now: Date) {
  await seedEngagement(page, engagementInput({}, now));
  await page
    .getByRole('list', { name: 'Engagements' })
    .getByRole('button', { name: /Payments MVP/ })
    .click();
  await page.getByRole('button', { name: 'Details', exact: true }).click();
  await expect(page.getByRole('listitem', { name: 'Person 3' }).getByLabel('Name')).toHaveValue('Ana Lima');
  await page.getByRole('button', { name: 'Paste a list…' }).click();
  const panel = page.getByRole('region', { name: 'Paste people' });
  await expect(panel.getByLabel('People to add')).toBeFocused();
  return panel;
}

const person = (page: Page, n: number, field: 'Name' | 'Email' | 'Role') =>
  page.getByRole('listitem', { name: `Person ${n}` }).getByLabel(field);

test('people pasted: a preview, a duplicate merged, a bad line refused', async ({
  page,
  now,
  restart,
  snap,
  expectAccessible,
}) => {
  const panel = await openPeople(page, now);
  await panel
    .getByLabel('People to add')
    .fill(
      [
        'Maya Okafor <maya@example.com>',
        '"Sato, Kenji" <KENJI@example.com>, Ana Lima <ana@example.com>',
        'tomas.ruiz@example.com; Maya O. <MAYA@example.com>',
        'Broken <not-an-address>',
      ].join('\n'),
    );

  // The preview: two new, Kenji merged (the same address in another case), Ana gains her address.
  const rows = panel.getByRole('table').getByRole('row');
  await expect(rows).toHaveText([
    /^NameEmailRole/,
    'Maya Okaformaya@example.comHost developerNew1, 3',
    'Kenji Satokenji@example.comTech leadAlready in People: merged, nothing changes2',
    'Ana Limaana@example.comHost developerAlready in People: adds the address2',
    'Tomas Ruiztomas.ruiz@example.comHost developerNew (name from the address: check it)3',
  ]);
  await expect(panel.getByRole('table')).toContainText('1 duplicate entry merged');
  await expect(panel.getByRole('list', { name: 'Refused lines' })).toHaveText(
    'Line 4: Broken <not-an-address> — “not-an-address”: Enter a valid email address, like name@example.com.',
  );
  // Nothing is added until confirmed.
  await expect(page.getByRole('listitem', { name: 'Person 4' })).toHaveCount(0);
  await snap('people-paste-preview');
  await expectAccessible();

  await panel.getByRole('button', { name: 'Add 2 people, update 1' }).click();
  await expect(person(page, 4, 'Name')).toHaveValue('Maya Okafor');
  await expect(person(page, 5, 'Name')).toHaveValue('Tomas Ruiz');
  await expect(person(page, 5, 'Role')).toHaveValue('host-developer');
  await expect(person(page, 3, 'Email')).toHaveValue('ana@example.com');
  await expect(page.getByRole('listitem', { name: 'Person 6' })).toHaveCount(0);

  // The refused line stays in the box to fix; fixed, it goes in and the panel closes.
  const box = panel.getByLabel('People to add');
  await expect(box).toHaveValue('Broken <not-an-address>');
  await expect(box).toBeFocused();
  await box.fill('Bo Ekström <bo@example.com>');
  await panel.getByRole('button', { name: 'Add 1 person' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Added 1 person.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Paste a list…' })).toBeFocused();
  await expect(person(page, 6, 'Email')).toHaveValue('bo@example.com');

  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();
  const again = await restart();
  await again.getByRole('button', { name: 'Engagements', exact: true }).click();
  await again
    .getByRole('list', { name: 'Engagements' })
    .getByRole('button', { name: /Payments MVP/ })
    .click();
  await again.getByRole('button', { name: 'Details', exact: true }).click();
  await expect(person(again, 6, 'Name')).toHaveValue('Bo Ekström');
  await expect(person(again, 3, 'Email')).toHaveValue('ana@example.com');
});

test('people pasted as a CSV export with a header, roles and all; nothing added on Cancel', async ({
  page,
  now,
  snap,
}) => {
  await page.setViewportSize({ width: 800, height: 600 });
  const panel = await openPeople(page, now);
  await panel
    .getByLabel('People to add')
    .fill(
      'Name,Email,Role\n"Okafor, Maya",maya@example.com,Host PM\nLena Fischer,lena@example.com,manager\nSam,sam@example.com,Designer\n',
    );
  await expect(panel.getByRole('table')).toContainText('Preview (read as CSV)');
  await expect(panel.getByRole('table').getByRole('row')).toHaveCount(3);
  await expect(panel.getByRole('list', { name: 'Refused lines' })).toContainText(
    'Line 4: Sam,sam@example.com,Designer — “Designer” is not a role',
  );
  await expectNoSidewaysScroll(page);
  await snap('people-paste-csv-800');

  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('listitem', { name: 'Person 4' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Paste a list…' }).click();
  await page
    .getByRole('region', { name: 'Paste people' })
    .getByLabel('People to add')
    .fill('name,email,role\n"Okafor, Maya",maya@example.com,Host PM\nLena Fischer,lena@example.com,manager');
  await page.getByRole('button', { name: 'Add 2 people' }).click();
  await expect(person(page, 4, 'Name')).toHaveValue('Okafor, Maya');
  await expect(person(page, 4, 'Role')).toHaveValue('host-pm');
  await expect(person(page, 5, 'Role')).toHaveValue('manager');
});
