import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { INVOKE_CHANNELS, type EventChannel } from '../shared/channels';
import { events, type EventPayloadOf } from '../shared/ipc';
import type { Dispatch } from './services/router';

/**
 * A message is trusted only if it comes from the main frame of our window, loaded from
 * our own origin. A null senderFrame (a navigated-away or destroyed frame) is refused.
 */
function isTrustedSender(event: IpcMainInvokeEvent, isAllowedOrigin: (origin: string) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  try {
    return isAllowedOrigin(new URL(frame.url).origin);
  } catch {
    return false;
  }
}

export function registerIpc(dispatch: Dispatch, isAllowedOrigin: (origin: string) => boolean): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!isTrustedSender(event, isAllowedOrigin)) {
        return { ok: false, error: { code: 'forbidden', message: 'Refused: message from an untrusted frame.' } };
      }
      return dispatch(channel, payload);
    });
  }
}

export function send<E extends EventChannel>(target: WebContents, channel: E, payload: EventPayloadOf<E>): void {
  if (target.isDestroyed()) return;
  target.send(channel, events[channel].parse(payload));
}
