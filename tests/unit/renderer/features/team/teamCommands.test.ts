import { describe, expect, it } from 'vitest';
import { paletteCommands } from '../../../../../renderer/features/palette/commands';
import { teamCommands } from '../../../../../renderer/features/team/teamCommands';

const labels = (state: Parameters<typeof teamCommands>[0]) => teamCommands(state).map((c) => c.label);

describe('the palette’s team commands', () => {
  it('offer nothing without a workspace', () => {
    expect(labels({ state: 'none', conflicts: 0 })).toEqual([]);
  });

  it('offer Sync with the team in every other state, and the conflicts while there are some', () => {
    expect(labels({ state: 'up-to-date', conflicts: 0 })).toEqual(['Sync with the team']);
    expect(labels({ state: 'offline', conflicts: 0 })).toEqual(['Sync with the team']);
    expect(labels({ state: 'conflict', conflicts: 2 })).toEqual(['Sync with the team', 'Show team conflicts']);
  });

  it('sit among the palette’s actions, before the screens', () => {
    const all = paletteCommands([], '2027-02-11', { state: 'to-send', conflicts: 0 }).map((c) => c.id);
    expect(all.indexOf('action:team-sync')).toBeGreaterThan(all.indexOf('action:new'));
    expect(all.indexOf('action:team-sync')).toBeLessThan(all.indexOf('screen:home'));
    expect(paletteCommands([], '2027-02-11').map((c) => c.id)).not.toContain('action:team-sync');
  });
});
