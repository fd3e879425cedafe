import { toIsoDate } from '../../../shared/dates';
import { dueNotices } from '../../../shared/lifecycle/notify';
import { invoke } from '../../api';
import { useAppStore } from '../../store';

const CHECK_EVERY_MS = 60_000;

/**
 * Opt-in desktop notifications (Settings › Engagements): a weekly retro about to start and
 * a three-month check-in due. Checked once a minute while the app runs; each shown once per session.
 */
export function startNotifications(): () => void {
  const shown = new Set<string>();
  const check = async () => {
    if (!useAppStore.getState().settings.notifications) return;
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    const now = new Date();
    const today = toIsoDate(now);
    const items = await invoke('home:week', { today });
    for (const notice of dueNotices(items, today, now.getHours() * 60 + now.getMinutes(), shown)) {
      shown.add(notice.key);
      new Notification(notice.title, { body: notice.body });
    }
  };
  const timer = window.setInterval(() => void check().catch(() => undefined), CHECK_EVERY_MS);
  void check().catch(() => undefined);
  return () => window.clearInterval(timer);
}
