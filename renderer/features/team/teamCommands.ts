import type { TeamStatus } from '../../../shared/ipc/team';
import type { Command } from '../palette/commands';
import { showConflicts, syncWithTeam } from './teamSync';

/**
 * The palette's team commands: Sync with the team whenever there is a workspace (File › Sync
 * with the Team does the same), and the conflict view while there are conflicts.
 */
export function teamCommands(status: Pick<TeamStatus, 'state' | 'conflicts'>): Command[] {
  if (status.state === 'none') return [];
  const sync: Command = {
    id: 'action:team-sync',
    label: 'Sync with the team',
    hint: 'Action',
    keywords: 'team workspace git push pull remote share',
    run: syncWithTeam,
  };
  if (status.conflicts === 0) return [sync];
  return [
    sync,
    {
      id: 'action:team-conflicts',
      label: 'Show team conflicts',
      hint: 'Action',
      keywords: 'team conflict merge resolve versions',
      run: showConflicts,
    },
  ];
}
