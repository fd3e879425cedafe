import type { HomeItem } from './home';

export interface DesktopNotice {
  /** Shown once per key. */
  key: string;
  title: string;
  body: string;
}

/** How long before a retro's start its notification appears, and how late it still may. */
export const RETRO_LEAD_MINUTES = 10;

function minutesOfDay(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/**
 * The desktop notifications due at `now` (local wall clock `today` and `minutes` since
 * midnight): a weekly retro starting within the next RETRO_LEAD_MINUTES (not once it has
 * begun), and a three-month check-in due today or overdue. Each only once (`shown`).
 */
export function dueNotices(items: readonly HomeItem[], today: string, minutes: number, shown: ReadonlySet<string>): DesktopNotice[] {
  const notices: DesktopNotice[] = [];
  for (const item of items) {
    if (item.kind === 'retro' && item.date === today && item.time !== undefined && item.link.to === 'section') {
      const start = minutesOfDay(item.time);
      if (minutes >= start - RETRO_LEAD_MINUTES && minutes < start) {
        notices.push({ key: `retro:${item.engagementId}:${today}`, title: `Weekly retro at ${item.time}`, body: `${item.engagementName}: score the goals first.` });
      }
    }
    if (item.kind === 'check-in' && item.date !== null && item.date <= today) {
      notices.push({ key: `check-in:${item.engagementId}`, title: 'Three-month check-in due', body: `${item.engagementName}: did the changes stick?` });
    }
  }
  return notices.filter((n) => !shown.has(n.key));
}
