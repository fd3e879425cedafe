import { resolveWeekOwner } from '../../../shared/planner/owner';
import { SCREENS } from '../../../shared/screens';
import type { HomeItem } from '../../../shared/thisWeek/homeItems';
import type { EngagementSummary } from '../../../shared/model/engagement';
import type { TeamStatus } from '../../../shared/ipc/team';
import { useAppStore } from '../../store';
import { openThisWeeksRetro } from '../retro/thisWeeksRetro';
import { presentRetro } from '../retro/presenter/presentRetro';
import { teamCommands } from '../team/teamCommands';
import type { AppState } from '../../store';

/** One thing the palette can do: go somewhere or run an action. */
export interface Command {
  id: string;
  label: string;
  /** Shown after the label, dimmed: where it goes, what it acts on. */
  hint: string;
  /** More words it is found by. */
  keywords: string;
  run: () => Promise<void> | void;
}

const store = (): AppState => useAppStore.getState();

/** This week's first item of a kind, as "This week" lists it (today first, then due, upcoming). */
async function thisWeeksItem(today: string, kind: HomeItem['kind']): Promise<HomeItem | undefined> {
  await store().loadHome(today);
  const items = store().home?.items ?? [];
  return items.find((item) => item.kind === kind);
}

async function openThisWeeks(today: string, kind: HomeItem['kind'], otherwise: () => void): Promise<void> {
  const item = await thisWeeksItem(today, kind);
  if (item) await store().openItem(item.engagementId, item.link);
  else otherwise();
}

/** The engagement in view, else the first active one, else the first in the list. */
function currentEngagementId(): string | null {
  const { view, summaries } = store();
  if (view.kind === 'engagement') return view.id;
  if (view.kind === 'retro') return view.engagementId;
  return (summaries.find((s) => s.status === 'active') ?? summaries[0])?.id ?? null;
}

async function emailLastRetro(today: string): Promise<void> {
  const engagementId = currentEngagementId();
  if (engagementId === null) {
    store().pushToast({ tone: 'info', message: 'There is no engagement yet, so no retro to email.' });
    return;
  }
  await store().load('retro', engagementId);
  const retros = store().dataOf('retro', engagementId)?.retros ?? [];
  const last = retros
    .filter((r) => r.deletedAt === null && r.date <= today)
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!last) {
    store().pushToast({ tone: 'info', message: 'This engagement has no retro up to today to email.' });
    return;
  }
  await store().openEngagement(engagementId);
  store().navigate({ kind: 'retro', engagementId, retroId: last.id, compose: true });
}

function actions(today: string): Command[] {
  return [
    {
      id: 'action:start-retro',
      label: 'Start this week’s retro',
      hint: 'Action',
      keywords: 'retro weekly open run',
      run: () => openThisWeeksRetro(today),
    },
    {
      id: 'action:plan-week',
      label: 'Plan this week',
      hint: 'Action',
      keywords: 'planner pairing days 20%',
      run: () => openThisWeeks(today, 'plan', () => store().navigate({ kind: 'planner' })),
    },
    {
      id: 'action:export-week',
      label: 'Export this week to a calendar (.ics)',
      hint: 'Action',
      keywords: 'calendar ics ical outlook google export planner',
      // The week the planner shows, for whoever owns it there (an engagement, or plain weeks).
      // Two engagements share the week and none is chosen: the planner asks which one.
      run: () => {
        const { summaries, plannerWeek, plannerChoice } = store();
        const owner = resolveWeekOwner(summaries, plannerWeek, plannerChoice);
        if (owner.kind === 'choose') {
          store().navigate({ kind: 'planner' });
          store().pushToast({ tone: 'info', message: 'Choose the engagement this week belongs to, then export.' });
          return;
        }
        return store().exportPlannerWeek(owner, plannerWeek);
      },
    },
    {
      id: 'action:present-retro',
      label: 'Present the retro',
      hint: 'Action · Ctrl/Cmd+Shift+F',
      keywords: 'presenter projector room timer full screen',
      // The retro on screen, else this week's retro opened (or started) first.
      run: () => presentRetro(today),
    },
    {
      id: 'action:email-retro',
      label: 'Email the last retro’s notes',
      hint: 'Action',
      keywords: 'mail send notes attendees',
      run: () => emailLastRetro(today),
    },
    {
      id: 'action:shortcuts',
      label: 'Keyboard shortcuts',
      hint: 'Help',
      keywords: 'keys help keyboard cheat sheet',
      run: () => store().setShortcutsOpen(true),
    },
    {
      id: 'action:new',
      label: 'New engagement',
      hint: 'Action',
      keywords: 'create add',
      run: () => store().startNew(),
    },
  ];
}

/** Everything the palette offers now: actions (the team's when there is a workspace), screens, then every engagement. */
export function paletteCommands(
  summaries: readonly EngagementSummary[],
  today: string,
  team: Pick<TeamStatus, 'state' | 'conflicts'> = { state: 'none', conflicts: 0 },
): Command[] {
  const screens = SCREENS.map((screen): Command => ({
    id: `screen:${screen.id}`,
    label: screen.id === 'settings' ? 'Open settings' : `Go to ${screen.title}`,
    hint: 'Screen',
    keywords: screen.menuTitle,
    run: () => store().navigate({ kind: screen.id }),
  }));
  const engagements = summaries.map((summary): Command => ({
    id: `engagement:${summary.id}`,
    label: summary.name,
    hint: `Engagement · ${summary.hostTeam}`,
    keywords: `engagement open ${summary.hostTeam}`,
    run: async () => {
      await store().openEngagement(summary.id);
      if (store().engagements[summary.id])
        store().navigate({ kind: 'engagement', id: summary.id, section: 'overview' });
    },
  }));
  return [...actions(today), ...teamCommands(team), ...screens, ...engagements];
}
