/**
 * The weekly retro's steps, in the order the meeting runs them (domain.md: score the goals,
 * review last week's actions, then the three topics, then wrap up). The presenter's bar,
 * the timer's phases and Settings › Retro timer all walk this one list.
 */
export const RETRO_STEPS = ['goals', 'actions', 'wentWell', 'wentPoorly', 'doNextTime', 'wrapUp'] as const;
export type RetroStep = (typeof RETRO_STEPS)[number];

export const RETRO_STEP_LABELS: Record<RetroStep, string> = {
  goals: 'Score goals',
  actions: 'Open actions',
  wentWell: 'Went well',
  wentPoorly: 'Went poorly',
  doNextTime: 'Do next time',
  wrapUp: 'Wrap up',
};

/** Minutes per step by default: 30 in all, the playbook's retro length. */
export const DEFAULT_RETRO_PHASE_MINUTES: readonly number[] = [4, 4, 6, 7, 6, 3];
