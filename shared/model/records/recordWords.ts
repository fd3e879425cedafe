import { formatDisplayDate } from '../../dates';
import { kindOfPath } from './recordPaths';

const SINGLE_WORDS: Record<string, string> = {
  'engagement.json': 'The details and people',
  'goals.json': 'The goals',
  'rituals.json': 'The rituals',
  'milestones.json': 'The milestones',
  'project-retro.json': 'The project retro',
  'lifecycle.json': 'The sourcing, kick-off and wrap-up answers',
};

/**
 * A record of an engagement's folder named in the user's words, from its path alone
 * (`retros/2026-03-12-r1.json` → "The retro of 12 Mar 2026"): problems and failed saves
 * are reported with it, never with a file name or a UUID. Anything that names no record
 * is shown as its path.
 */
export function describeRecord(relativePath: string): string {
  const single = SINGLE_WORDS[relativePath];
  if (single) return single;
  const name = relativePath.split('/').pop() ?? relativePath;
  switch (kindOfPath(relativePath)) {
    case 'retro':
      return `The retro of ${formatDisplayDate(name.slice(0, 10))}`;
    case 'week': {
      const [year, week] = name.replace(/\.json$/, '').split('-W');
      return `The plan of week ${Number(week)}, ${year}`;
    }
    case 'nps':
      return 'An NPS response';
    case 'fit-vote':
      return 'A fit-check vote';
    default:
      return relativePath;
  }
}

/** "The retro of 12 Mar 2026 in “Payments MVP”" (the engagement's name, or "an engagement" while unknown). */
export function describeRecordIn(relativePath: string, engagementName: string | null): string {
  return `${describeRecord(relativePath)} in ${engagementName ? `“${engagementName}”` : 'an engagement'}`;
}
