import { describe, expect, it } from 'vitest';
import { windowTitle } from '../../../../../renderer/features/keyboard/windowTitle';

const none = { engagementName: null, retroDate: null, focusedPart: null };

describe('the window title names the screen', () => {
  it('names a top-level screen', () => {
    expect(windowTitle({ kind: 'home' }, none)).toBe('This week — Aux Desk');
    expect(windowTitle({ kind: 'planner' }, none)).toBe('Week planner — Aux Desk');
    expect(windowTitle({ kind: 'new' }, none)).toBe('New engagement — Aux Desk');
  });

  it('names an engagement’s section and the engagement', () => {
    expect(
      windowTitle({ kind: 'engagement', id: 'e1', section: 'goals' }, { ...none, engagementName: 'Payments MVP' }),
    ).toBe('Goals · Payments MVP — Aux Desk');
  });

  it('names a retro by its date, and the note section being written in', () => {
    const view = { kind: 'retro', engagementId: 'e1', retroId: 'r1' } as const;
    const facts = { engagementName: 'Payments MVP', retroDate: '2027-02-11', focusedPart: null };
    expect(windowTitle(view, facts)).toMatch(/^Retro of .*2027 · Payments MVP — Aux Desk$/);
    expect(windowTitle(view, { ...facts, focusedPart: 'Went well' })).toMatch(
      /^Went well — Retro of .* · Payments MVP — Aux Desk$/,
    );
    // Before the retro has loaded.
    expect(windowTitle(view, none)).toBe('Retro — Aux Desk');
  });
});
