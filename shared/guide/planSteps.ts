import { addDaysIso, formatDisplayDate } from '../dates';
import { KICKOFF_ITEMS, RED_FLAGS } from '../model/lifecycle';
import { noteIsEmpty } from '../retro/noteText';
import { hasProductionAdoptionGoal } from '../retro/rules';
import { fitTotals } from '../sourcing/fitCheck';
import { rolesProblems, ROLES_MESSAGES } from '../staffing/roles';
import { mondayOf, weekKeyOf } from '../week';
import { inSection, type GuideInput, type NextStep } from './types';

const KICKOFF_TOPICS = 'testing framework, coverage target, MVP and approach, timeline, retro cadence';

/** Sourcing: the fit check, then the decision; and the one-pager the decision rests on. */
export function sourcingSteps({ lifecycle }: GuideInput): NextStep[] {
  const totals = fitTotals(lifecycle.fitVotes);
  const flags = RED_FLAGS.filter((f) => lifecycle.redFlags[f]).length;
  const steps: NextStep[] = [];
  if (totals.reviewers === 0) {
    steps.push(
      inSection(
        'fit-check',
        'Score the fit check',
        'Each reviewer votes 0, 1 or 2 on business value, technical value and team fit.',
        'sourcing',
      ),
    );
  } else {
    const flagged = flags === 0 ? '' : `, ${flags} red ${flags === 1 ? 'flag' : 'flags'}`;
    steps.push(
      inSection(
        'decide',
        'Decide whether to take it on',
        `Fit check ${totals.total} of ${totals.max} (${totals.percent ?? 0}%) from ${totals.reviewers} ${totals.reviewers === 1 ? 'reviewer' : 'reviewers'}${flagged}. Compare the candidates, then promote it to planning.`,
        'sourcing',
      ),
    );
  }
  if (noteIsEmpty(lifecycle.onePager)) {
    steps.push(
      inSection(
        'one-pager',
        'Get the one-pager',
        'From the host team: the problem, their wish list, business and technical goals.',
        'sourcing',
      ),
    );
  }
  return steps;
}

export function rolesStep({ engagement }: GuideInput): NextStep[] {
  const problems = rolesProblems(engagement.people);
  if (problems.length === 0) return [];
  return [inSection('roles', 'Set the roles', problems.map((p) => ROLES_MESSAGES[p]).join(' '), 'details')];
}

export function goalsStep({ retro }: GuideInput): NextStep[] {
  if (retro.goals.length === 0) {
    return [
      inSection(
        'goals',
        'Write the goals sheet',
        'A page of business and technical goals, deliberately aspirational, with one about production adoption.',
        'goals',
      ),
    ];
  }
  if (hasProductionAdoptionGoal(retro.goals)) return [];
  return [
    inSection(
      'adoption-goal',
      'Add a production-adoption goal',
      'The playbook’s sheet always has one: the MVP in production, used.',
      'goals',
    ),
  ];
}

/** The kick-off: to plan, to hold on its day, or its checklist to finish once held. */
export function kickoffStep({ lifecycle }: GuideInput, today: string): NextStep[] {
  const covered = KICKOFF_ITEMS.filter((k) => lifecycle.kickoffChecklist[k]).length;
  const of = `${covered} of ${KICKOFF_ITEMS.length}`;
  const date = lifecycle.kickoffDate;
  if (date === null) {
    return [inSection('kickoff', 'Plan the kick-off', `30–60 minutes in week 1: ${KICKOFF_TOPICS}.`, 'planning')];
  }
  if (covered === KICKOFF_ITEMS.length) return [];
  if (date > today) {
    return [
      inSection(
        'kickoff',
        `Hold the kick-off on ${formatDisplayDate(date)}`,
        `${of} points covered so far: ${KICKOFF_TOPICS}.`,
        'planning',
      ),
    ];
  }
  return [
    inSection(
      'kickoff',
      'Finish the kick-off checklist',
      `${of} points covered at the kick-off on ${formatDisplayDate(date)}.`,
      'planning',
    ),
  ];
}

/** Week 1 in the planner, until it is planned (saved once) or over. */
export function weekOneStep({ engagement, planner }: GuideInput, today: string): NextStep[] {
  const week = weekKeyOf(engagement.startDate);
  const monday = mondayOf(week);
  if (planner.weeks[week] !== undefined || today > addDaysIso(monday, 6)) return [];
  return [
    inSection(
      'week-1',
      'Plan week 1',
      `The week of ${formatDisplayDate(monday)}: pairing days, the 20% day, and the team’s rituals.`,
      'planner',
    ),
  ];
}

/** What planning asks for, in the playbook's order; also what is left of it once the engagement runs. */
export function planningSteps(input: GuideInput, today: string): NextStep[] {
  return [...rolesStep(input), ...goalsStep(input), ...kickoffStep(input, today), ...weekOneStep(input, today)];
}
