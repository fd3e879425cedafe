import fs from 'node:fs';
import net from 'node:net';
import type { Page } from '@playwright/test';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';
import { expect, test } from './fixtures';
import { engagementInput, expectNoSidewaysScroll, seedEngagement } from './helpers';
import { parseWithPython } from '../unit/support/mime';

async function finishedRetro(page: Page) {
  await seedEngagement(page, engagementInput());
  await page.getByRole('button', { name: /Payments MVP/ }).click();
  await page.getByRole('button', { name: 'Retros', exact: true }).click();
  await page.getByRole('button', { name: 'Start this week’s retro' }).click();
  await page.getByRole('textbox', { name: 'Went well' }).click();
  await page.keyboard.type('Zoë and Kenji paired on the 東京 rollout.');
  await page.getByRole('textbox', { name: 'Went poorly' }).click();
  await page.keyboard.type('The staging database was down twice.');
  await page.getByRole('textbox', { name: 'Do next time' }).click();
  await page.keyboard.type('[ ] Add a health check for staging');
  await page.getByLabel('Owner of: Add a health check for staging').selectOption({ label: 'Kenji Sato' });
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

test('email a finished retro: preview, then save the .eml and parse it', async ({
  app,
  page,
  snap,
  expectAccessible,
}) => {
  await app.allowSaveDialogs();
  await finishedRetro(page);
  await page.getByRole('button', { name: 'Email notes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Email the notes' });
  await expect(dialog.getByRole('list', { name: 'To' })).toContainText('Zoë Ångström <zoe@example.com>');
  await expect(dialog.getByText('No email: Ana Lima.', { exact: false })).toBeVisible();
  await expect(dialog.getByLabel('Subject')).toHaveValue(/^Retro notes — Payments MVP — /);
  const preview = dialog.getByRole('document', { name: 'Preview of the email' });
  await expect(preview).toContainText('The staging database was down twice.');
  await expect(preview).toContainText('Add a health check for staging');
  await snap('compose-preview');
  await expectAccessible();

  // A malformed address is pointed out; nothing is written.
  await dialog.getByLabel('Cc').fill('Advisor <advisor@example.com>, not-an-address');
  await dialog.getByRole('button', { name: 'Save .eml…' }).click();
  await expect(dialog.getByText('“not-an-address” is not a valid email address.')).toBeVisible();
  // Header injection (which the text field cannot even carry) is refused by the main process.
  const injected = await page.evaluate(async () => {
    const api = (
      window as unknown as {
        api: {
          invoke: (
            c: string,
            p: unknown,
          ) => Promise<{ ok: boolean; error?: { code: string; fieldErrors?: Record<string, string> } }>;
        };
      }
    ).api;
    const section = (await api.invoke('engagements:list', {})) as unknown as { value: { id: string }[] };
    const engagementId = section.value[0]?.id ?? '';
    const retros = (await api.invoke('retros:list', { engagementId })) as unknown as {
      value: { retros: { id: string }[] };
    };
    return api.invoke('mail:saveEml', {
      engagementId,
      note: { kind: 'retro', retroId: retros.value.retros[0]?.id ?? '' },
      headers: { to: [{ name: 'Eve', email: 'eve@example.com' }], cc: [], subject: 'Notes\r\nBcc: all@example.com' },
    });
  });
  expect(injected.error?.code).toBe('invalid-payload');
  // Refused for the subject, not for the shape of the request.
  expect(Object.keys(injected.error?.fieldErrors ?? {})).toEqual(['headers.subject']);
  await dialog.getByLabel('Cc').fill('Advisor <advisor@example.com>');

  // No SMTP, no name and email yet: a draft needs a sender (RFC 5322), so the dialog asks.
  const sender = dialog.getByRole('group', { name: 'Your name and email' });
  await dialog.getByRole('button', { name: 'Save .eml…' }).click();
  await expect(sender.getByText('Enter your name.')).toBeVisible();
  await expect(dialog.getByText(/^Saved to/)).toHaveCount(0);
  await sender.getByLabel('Your name').fill('Zoë Ångström');
  await sender.getByLabel('Your email').fill('zoe@example.com');
  await dialog.getByRole('button', { name: 'Save .eml…' }).click();
  const saved = dialog.getByText(/^Saved to .*\.eml\.$/);
  await expect(saved).toBeVisible();
  const savedPath = ((await saved.textContent()) ?? '').replace(/^Saved to /, '').replace(/\.$/, '');
  const raw = fs.readFileSync(savedPath);
  expect(raw.includes('\r\n')).toBe(true);
  expect(parseWithPython(raw).from).toEqual([{ name: 'Zoë Ångström', email: 'zoe@example.com' }]);
  // Asked once: saved to Settings › Mail, so the dialog no longer asks.
  await expect(sender).toBeHidden();
  const parsed = await PostalMime.parse(raw);
  expect(parsed.subject).toMatch(/^Retro notes — Payments MVP — /);
  expect(parsed.to?.map((a) => ('address' in a ? a.address : ''))).toEqual(['zoe@example.com', 'kenji@example.com']);
  expect(parsed.cc?.map((a) => ('address' in a ? a.address : ''))).toEqual(['advisor@example.com']);
  expect(parsed.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
  expect(parsed.text).toContain('Zoë and Kenji paired on the 東京 rollout.');
  expect(parsed.text).toContain('[ ] Add a health check for staging (Kenji Sato)');
  expect(parsed.html).toContain('The staging database was down twice.');
  expect(parsed.html).not.toMatch(/<script|<img/i);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText(/Notes saved as \.eml · 3 recipients/)).toBeVisible();
  // Saving a draft is not sending it: not emailed until the user says it went out (issue 16).
  await expect(page.getByText(/not confirmed sent/)).toBeVisible();
  await page.getByRole('button', { name: 'I sent it' }).click();
  await expect(page.getByText(/Notes sent from the mail app · 3 recipients/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'I sent it' })).toHaveCount(0);

  // The name and email given in the dialog are in Settings › Mail.
  await page.getByRole('button', { name: 'Settings' }).click();
  const author = page.getByRole('form', { name: 'Your name and email' });
  await expect(author.getByLabel('Name', { exact: true })).toHaveValue('Zoë Ångström');
  await expect(author.getByLabel('Email', { exact: true })).toHaveValue('zoe@example.com');
  await author.scrollIntoViewIfNeeded();
  await snap('settings-author');
});

test.describe('with the automatic retry ten minutes away', () => {
  // "Retry now" is what sends it: the 1 s automatic retry once sent it before the click landed.
  test.use({ mailRetryMs: 10 * 60_000 });
  test('a send with no server waits in the outbox and goes out once the server is up', async ({
    page,
    snap,
    expectAccessible,
  }) => {
    const port = await freePort();
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push(Buffer.concat(chunks).toString('utf8'));
          callback();
        });
      },
    });
    try {
      await page.getByRole('button', { name: 'Settings' }).click();
      const mail = page.getByRole('form', { name: 'Mail settings' });
      await mail.getByLabel('SMTP server').fill('127.0.0.1');
      await mail.getByLabel('Port').fill(String(port));
      await mail.getByLabel('Security').selectOption('none');
      await mail.getByLabel('Your name').fill('Zoë Ångström');
      await mail.getByLabel('Your address').fill('zoe@example.com');
      await mail.getByRole('button', { name: 'Save mail settings' }).click();
      await expect(page.getByText('Mail settings saved.')).toBeVisible();

      await finishedRetro(page);
      await page.getByRole('button', { name: 'Email notes' }).click();
      const dialog = page.getByRole('dialog', { name: 'Email the notes' });
      await dialog.getByRole('button', { name: 'Send via SMTP' }).click();
      await expect(dialog.getByText('Queued in the Outbox.', { exact: false })).toBeVisible();
      await dialog.getByRole('button', { name: 'Close' }).click();

      await page.getByRole('button', { name: /^Outbox/ }).click();
      const item = page.getByRole('list', { name: 'Outbox' }).getByRole('listitem').first();
      await expect(item).toHaveAccessibleName(/: Queued$/);
      await expect(item).toContainText(/ECONNREFUSED|connect/i);
      await snap('outbox-queued');
      await expectAccessible();

      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
      await item.getByRole('button', { name: 'Retry now' }).click();
      await expect(item).toHaveAccessibleName(/: Sent$/, { timeout: 15_000 });
      expect(received).toHaveLength(1);
      const parsed = await PostalMime.parse(received[0] ?? '');
      expect(parsed.subject).toMatch(/^Retro notes — Payments MVP — /);
      expect(parsed.from?.address).toBe('zoe@example.com');
      expect(parsed.headers.some((h) => h.key === 'x-unsent')).toBe(false);
      await snap('outbox-sent');
      await page.setViewportSize({ width: 800, height: 600 });
      await expect(page.getByRole('button', { name: 'Clear sent' })).toBeInViewport();
      await expectNoSidewaysScroll(page);
      await snap('outbox-sent-small');
      await page.setViewportSize({ width: 1200, height: 800 });

      // Sent is done with: cleared from the list, with Undo; the retro keeps its record.
      const notices = page.getByRole('region', { name: 'Notifications' });
      await page.getByRole('button', { name: 'Clear sent' }).click();
      await expect(notices).toContainText('Cleared 1 sent message from the Outbox.');
      await expect(page.getByRole('heading', { name: 'Nothing in the outbox' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Clear sent' })).toHaveCount(0);
      await snap('outbox-cleared');
      await notices.getByRole('button', { name: 'Undo' }).click();
      await expect(item).toHaveAccessibleName(/: Sent$/);
      await page.getByRole('button', { name: 'Clear sent' }).click();
      await expect(page.getByRole('heading', { name: 'Nothing in the outbox' })).toBeVisible();
      await page.getByRole('button', { name: 'Engagements', exact: true }).click();
      await page.getByRole('button', { name: /Payments MVP/ }).click();
      await page.getByRole('button', { name: 'Retros', exact: true }).click();
      await expect(page.getByRole('button', { name: /^Retro of / })).toBeVisible();
      await expect(page.getByText('Notes not emailed')).toHaveCount(0);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

test('Settings › Mail › Send a test email: to your own address, the failure in words, then delivered', async ({
  page,
  snap,
  expectAccessible,
}) => {
  const port = await freePort();
  const received: Buffer[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks));
        callback();
      });
    },
  });
  try {
    await page.getByRole('button', { name: 'Settings' }).click();
    const mail = page.getByRole('form', { name: 'Mail settings' });
    const test = mail.getByRole('button', { name: 'Send a test email' });
    // Nothing saved yet: nothing to test.
    await expect(test).toBeDisabled();
    await expect(test).toHaveAccessibleDescription('Save the SMTP settings first: the test uses the saved ones.');
    await mail.getByLabel('SMTP server').fill('127.0.0.1');
    await mail.getByLabel('Port').fill(String(port));
    await mail.getByLabel('Security').selectOption('none');
    await mail.getByLabel('Your name').fill('Zoë Ångström');
    await mail.getByLabel('Your address').fill('zoe@example.com');
    await mail.getByRole('button', { name: 'Save mail settings' }).click();
    await expect(page.getByText('Mail settings saved.')).toBeVisible();
    await expect(test).toHaveAccessibleDescription('A short message to you (zoe@example.com) through 127.0.0.1.');

    // The server is down: said in words, the raw reason folded away.
    await test.click();
    const answer = mail.getByRole('status', { name: 'Test email' });
    await expect(answer).toContainText('The test email was not sent.');
    await expect(answer).toContainText(
      'Could not reach 127.0.0.1: the server refused the connection. Check the server name and port in Settings › Mail.',
    );
    await expect(answer.getByText(/ECONNREFUSED/)).toBeHidden();
    await answer.getByText('Technical detail').click();
    await expect(answer.getByText(/ECONNREFUSED/)).toBeVisible();
    await mail.scrollIntoViewIfNeeded();
    await snap('settings-test-email-failed');
    await expectAccessible();

    // Up: delivered to the user's own address, now (not through the Outbox).
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    await test.click();
    await expect(answer).toHaveText(
      'Sent to zoe@example.com: the server accepted it. Check your inbox (and the spam folder).',
    );
    expect(received).toHaveLength(1);
    const message = received[0] ?? Buffer.alloc(0);
    for (const parsed of [await PostalMime.parse(message), parseWithPython(message)]) {
      expect(parsed.subject).toBe('Aux Desk test email');
      expect(parsed.text).toContain('This is a test email from Aux Desk.');
    }
    expect(parseWithPython(message).from).toEqual([{ name: 'Zoë Ångström', email: 'zoe@example.com' }]);
    expect(parseWithPython(message).to).toEqual([{ name: 'Zoë Ångström', email: 'zoe@example.com' }]);
    await snap('settings-test-email-sent');
    await page.setViewportSize({ width: 800, height: 600 });
    await mail.scrollIntoViewIfNeeded();
    await expectNoSidewaysScroll(page);
    await snap('settings-test-email-small');
    await page.setViewportSize({ width: 1200, height: 800 });

    // A change not saved yet is not what the test would use.
    await mail.getByLabel('Port').fill('2526');
    await expect(test).toBeDisabled();
    await expect(test).toHaveAccessibleDescription('Save your changes first: the test uses the saved settings.');

    await page.getByRole('button', { name: /^Outbox/ }).click();
    await expect(page.getByRole('heading', { name: 'Nothing in the outbox' })).toBeVisible();
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('the project retro can be emailed like a weekly retro', async ({ app, page }) => {
  await app.allowSaveDialogs();
  await seedEngagement(page, engagementInput());
  await page.getByRole('button', { name: /Payments MVP/ }).click();
  await page.getByRole('button', { name: 'Project retro', exact: true }).click();
  await page.getByRole('button', { name: 'Email notes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Email the notes' });
  await expect(dialog.getByLabel('Subject')).toHaveValue(/^Project retro notes — Payments MVP/);
  const preview = dialog.getByRole('document', { name: 'Preview of the email' });
  await expect(preview).toContainText('Payments MVP');
  // The preview drops <style> blocks as mail clients do: the mail's look is in its inline styles.
  await expect(preview.getByRole('heading', { level: 1 })).toHaveCSS('font-size', '26px');
  // No attendees recorded yet: it goes to everyone involved.
  await expect(dialog.getByRole('list', { name: 'To' })).toContainText('Kenji Sato <kenji@example.com>');
  await dialog.getByLabel('Your name').fill('Kenji Sato');
  await dialog.getByLabel('Your email').fill('kenji@example.com');
  await dialog.getByRole('button', { name: 'Save .eml…' }).click();
  const saved = dialog.getByText(/^Saved to .*\.eml\.$/);
  await expect(saved).toBeVisible();
  const parsed = await PostalMime.parse(
    fs.readFileSync(((await saved.textContent()) ?? '').replace(/^Saved to /, '').replace(/\.$/, '')),
  );
  expect(parsed.subject).toMatch(/^Project retro notes — Payments MVP/);
  expect(parsed.text).toContain('Payments MVP');
  expect(parsed.html).not.toMatch(/<style|\sclass=/i);
  expect(parsed.html).toMatch(/<h1 style="[^"]+">Project retro: Payments MVP<\/h1>/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText(/Notes saved as \.eml · 2 recipients/)).toBeVisible();
});
