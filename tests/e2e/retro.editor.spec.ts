import { expect, test } from './fixtures';
import { engagementInput, seedEngagement } from './helpers';
import { openRetros } from './retroWorld';

test('pasted HTML is sanitised: nothing runs, no remote image, javascript: links are neutralised', async ({ page }) => {
  await seedEngagement(page, engagementInput());
  await openRetros(page);
  await page.getByRole('button', { name: 'Start this week’s retro' }).click();
  const editor = page.getByRole('textbox', { name: 'Notes', exact: true });
  await editor.click();
  await editor.evaluate((element) => {
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<p>Pasted <img src="https://tracker.example.com/pixel.png" onerror="window.__pwned=1">' +
        '<a href="javascript:window.__pwned=2">click me</a> and <a href="https://example.com/doc" onclick="window.__pwned=3">a doc</a>' +
        '<script>window.__pwned=4</script><iframe src="https://example.com"></iframe></p>',
    );
    data.setData('text/plain', 'Pasted click me and a doc');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(editor).toContainText('Pasted');
  await expect(editor).toContainText('click me');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(editor.locator('img, iframe, script')).toHaveCount(0);
  await expect(editor.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(editor.locator('[onclick], [onerror]')).toHaveCount(0);
  await expect(editor.locator('a[href="https://example.com/doc"]')).toHaveText('a doc');
  // Clicking what was the javascript: link runs nothing either.
  await editor.getByText('click me').click();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('selecting with Shift+← while autosave runs keeps every keystroke', async ({ page }) => {
  // A user who types, pauses and selects back by keyboard — the pause is when a save goes
  // to main and the page re-renders. Once in a few hundred runs a keystroke went missing
  // (seen as "nbook" for "runbook"): this story repeats the moment at several offsets.
  await seedEngagement(page, engagementInput());
  await openRetros(page);
  await page.getByRole('button', { name: 'Start this week’s retro' }).click();
  await page.getByRole('button', { name: /Start the 30-minute retro/ }).click();
  const notes = page.getByRole('textbox', { name: 'Notes', exact: true });
  const toolbar = page.getByRole('toolbar', { name: 'Notes formatting' });
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await notes.click();
  const selected: string[] = [];
  for (let round = 0; round < 8; round++) {
    await page.keyboard.type(' see the runbook');
    // 0–350 ms: before, during and after the 300 ms autosave debounce.
    await page.waitForTimeout(round * 50);
    for (let i = 0; i < 'runbook'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    selected.push(await page.evaluate(() => window.getSelection()?.toString() ?? ''));
    await page.keyboard.press('End');
  }
  expect(selected).toEqual(Array<string>(8).fill('runbook'));
  // The toolbar follows the history: Undo once there is something to undo, Redo after it.
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await expect(toolbar.getByRole('button', { name: 'Redo' })).toBeDisabled();
  await page.keyboard.type('!');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(toolbar.getByRole('button', { name: 'Redo' })).toBeEnabled();
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(toolbar.getByRole('button', { name: 'Redo' })).toBeDisabled();
  await expect(page.getByText('All changes saved')).toBeVisible();
  await expect(notes).toHaveText(`${Array(8).fill('see the runbook').join(' ')}!`);
});

// "This week's retro" on any day of the week: created on the retro day of the week it is,
// and its notes are due ("Notes not emailed") only once that day has come.
for (const { at, label, due } of [
  { at: new Date(2027, 1, 8, 8, 0), label: 'Monday 08:00', due: false },
  { at: new Date(2027, 1, 11, 16, 0), label: 'Thursday 16:00', due: true },
  { at: new Date(2027, 1, 14, 23, 30), label: 'Sunday 23:30', due: true },
]) {
  test.describe(`on ${label}`, () => {
    test.use({ now: at });
    test(`this week’s retro is dated Thursday; its notes are ${due ? '' : 'not yet '}due`, async ({ page, now }) => {
      await seedEngagement(page, engagementInput({}, now));
      await openRetros(page);
      await page.getByRole('button', { name: 'Start this week’s retro' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Retro of 11 Feb 2027' })).toBeVisible();
      await page.getByRole('button', { name: 'Payments MVP · Retros' }).click();
      const row = page.getByRole('list', { name: 'Retros' }).getByRole('listitem');
      await expect(row).toContainText('Week 6 · Thu 11 Feb, 14:00 · this week');
      await expect(row.getByText('Notes not emailed')).toHaveCount(due ? 1 : 0);
    });
  });
}

test('a note too long to save says so beside the save state, and saves again once shortened', async ({
  page,
  snap,
}) => {
  await seedEngagement(page, engagementInput());
  await openRetros(page);
  await page.getByRole('button', { name: 'Start this week’s retro' }).click();
  const notes = page.getByRole('textbox', { name: 'Notes', exact: true });
  await notes.click();
  // 1.2 MB of pasted text in 12 paragraphs: past the 1 MB a note may hold (issue 12).
  await notes.evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/plain', Array.from({ length: 12 }, (_, i) => `${i} ${'x'.repeat(99_990)}`).join('\n\n'));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  const state = page.getByRole('status').filter({ hasText: /Not saved|saved|Saving/ });
  await expect(state).toHaveText(/^Not saved: This note is too long to save \(1\.2 MB; at most 1 MB\): split it/, {
    timeout: 15_000,
  });
  await page.evaluate(() => document.querySelector('main')?.scrollTo(0, 0));
  await snap('retro-note-too-long');

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Shorter now');
  await expect(state).toHaveText('All changes saved', { timeout: 15_000 });
});
