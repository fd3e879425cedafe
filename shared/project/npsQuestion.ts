/**
 * The project NPS question in the playbook's words, about the team the user belongs to
 * (Settings' teamName, "Aux Eng" by default): the survey mail and the NPS panel ask the same.
 */
export function npsQuestion(teamName: string): string {
  return `How likely are you to recommend ${teamName}?`;
}

/** The two ends of the 0–10 scale, as the survey shows them. */
export const NPS_SCALE_ENDS = { low: 'Not at all likely', high: 'Extremely likely' } as const;
