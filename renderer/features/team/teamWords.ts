/** What the workspace never carries (issue 15's list): said wherever a workspace is made, shown or added to. */
export const STAYS_ON_THIS_LAPTOP =
  'Your settings, mail settings and password, outbox, notices, snapshots and quarantined files never leave this laptop: only the engagements you share go to the team.';
