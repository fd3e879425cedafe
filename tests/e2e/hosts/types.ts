import type { Page } from '@playwright/test';
import type { MenuAction } from '../../../shared/ipc';

export type HostName = 'electron' | 'chromium';

/** One running copy of the app, whichever host runs it. */
export interface AppHost {
  readonly name: HostName;
  readonly dataDir: string;
  /** Where a save dialog puts files: it answers at once with <exportsDir>/<suggested name>. */
  readonly exportsDir: string;
  /** The app's window. Replaced by restart(). */
  page(): Page;
  /**
   * Quits the app (flushing its writes) and starts it again over the same data folder.
   * `whileQuit` runs in between, with nothing running: a story prepares the folder there
   * (a file another program or a newer Aux Desk wrote) for the start to find.
   */
  restart(whileQuit?: () => void | Promise<void>): Promise<Page>;
  /** Clicks an application-menu item (by its id). */
  menu(action: MenuAction): Promise<void>;
  /** Desktop notifications shown since the host started (over restarts), oldest first. */
  notifications(): Promise<{ title: string; body: string }[]>;
  /** The user clicks the notification at `index` of notifications(). */
  clickNotification(index: number): Promise<void>;
  /** Makes save dialogs answer at once with a file in exportsDir instead of asking. */
  allowSaveDialogs(): Promise<void>;
  /** The plain text the app last put on the clipboard; '' when nothing. */
  clipboardText(): Promise<string>;
  close(): Promise<void>;
}

export type Availability = { ok: true; executablePath: string } | { ok: false; reason: string };
