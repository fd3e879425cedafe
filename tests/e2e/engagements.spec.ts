import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openEngagementList } from './helpers';
import { api } from './story';

async function createEngagement(page: Page, name: string, people: { name: string; email: string; role: string }[]) {
  await page.getByRole('button', { name: 'New engagement' }).first().click();
  await page.getByLabel('Engagement name').fill(name);
  await page.getByLabel('Host team').fill('Checkout');
  await page.getByLabel('Home team').fill('Platform Enablement');
  await page.getByLabel('Start date').fill('2026-01-05');
  for (const [index, person] of people.entries()) {
    await page.getByRole('button', { name: 'Add person' }).click();
    const row = page.getByRole('listitem', { name: `Person ${index + 1}` });
    await row.getByLabel('Name').fill(person.name);
    await row.getByLabel('Email').fill(person.email);
    await row.getByLabel('Role').selectOption({ label: person.role });
  }
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('an empty data folder shows a helpful empty state', async ({ page, snap, expectAccessible }) => {
  await expect(page.getByRole('heading', { name: 'No engagements yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create an engagement' })).toBeVisible();
  await snap('engagements-empty');
  await expectAccessible();
});

test('create an engagement with two people, edit it, restart: it is still there', async ({
  page,
  restart,
  snap,
  expectAccessible,
}) => {
  await page.getByRole('button', { name: 'New engagement' }).click();
  await expect(page.getByLabel('End date')).toHaveValue(/\d{4}-\d{2}-\d{2}/);
  await page.getByLabel('Start date').fill('2026-01-05');
  // Ten weeks by default.
  await expect(page.getByLabel('End date')).toHaveValue('2026-03-16');
  await snap('engagement-new');
  await expectAccessible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await createEngagement(page, 'Payments MVP', [
    { name: 'Zoë Ångström', email: 'zoe@example.com', role: 'Engineer' },
    { name: 'Kenji Sato', email: 'kenji@example.com', role: 'Tech lead' },
  ]);
  await expect(page.getByText('Created “Payments MVP”.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Next step' })).toBeVisible();
  await snap('engagement-overview');
  await expectAccessible();

  // Edit in Details: rename, change status, add a third person.
  await page.getByRole('button', { name: 'Details', exact: true }).click();
  await snap('engagement-details');
  await page.getByLabel('Engagement name').fill('Payments MVP (Q1)');
  await page.getByLabel('Status').selectOption({ label: 'Active' });
  await page.getByLabel('End date').fill('2026-03-27');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Payments MVP (Q1)' })).toBeVisible();

  await page.getByRole('button', { name: 'Engagements', exact: true }).click();
  const list = page.getByRole('list', { name: 'Engagements' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Payments MVP (Q1)');
  await expect(list).toContainText('Active');
  await expect(list).toContainText('2 people');
  await snap('engagements-list');
  await expectAccessible();

  const again = await restart();
  await openEngagementList(again);
  const listAfter = again.getByRole('list', { name: 'Engagements' });
  await expect(listAfter).toContainText('Payments MVP (Q1)');
  await listAfter.getByRole('button', { name: /Payments MVP \(Q1\)/ }).click();
  await again.getByRole('button', { name: 'Details', exact: true }).click();
  await expect(again.getByLabel('Status')).toHaveValue('active');
  await expect(again.getByLabel('End date')).toHaveValue('2026-03-27');
  await expect(again.getByRole('listitem', { name: 'Person 1' }).getByLabel('Name')).toHaveValue('Zoë Ångström');
  await expect(again.getByRole('listitem', { name: 'Person 2' }).getByLabel('Role')).toHaveValue('tech-lead');
});

test('delete then undo brings the engagement back, also with Ctrl+Z', async ({ page, restart }) => {
  await createEngagement(page, 'Search revamp', [{ name: 'Ana Lima', email: 'ana@example.com', role: 'Advisor' }]);
  await page.getByRole('button', { name: 'Details', exact: true }).click();
  await page.getByRole('button', { name: 'Delete engagement' }).click();
  await expect(page.getByText('Deleted “Search revamp”.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No engagements yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('list', { name: 'Engagements' })).toContainText('Search revamp');

  // The keyboard way, and the undo survives a restart of the list.
  await page.getByRole('button', { name: /Search revamp/ }).click();
  await page.getByRole('button', { name: 'Details', exact: true }).click();
  await page.getByRole('button', { name: 'Delete engagement' }).click();
  await expect(page.getByRole('heading', { name: 'No engagements yet' })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByRole('list', { name: 'Engagements' })).toContainText('Search revamp');

  const again = await restart();
  await openEngagementList(again);
  await expect(again.getByRole('list', { name: 'Engagements' })).toContainText('Search revamp');
  await again.getByRole('button', { name: /Search revamp/ }).click();
  await again.getByRole('button', { name: 'Details', exact: true }).click();
  await expect(again.getByRole('listitem', { name: 'Person 1' }).getByLabel('Email')).toHaveValue('ana@example.com');
});

test('invalid input is refused with a message beside the field and nothing is saved', async ({
  app,
  page,
  restart,
  snap,
  expectAccessible,
}) => {
  await page.getByRole('button', { name: 'New engagement' }).click();
  await page.getByLabel('Engagement name').fill('   ');
  await page.getByLabel('Start date').fill('2026-05-10');
  await page.getByLabel('End date').fill('2026-05-01');
  await page.getByRole('button', { name: 'Add person' }).click();
  const person = page.getByRole('listitem', { name: 'Person 1' });
  await person.getByLabel('Name').fill('Sam');
  await person.getByLabel('Email').fill('sam@@example');
  await page.getByRole('button', { name: 'Create engagement' }).click();

  await expect(page.getByText('Nothing was saved. 3 fields need attention.')).toBeVisible();
  await expect(page.getByLabel('Engagement name')).toHaveAccessibleDescription('Give the engagement a name.');
  await expect(page.getByLabel('End date')).toHaveAccessibleDescription(
    'The end date must be on or after the start date.',
  );
  await expect(person.getByLabel('Email')).toHaveAccessibleDescription(/valid email address/);
  await snap('engagement-new-invalid');
  await expectAccessible();

  // Fixing a field clears its message at once.
  await page.getByLabel('Engagement name').fill('Growth');
  await expect(page.getByText('Give the engagement a name.')).toHaveCount(0);

  const again = await restart();
  await expect(again.getByRole('heading', { name: 'No engagements yet' })).toBeVisible();
  expect(fs.readdirSync(path.join(app.dataDir, 'engagements'))).toEqual([]);
});

test('a hand-broken retro record is reported in words at start-up, quarantined alone, and the rest still loads', async ({
  app,
  page,
  restart,
  snap,
  expectAccessible,
}) => {
  await createEngagement(page, 'Keeps working', []);
  await page.getByRole('button', { name: 'Engagements', exact: true }).click();
  await createEngagement(page, 'Gets corrupted', []);
  const victim = (await api(page, 'engagements:list', {})).find((e) => e.name === 'Gets corrupted');
  if (!victim) throw new Error('engagement not found');
  const retro = await api(page, 'retros:create', { engagementId: victim.id, date: '2026-01-08' });
  await api(page, 'milestones:save', {
    engagementId: victim.id,
    milestoneId: null,
    input: { date: '2026-01-06', kind: 'kick-off', title: 'Kick-off', note: '' },
  });

  // Quit so everything is on disk, then damage one record behind the app's back.
  await app.restart();
  const file = path.join(app.dataDir, 'engagements', victim.id, 'retros', `2026-01-08-${retro.id}.json`);
  fs.writeFileSync(file, '{"schemaVersion": 10, "kind": "retro", "id": "' + retro.id);
  const again = await restart();

  const banner = again.getByRole('alert').filter({ hasText: 'needs your attention' });
  await expect(banner).toContainText(
    'The retro of 8 Jan 2026 in “Gets corrupted” could not be read: it is not valid JSON.',
  );
  await expect(banner).toContainText('quarantine/');
  await openEngagementList(again);
  const list = again.getByRole('list', { name: 'Engagements' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await snap('startup-problem', again);
  await expectAccessible(again);
  // The rest of the engagement is there: its milestone, without the broken retro.
  const project = await api(again, 'project:get', { engagementId: victim.id });
  expect(project.milestones.map((m) => m.title)).toEqual(['Kick-off']);
  expect((await api(again, 'retros:list', { engagementId: victim.id })).retros).toEqual([]);

  const quarantined = fs.readdirSync(path.join(app.dataDir, 'quarantine'));
  expect(quarantined).toHaveLength(1);
  expect(fs.readFileSync(path.join(app.dataDir, 'quarantine', quarantined[0] ?? ''), 'utf8')).toContain(retro.id);
});

test('File › New Engagement (Ctrl/Cmd+N) opens the form from anywhere', async ({ app, page }) => {
  await app.menu('new-engagement');
  await expect(page.getByRole('heading', { level: 1, name: 'New engagement' })).toBeVisible();
  await expect(page.getByLabel('Engagement name')).toBeFocused();
  await app.menu('show-engagements');
  await expect(page.getByRole('heading', { level: 1, name: 'Engagements' })).toBeVisible();
});

test('closing the window with unsaved input asks first', async ({ page, host }) => {
  test.skip(host === 'electron', 'Electron answers with a native dialog the test cannot click');
  await page.getByRole('button', { name: 'New engagement' }).click();
  await page.getByLabel('Engagement name').fill('Half-typed');
  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const shown = await dialog;
  expect(shown.type()).toBe('beforeunload');
  await shown.dismiss();
  expect(page.isClosed()).toBe(false);
  await expect(page.getByLabel('Engagement name')).toHaveValue('Half-typed');
});

test('a saved form closes without asking', async ({ page }) => {
  await page.getByRole('button', { name: 'New engagement' }).click();
  await page.getByLabel('Engagement name').fill('Saved');
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.getByText('Created “Saved”.')).toBeVisible();
  let asked = false;
  page.on('dialog', (d) => {
    asked = true;
    void d.accept();
  });
  await page.close({ runBeforeUnload: true });
  await page.waitForEvent('close');
  expect(asked).toBe(false);
});

test('an engagement edited on disk by another program while the app is open shows the change, and says so', async ({
  app,
  page,
  snap,
}) => {
  await createEngagement(page, 'Payments MVP', []);
  const [engagement] = await api(page, 'engagements:list', {});
  if (!engagement) throw new Error('engagement not found');
  const file = path.join(app.dataDir, 'engagements', engagement.id, 'engagement.json');
  await expect.poll(() => fs.existsSync(file)).toBe(true);

  // A sync tool (or git, or an editor) renames it behind the app's back.
  const record = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  fs.writeFileSync(file, `${JSON.stringify({ ...record, name: 'Payments MVP (renamed on Ana’s laptop)' }, null, 2)}\n`);

  await expect(page.getByRole('status').or(page.getByRole('alert'))).toContainText(
    '“Payments MVP (renamed on Ana’s laptop)” was changed outside Aux Desk',
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Payments MVP (renamed on Ana’s laptop)' })).toBeVisible();
  await snap('engagement-changed-on-disk');
});
