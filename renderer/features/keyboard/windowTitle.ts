import { formatDisplayDate } from '../../../shared/dates';
import { SCREENS } from '../../../shared/screens';
import { ENGAGEMENT_SECTIONS, type View } from '../../store/uiSlice';

export const APP_NAME = 'Aux Desk';

/** What a title needs besides the view: the engagement's name and the retro's date, once loaded. */
export interface TitleFacts {
  engagementName: string | null;
  retroDate: string | null;
  /** The part of the screen the focus is in (a retro's note section), if it names one. */
  focusedPart: string | null;
}

/**
 * The window's title, naming the screen, from the most specific part:
 * "Went well — Retro of 11 Feb 2027 · Payments MVP — Aux Desk", "Goals · Payments MVP — Aux Desk",
 * "This week — Aux Desk". Electron's window follows document.title (electron/window.ts does
 * not stop page-title-updated), so the task switcher and screen readers name the screen too.
 */
export function windowTitle(view: View, facts: TitleFacts): string {
  const screen = SCREENS.find((candidate) => candidate.id === view.kind);
  let page: string;
  if (screen) page = screen.title;
  else if (view.kind === 'new') page = 'New engagement';
  else if (view.kind === 'engagement') {
    const section = ENGAGEMENT_SECTIONS.find((candidate) => candidate.id === view.section)?.label ?? 'Engagement';
    page = facts.engagementName ? `${section} · ${facts.engagementName}` : section;
  } else if (view.kind === 'retro') {
    const retro = facts.retroDate ? `Retro of ${formatDisplayDate(facts.retroDate)}` : 'Retro';
    page = facts.engagementName ? `${retro} · ${facts.engagementName}` : retro;
  } else page = APP_NAME;
  const parts = [facts.focusedPart, page === APP_NAME ? null : page, APP_NAME].filter(
    (part): part is string => part !== null && part !== '',
  );
  return parts.join(' — ');
}
