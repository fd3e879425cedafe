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
  const kind = kindOfPath(relativePath);
  const many = kind === null ? undefined : MANY_WORDS[kind as keyof typeof MANY_WORDS];
  return many ? many(name) : relativePath;
}

/** The records an engagement has many of, named from their file's name. */
const MANY_WORDS: Record<'retro' | 'week' | 'nps' | 'fit-vote', (name: string) => string> = {
  retro: (name) => `The retro of ${formatDisplayDate(name.slice(0, 10))}`,
  week: (name) => {
    const [year, week] = name.replace(/\.json$/, '').split('-W');
    return `The plan of week ${Number(week)}, ${year}`;
  },
  nps: () => 'An NPS response',
  'fit-vote': () => 'A fit-check vote',
};

/** "The retro of 12 Mar 2026 in “Payments MVP”" (the engagement's name, or "an engagement" while unknown). */
export function describeRecordIn(relativePath: string, engagementName: string | null): string {
  return `${describeRecord(relativePath)} in ${engagementName ? `“${engagementName}”` : 'an engagement'}`;
}
