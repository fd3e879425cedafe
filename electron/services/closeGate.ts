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
