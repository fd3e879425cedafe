/**
 * The close handshake: before a window closes, main asks the renderer to save what it
 * has pending (event 'lifecycle'), and waits here until the renderer answers
 * app:readyToClose — or until the timeout, so a hung renderer cannot block quitting.
 */
export class CloseGate {
  #waiters: ((answered: boolean) => void)[] = [];

  wait(timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== done);
        resolve(false);
      }, timeoutMs);
      const done = (answered: boolean) => {
        clearTimeout(timer);
        resolve(answered);
      };
      this.#waiters.push(done);
    });
  }

  open(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    waiters.forEach((w) => w(true));
  }
}

/** How long quitting waits for pending writes to reach disk before telling the user what is not saved. */
export const QUIT_SAVE_TIMEOUT_MS = 3000;

/**
 * What the quit dialog says when writes are still failing after the wait: which data, in
 * the user's words, and what it means. Null when everything was saved.
 */
export function unsavedNotice(unsaved: readonly string[]): { message: string; detail: string } | null {
  if (unsaved.length === 0) return null;
  return {
    message: 'Some changes could not be saved',
    detail: `Aux Desk could not write ${unsaved.join(', ')} to the data folder (the disk may be full or read-only). The latest changes to ${unsaved.length === 1 ? 'it' : 'them'} are lost when Aux Desk quits; what was saved before is intact.`,
  };
}
