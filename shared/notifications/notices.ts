import { z } from 'zod';
import { addDaysIso } from '../dates';
import type { HomeItem, HomeLink } from '../thisWeek/homeItems';

export interface DesktopNotice {
  /** Shown once per key, ever (the keys shown are kept in notices.json). */
  key: string;
  title: string;
  body: string;
  /** Clicking the notification opens this. */
  engagementId: string;
  link: HomeLink;
}

/** notices.json: which notifications were shown, and when (ISO date-time). */
export const NOTICES_FILE_VERSION = 1;
export const NoticesFileSchema = z
  .object({
    schemaVersion: z.literal(NOTICES_FILE_VERSION),
    shown: z.record(z.string().max(300), z.iso.datetime({ offset: true })),
  })
  .strict();
export type NoticesFile = z.infer<typeof NoticesFileSchema>;

/** How long before a retro's start its notification appears, and how late it still may. */
const RETRO_LEAD_MINUTES = 10;
/**
 * A check-in is announced from its day until this many days later (turning notifications
 * on does not announce years of unticked check-ins; This week still lists them).
 */
const CHECK_IN_NOTICE_DAYS = 28;

function minutesOfDay(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/**
 * The desktop notifications due at `now` (local wall clock `today` and `minutes` since
 * midnight): a weekly retro starting within the next RETRO_LEAD_MINUTES (not once it has
 * begun), and a three-month check-in due today or in the last CHECK_IN_NOTICE_DAYS (until it is marked held). Each
 * only once: `shown` holds the keys already shown.
 */
export function dueNotices(
  items: readonly HomeItem[],
  today: string,
  minutes: number,
  shown: ReadonlySet<string>,
): DesktopNotice[] {
  const notices: DesktopNotice[] = [];
  for (const item of items) {
    if (item.kind === 'retro' && item.date === today && item.time !== undefined && item.link.to === 'section') {
      const start = minutesOfDay(item.time);
      if (minutes >= start - RETRO_LEAD_MINUTES && minutes < start) {
        notices.push({
          key: `retro:${item.engagementId}:${today}`,
          title: `Weekly retro at ${item.time}`,
          body: `${item.engagementName}: score the goals first.`,
          engagementId: item.engagementId,
          link: item.link,
        });
      }
    }
    if (
      item.kind === 'check-in' &&
      item.date !== null &&
      item.date <= today &&
      item.date >= addDaysIso(today, -CHECK_IN_NOTICE_DAYS)
    ) {
      // Keyed by its date: moving the end date schedules (and announces) a new check-in.
      notices.push({
        key: `check-in:${item.engagementId}:${item.date}`,
        title: 'Three-month check-in due',
        body: `${item.engagementName}: did the changes stick?`,
        engagementId: item.engagementId,
        link: item.link,
      });
    }
  }
  return notices.filter((n) => !shown.has(n.key));
}
