import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

test('the renderer gets exactly { invoke, on } and no Node', async ({ page }) => {
  const surface = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return {
      apiKeys: Object.keys(w['api'] as object).sort(),
      require: typeof w['require'],
      process: typeof w['process'],
      module: typeof w['module'],
    };
  });
  expect(surface).toEqual({
    apiKeys: ['invoke', 'on'],
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
  });
});

test('invalid IPC payloads get a typed error and change nothing', async ({ app, page }) => {
  await expect(page.getByRole('heading', { name: 'No engagements yet' })).toBeVisible();
  const results = await page.evaluate(async () => {
    const api = (window as unknown as { api: { invoke: (c: string, p: unknown) => Promise<unknown> } }).api;
    return Promise.all([
      api.invoke('engagements:create', { name: '', startDate: 'soon' }),
      api.invoke('engagements:create', 'not an object'),
      api.invoke('engagements:create', {
        name: 'Injected',
        hostTeam: 'x',
        homeTeam: 'y',
        people: [{ id: 'p1', name: 'Eve', email: 'eve@example.com\r\nBcc: all@example.com', role: 'engineer' }],
        startDate: '2026-01-05',
        endDate: '2026-03-16',
        status: 'planning',
        endedEarlyReason: '',
      }),
      api.invoke('engagements:update', { id: '../../settings', input: {} }),
      api.invoke('fs:readFile', { path: '/etc/passwd' }),
      api.invoke('app:openExternal', { url: 'javascript:alert(1)' }),
      api.invoke('app:openExternal', { url: 'file:///etc/passwd' }),
      api.invoke('planner:saveWeek', { scope: { kind: 'plain' }, week: '../../settings', plan: { days: {} } }),
      api.invoke('planner:exportWeek', { scope: { kind: 'engagement', id: '../x' }, week: '2026-W02' }),
    ]);
  });
  const codes = results.map((r) => (r as { ok: boolean; error?: { code: string } }).error?.code);
  expect(codes).toEqual([
    'invalid-payload',
    'invalid-payload',
    'invalid-payload',
    'invalid-payload',
    'unknown-channel',
    // No channel opens a URL from the renderer any more.
    'unknown-channel',
    'unknown-channel',
    'invalid-payload',
    'invalid-payload',
  ]);
  const injected = results[2] as { error: { fieldErrors: Record<string, string> } };
  expect(injected.error.fieldErrors['people.0.email']).toMatch(/valid email/);

  const again = await app.restart();
  await expect(again.getByRole('heading', { name: 'No engagements yet' })).toBeVisible();
  expect(fs.readdirSync(path.join(app.dataDir, 'engagements'))).toEqual([]);
  expect(fs.existsSync(path.join(app.dataDir, 'planner.json'))).toBe(false);
});

test('payloads reach main as Electron IPC carries them (structured clone), and main refuses what is not plain data', async ({
  page,
}) => {
  await expect(page.getByRole('heading', { name: 'This week', level: 1 })).toBeVisible();
  const results = await page.evaluate(async () => {
    const api = (window as unknown as { api: { invoke: (c: string, p: unknown) => Promise<unknown> } }).api;
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    const settle = (p: Promise<unknown>) =>
      p.then(
        (value) => ({ value }),
        (error: unknown) => ({ rejected: String(error) }),
      );
    return Promise.all([
      settle(api.invoke('app:startupReport', cycle)),
      settle(api.invoke('app:startupReport', { extra: undefined })),
      settle(api.invoke('settings:update', new Date(0))),
      settle(api.invoke('app:startupReport', { f: () => 1 })),
    ]);
  });
  const [cycled, undefinedField, date, fn] = results as [
    { value: { ok: false; error: { code: string; fieldErrors: Record<string, string> } } },
    { value: { ok: false; error: { code: string; fieldErrors: Record<string, string> } } },
    { value: { ok: false; error: { code: string; fieldErrors: Record<string, string> } } },
    { rejected?: string },
  ];
  // Before the host cloned as Electron does, its JSON round trip threw on the cycle, dropped
  // the undefined field and the function (both accepted), and turned the Date into text.
  expect(cycled.value.error).toMatchObject({
    code: 'invalid-payload',
    fieldErrors: { self: 'The request refers to itself (a cycle).' },
  });
  expect(undefinedField.value.error).toMatchObject({ code: 'invalid-payload' });
  expect(undefinedField.value.error.fieldErrors['_']).toMatch(/extra/);
  expect(date.value.error).toMatchObject({ code: 'invalid-payload' });
  expect(date.value.error.fieldErrors['_']).toMatch(/not a Date/);
  expect(fn.rejected).toMatch(/could not be cloned/i);
});

test('the Content-Security-Policy blocks inline scripts', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'This week', level: 1 })).toBeVisible();
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as { __injected?: boolean }).__injected ?? false;
  });
  expect(ran).toBe(false);
});

test('the window cannot be navigated away from the app', async ({ page, host }) => {
  test.skip(host !== 'electron', 'will-navigate is guarded by the Electron main process');
  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  // A navigation the guard allowed would replace the document; give it a frame to try.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  expect(page.url()).toBe(before);
  await expect(page.getByRole('heading', { name: 'This week', level: 1 })).toBeVisible();
});
