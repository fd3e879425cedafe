import { SCREENS } from '../../shared/screens';
import { expect, test } from './fixtures';

test('the sidebar lists the top-level screens from shared/screens.ts, with their shortcuts, and opens each', async ({
  page,
  snap,
}) => {
  const items = page.getByRole('navigation', { name: 'Main' }).getByRole('list').first().getByRole('button');
  // The six from before the list existed, in the same order, with Search and Open actions (issue 17) before Settings.
  await expect(items).toHaveText([
    'This week',
    'Engagements',
    'Candidates',
    'Week planner',
    'Outbox',
    'Search',
    'Open actions',
    'Settings',
  ]);
  await expect(items).toHaveText(SCREENS.map((screen) => screen.title));

  const heading = page.getByRole('heading', { level: 1 });
  for (const [index, screen] of SCREENS.entries()) {
    const item = items.nth(index);
    // The Go menu's keys are hinted (Ctrl here: the Chromium host does not run on macOS); Settings is not.
    if (screen.menu === 'go') await expect(item).toHaveAttribute('aria-keyshortcuts', `Control+${screen.key}`);
    else await expect(item).not.toHaveAttribute('aria-keyshortcuts');
    await item.click();
    await expect(item).toHaveAttribute('aria-current', 'page');
    await expect(heading).toHaveText(screen.title);
  }
  await snap('screens-sidebar');
});
