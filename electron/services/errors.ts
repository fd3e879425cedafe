import type { IpcErrorCode } from '../../shared/ipc';

/** An error meant for the user: its message is shown as it is. */
export class AppError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
