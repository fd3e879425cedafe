import { useMemo } from 'react';
import { useToday } from '../../components/useToday';
import { useAppStore } from '../../store';
import { KIND_LABELS, openHit, type SearchHit } from '../search/hits';
import { useSearch } from '../search/useSearch';
import { paletteCommands } from './commands';
import { matchCommands } from './matchCommands';

export const GROUP_TITLES = { commands: 'Commands', notes: 'In your notes' } as const;

export interface PaletteOption {
  id: string;
  group: 'commands' | 'notes';
  label: string;
  hint: string;
  hit: SearchHit | null;
  run: () => Promise<void> | void;
}

const MAX_COMMANDS = 8;
const NO_FILTERS = {};

/** What the palette lists for what is typed: matching commands, then matching records. */
export function usePaletteOptions(query: string): { options: PaletteOption[]; searching: boolean } {
  const today = useToday();
  const summaries = useAppStore((s) => s.summaries);
  const teamState = useAppStore((s) => s.team.state);
  const conflicts = useAppStore((s) => s.team.conflicts);
  const commands = useMemo(
    () => paletteCommands(summaries, today, { state: teamState, conflicts }),
    [summaries, today, teamState, conflicts],
  );
  const search = useSearch(query, NO_FILTERS, 8);
  const options = useMemo(() => {
    const matched: PaletteOption[] = matchCommands(commands, query)
      .slice(0, MAX_COMMANDS)
      .map((command) => ({ ...command, group: 'commands', hit: null }));
    const records = search.answer?.groups.flatMap((group) => group.records) ?? [];
    const found = records.flatMap((record): PaletteOption[] => {
      const hit = record.hits[0];
      if (!hit) return [];
      return [
        {
          id: `record:${record.recordKey}`,
          group: 'notes',
          label: record.title,
          hint: `${KIND_LABELS[record.kind]} · ${hit.engagementName}`,
          hit,
          run: () => openHit(hit),
        },
      ];
    });
    return [...matched, ...found];
  }, [commands, query, search.answer]);
  return { options, searching: search.pending };
}
