import { app, dialog, type Event } from 'electron';
import { QUIT_SAVE_TIMEOUT_MS, unsavedNotice } from './services/closeGate';
import type { MainServices } from './services/mainServices';

export interface QuitGuard {
  /** Waits (bounded) for the writes in flight and names what could not be saved, once. */
  saveBeforeQuit: () => Promise<void>;
  /** For before-quit and will-quit: holds the quit until the writes are done or told about. */
  holdQuitForWrites: (event: Event) => void;
}

/** Writes are async: quitting waits for them, then tells the user what could not be saved. */
export function createQuitGuard(services: Pick<MainServices, 'flush' | 'flushAndWait' | 'writer'>): QuitGuard {
  let toldUnsaved = false;
  let holding = false;
  const saveBeforeQuit = async (): Promise<void> => {
    const notice = unsavedNotice(await services.flushAndWait(QUIT_SAVE_TIMEOUT_MS));
    if (!notice || toldUnsaved) return;
    toldUnsaved = true;
    await dialog.showMessageBox({ type: 'warning', buttons: ['OK'], ...notice });
  };
  const holdQuitForWrites = (event: Event) => {
    services.flush();
    if (toldUnsaved || services.writer.unsaved().length === 0) return;
    event.preventDefault();
    if (holding) return;
    holding = true;
    void saveBeforeQuit().finally(() => {
      holding = false;
      app.quit();
    });
  };
  return { saveBeforeQuit, holdQuitForWrites };
}
