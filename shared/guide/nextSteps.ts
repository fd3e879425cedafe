import type { Settings } from '../model/settings';
import { afterSteps, wrapUpSteps } from './endSteps';
import { statusPrompt } from './phase';
import { goalsStep, kickoffStep, planningSteps, rolesStep, sourcingSteps, weekOneStep } from './planSteps';
import type { GuideInput, NextStep } from './types';
import { unsentNotesSteps, weeklyRetroStep } from './weekSteps';

export type { GuideInput, GuideSection, NextStep, StepTarget } from './types';

/**
 * What to do next on `today`, most pressing first, from the playbook's phases: the fit check
 * (sourcing); roles, goals with a production-adoption one, the kick-off and week 1 (planning);
 * retro notes to email, this week's retro and what planning left open (active); the project
 * retro, its notes, the NPS survey and keeping work separate (wrapping up); follow-ups and the
 * three-month check-in (done). The dates lead: a change of status they call for comes first,
 * and an active engagement past its end date gets the wrap-up's steps.
 */
export function nextSteps(input: GuideInput, settings: Settings, today: string): NextStep[] {
  const e = input.engagement;
  const prompt = statusPrompt(e, today);
  const status: NextStep[] = prompt
    ? [
        {
          id: 'status',
          title: prompt.label,
          detail: prompt.reason,
          action: { label: prompt.label, target: { to: 'status', status: prompt.to } },
        },
      ]
    : [];
  return [...status, ...phaseSteps(input, settings, today)];
}

function phaseSteps(input: GuideInput, settings: Settings, today: string): NextStep[] {
  const e = input.engagement;
  switch (e.status) {
    case 'sourcing':
      return sourcingSteps(input);
    case 'planning':
      return today > e.endDate ? ending(input, today) : planningSteps(input, today);
    case 'active':
      if (today > e.endDate) return ending(input, today);
      return [
        ...unsentNotesSteps(input, today),
        ...kickoffStep(input, today),
        ...weeklyRetroStep(input, settings, today),
        ...weekOneStep(input, today),
        ...rolesStep(input),
        ...goalsStep(input),
      ];
    case 'wrapping-up':
      return ending(input, today);
    case 'done':
    case 'ended-early':
      return afterSteps(input, today);
  }
}

/** After the last day: the last retros' notes still to send, then the wrap-up. */
function ending(input: GuideInput, today: string): NextStep[] {
  return [...unsentNotesSteps(input, today), ...wrapUpSteps(input, today)];
}
