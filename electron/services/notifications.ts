import { subDays } from 'date-fns';
import { localDateOf } from '../../shared/dates';
import type { HomeLink } from '../../shared/thisWeek/homeItems';
import {
  dueNotices,
  NOTICES_FILE_VERSION,
  NoticesFileSchema,
  type DesktopNotice,
  type NoticesFile,
} from '../../shared/notifications/notices';
import { migrateSimpleFile } from '../../shared/model/migrations';
import { StoreDocument, type StoreDocumentDeps } from './documents';
import type { LifecycleService } from './lifecycle';
import type { SettingsService } from './settings';
import type { WriteQueue } from './writeQueue';

/** The operating system's notifications: Electron's Notification; tests record. */
export interface NotifyPlatform {
  /** Shows a desktop notification (false: this system cannot); `onClick` runs when the user clicks it. */
  notify(notice: { title: string; body: string }, onClick: () => void): boolean;
}

export interface NotificationDeps extends StoreDocumentDeps {
  queue: WriteQueue;
  settings: SettingsService;
  lifecycle: LifecycleService;
  platform: NotifyPlatform;
  /** A click on a notification: show this in the window. */
  open: (target: { engagementId: string; link: HomeLink }) => void;
  log: (message: string, error: unknown) => void;
}

export const NOTICES_NAME = 'notices';
/** How often the clock is checked while the app runs. */
export const CHECK_EVERY_MS = 60_000;
/**
 * Shown keys older than this are forgotten: by then nothing they name can be due again (a
 * retro is keyed by its day; a check-in by its date, and announced for 28 days only).
 */
const KEEP_DAYS = 400;

/**
 * Opt-in desktop notifications (Settings › General): a weekly retro about to start
 * and a three-month check-in due. Runs in the main process, so a notification appears
 * whichever screen is open, and each is shown once — across restarts too: the keys shown
 * are kept in notices.json.
 */
export class NotificationService {
  readonly #deps: NotificationDeps;
  readonly #doc: StoreDocument<NoticesFile>;
  #timer: ReturnType<typeof setInterval> | null = null;
  #first: ReturnType<typeof setTimeout> | null = null;

  constructor(deps: NotificationDeps) {
    this.#deps = deps;
    this.#doc = new StoreDocument(deps, {
      name: NOTICES_NAME,
      schema: NoticesFileSchema,
      migrate: (d) => migrateSimpleFile(d, NOTICES_FILE_VERSION),
      fallback: { schemaVersion: NOTICES_FILE_VERSION, shown: {} },
      coalesce: { queue: deps.queue, key: NOTICES_NAME },
    });
  }

  load(): void {
    this.#doc.open();
  }

  /** Shows what is due now and not shown before (nothing when notifications are off); returns it. */
  check(): DesktopNotice[] {
    if (!this.#deps.settings.get().notifications) return [];
    // A file from a newer version cannot record what was shown: stay quiet rather than repeat.
    if (!this.#doc.writable) return [];
    const now = this.#deps.now();
    const today = localDateOf(now);
    const shown = this.#doc.doc.shown;
    const due = dueNotices(
      this.#deps.lifecycle.thisWeek(today),
      today,
      now.getHours() * 60 + now.getMinutes(),
      new Set(Object.keys(shown)),
    );
    if (due.length === 0) return [];

    // Only what was shown is recorded: a system without notifications gets them once it has them.
    const shownNow = due.filter((notice) =>
      this.#deps.platform.notify({ title: notice.title, body: notice.body }, () =>
        this.#deps.open({ engagementId: notice.engagementId, link: notice.link }),
      ),
    );
    if (shownNow.length === 0) return [];
    const since = subDays(now, KEEP_DAYS).toISOString();
    const kept = Object.entries(shown).filter(([, at]) => at >= since);
    const added = shownNow.map((n): [string, string] => [n.key, now.toISOString()]);
    this.#doc.write({ ...this.#doc.doc, shown: Object.fromEntries([...kept, ...added]) });
    return shownNow;
  }

  /** check(), with a failure only logged: the clock checks again a minute later. */
  checkQuietly(): void {
    try {
      this.check();
    } catch (error) {
      this.#deps.log('Checking for notifications failed', error);
    }
  }

  /** Checks shortly after start-up, then every minute, until stop(). */
  start(firstCheckMs = 2_000, everyMs = CHECK_EVERY_MS): void {
    this.stop();
    const run = () => this.checkQuietly();
    this.#first = setTimeout(run, firstCheckMs);
    this.#timer = setInterval(run, everyMs);
    this.#first.unref();
    this.#timer.unref();
  }

  stop(): void {
    if (this.#first) clearTimeout(this.#first);
    if (this.#timer) clearInterval(this.#timer);
    this.#first = null;
    this.#timer = null;
  }
}
