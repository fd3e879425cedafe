import { addWeeksIso, formatDisplayDate } from '../dates';
import type { Settings } from '../model/settings';
import { retroSlot } from '../planner/rituals';
import { live, notesEmailed } from '../retro/rules';
import { datesOfWeek, weekKeyOf } from '../week';
import { inSection, type GuideInput, type NextStep } from './types';

/** As on This week: notes are due the week after their retro, and older ones stay marked in the list. */
const NOTES_WEEKS = 4;

/** Retros of the last four weeks whose notes were not emailed, oldest first. */
export function unsentNotesSteps({ retro }: GuideInput, today: string): NextStep[] {
  const since = addWeeksIso(today, -NOTES_WEEKS);
  return live(retro.retros)
    .filter((r) => r.date <= today && r.date >= since && !notesEmailed(r))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((r) => ({
      id: `notes:${r.id}`,
      title: `Email the notes of the retro on ${formatDisplayDate(r.date)}`,
      detail: 'To everyone who came, with the action items and their owners.',
      action: { label: 'Open the retro', target: { to: 'retro', retroId: r.id } },
    }));
}

/** This week's retro on its slot: to hold (goals scored first), or its goals still to score. */
export function weeklyRetroStep(input: GuideInput, settings: Settings, today: string): NextStep[] {
  const { engagement: e, retro, planner } = input;
  const slot = retroSlot(planner.rituals, settings);
  const date = datesOfWeek(weekKeyOf(today))[slot.day];
  if (date < e.startDate || date > e.endDate) return [];
  const held = live(retro.retros).find((r) => r.date === date);
  const goals = retro.goals.length;
  if (!held) {
    if (date < today) {
      return [
        inSection(
          'retro',
          `This week’s retro was not held (${formatDisplayDate(date)})`,
          'Hold it even when “nothing happened”: 30 minutes, went well, went poorly, do next time.',
          'retros',
        ),
      ];
    }
    const first = goals > 0 ? `Score the ${goals} ${goals === 1 ? 'goal' : 'goals'} first, then w` : 'W';
    return [
      inSection(
        'retro',
        `This week’s retro: ${formatDisplayDate(date)}, ${slot.time}`,
        `${first}ent well, went poorly, do next time; ask for negative feedback.`,
        'retros',
      ),
    ];
  }
  const ids = new Set(retro.goals.map((g) => g.id));
  const scored = held.goalScores.filter((s) => ids.has(s.goalId)).length;
  if (goals === 0 || scored >= goals) return [];
  return [
    {
      id: 'retro',
      title: 'Score the goals in this week’s retro',
      detail: `${scored} of ${goals} scored.`,
      action: { label: 'Open the retro', target: { to: 'retro', retroId: held.id } },
    },
  ];
}
