import { daysBetween, formatDisplayDate } from '../dates';
import { checkInDate, followUpDue } from '../keyDates/dueDates';
import { inSection, type GuideInput, type NextStep } from './types';
import { effectiveWrapUp, knownWrapUp } from './wrapUp';

const PROJECT_RETRO =
  'Walk the timeline, restate the goals, then went well, went poorly, do next time and key takeaways.';

/** Wrapping up: the project retro, its notes, the NPS survey, keeping work separate; then done. */
export function wrapUpSteps(input: GuideInput, today: string): NextStep[] {
  const { engagement: e, lifecycle, project } = input;
  const done = effectiveWrapUp(lifecycle.wrapUp, knownWrapUp(project, today));
  const steps: NextStep[] = [];
  if (!done.projectRetro) {
    const planned = project.retro.date;
    const title =
      planned !== null && planned > today
        ? `Hold the project retro on ${formatDisplayDate(planned)}`
        : 'Hold the project retro';
    steps.push(inSection('project-retro', title, PROJECT_RETRO, 'project'));
  } else if (!done.notesEmailed) {
    steps.push(
      inSection(
        'project-notes',
        'Email the project retro notes',
        'To everyone involved, host team included.',
        'project',
      ),
    );
  }
  if (!done.npsSent) {
    steps.push(
      inSection(
        'nps',
        'Send the NPS survey',
        'At the same time as the project retro, to the host team’s engineers and product people (0–10); record each answer.',
        'project',
      ),
    );
  }
  if (!done.keepWorkSeparate) {
    steps.push(
      inSection(
        'keep-separate',
        'Agree to keep the work separate',
        'After the end the home team does none of the host team’s work: agree it, then tick it off.',
        'wrap-up',
      ),
    );
  }
  if (steps.length === 0 && e.status === 'wrapping-up') {
    steps.push({
      id: 'done',
      title: 'Mark the engagement done',
      detail: `The wrap-up checklist is complete. The three-month check-in follows on ${formatDisplayDate(checkInDate(e.endDate))}.`,
      action: { label: 'Mark as done', target: { to: 'status', status: 'done' } },
    });
  }
  return steps;
}

function checkInStep({ engagement: e, lifecycle }: GuideInput, today: string): NextStep[] {
  if (lifecycle.checkInDone) return [];
  const date = checkInDate(e.endDate);
  if (date <= today) {
    return [
      inSection(
        'check-in',
        'Hold the three-month check-in',
        `Due ${date === today ? 'today' : `since ${formatDisplayDate(date)}`}: did the changes stick, is the team more effective, can they maintain what was built?`,
        'wrap-up',
      ),
    ];
  }
  const weeks = Math.ceil(daysBetween(today, date) / 7);
  return [
    inSection(
      'check-in',
      `Three-month check-in on ${formatDisplayDate(date)}`,
      `In ${weeks === 1 ? 'a week' : `${weeks} weeks`}. Informal: did the changes stick? Depending on the aux engineer counts as failure.`,
      'wrap-up',
    ),
  ];
}

function followUpSteps({ engagement: e, lifecycle }: GuideInput, today: string): NextStep[] {
  if (lifecycle.followUps.length === 0) {
    return [
      inSection(
        'follow-ups',
        'Note who to keep in touch with',
        'Optional 1-1s or monthly syncs with the tech lead and the people you worked with.',
        'wrap-up',
      ),
    ];
  }
  return lifecycle.followUps
    .map((f) => ({ f, due: followUpDue(f, e.endDate) }))
    .filter(({ due }) => due <= today)
    .sort((a, b) => a.due.localeCompare(b.due))
    .map(({ f, due }) =>
      inSection(
        `follow-up:${f.id}`,
        `Follow up with ${f.person}`,
        `${f.role ? `${f.role} · ` : ''}${due < today ? 'overdue since' : 'due'} ${formatDisplayDate(due)}`,
        'wrap-up',
      ),
    );
}

/** Done (or ended early): follow-ups that are due, and the three-month check-in. */
export function afterSteps(input: GuideInput, today: string): NextStep[] {
  const check = checkInStep(input, today);
  const due = check.length > 0 && checkInDate(input.engagement.endDate) <= today;
  const follow = followUpSteps(input, today);
  // A check-in months away waits behind the follow-ups due now.
  return due ? [...check, ...follow] : [...follow, ...check];
}
