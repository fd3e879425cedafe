import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { expectSettingsSaved } from './helpers';

test('spell checking is off until the user turns it on, and the setting says what it downloads', async ({
  app,
  page,
  restart,
  snap,
}) => {
  await app.menu('show-settings');
  const spelling = page.getByRole('checkbox', { name: 'Check spelling as you type' });
  await expect(spelling).not.toBeChecked();
  await expect(spelling).toHaveAccessibleDescription(/downloads a spelling dictionary .* from Google’s servers/);
  await spelling.check();
  await expectSettingsSaved(page, 'Spell checking');
  await snap('settings-spellcheck');

  const again = await restart();
  await again.getByRole('button', { name: 'Settings' }).click();
  await expect(again.getByRole('checkbox', { name: 'Check spelling as you type' })).toBeChecked();
});

test('Settings › Mail refuses a password without TLS to another machine, and saves it with STARTTLS', async ({
  app,
  page,
  snap,
}) => {
  await app.menu('show-settings');
  const mail = page.getByRole('form', { name: 'Mail settings' });
  await mail.getByLabel('SMTP server').fill('smtp.example.com');
  await mail.getByLabel('Port').fill('25');
  await mail.getByLabel('Security').selectOption('none');
  await mail.getByLabel('User name').fill('aux-desk');
  await mail.getByLabel('Password').fill('correct horse');
  await mail.getByLabel('Your name').fill('Zoë Ångström');
  await mail.getByLabel('Your address').fill('zoe@example.com');
  await mail.getByRole('button', { name: 'Save mail settings' }).click();
  await expect(mail.getByLabel('Security')).toHaveAccessibleDescription(/only over TLS or STARTTLS/);
  await mail.getByLabel('Security').scrollIntoViewIfNeeded();
  await snap('mail-settings-password-needs-tls');
  expect(fs.existsSync(path.join(app.dataDir, 'mail.json'))).toBe(false);

  await mail.getByLabel('Security').selectOption('starttls');
  await mail.getByLabel('Port').fill('587');
  await mail.getByRole('button', { name: 'Save mail settings' }).click();
  await expect(page.getByText('Mail settings saved.')).toBeVisible();
  await expect(mail.getByLabel('Password')).toHaveAccessibleDescription(/A password is stored/);
});
