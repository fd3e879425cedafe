import type { EventChannel, InvokeChannel } from '../shared/channels';
import type { EventPayloadOf, IpcError, IpcErrorCode, IpcResult, RequestOf, ResponseOf } from '../shared/ipc';

/** An error from the main process, in words the user can act on. */
export class ApiError extends Error {
  readonly code: IpcErrorCode;
  readonly fieldErrors: Record<string, string>;

  constructor(error: IpcError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.fieldErrors = error.fieldErrors ?? {};
  }
}

function bridge(): AuxDeskBridge {
  if (typeof window === 'undefined' || !('api' in window)) {
    throw new Error('Aux Desk must run inside its app window (the preload bridge is missing).');
  }
  return window.api;
}

/** The only door from the UI to the main process. */
export async function invoke<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = (await bridge().invoke(channel, request)) as IpcResult<ResponseOf<C>>;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

export function on<E extends EventChannel>(channel: E, listener: (payload: EventPayloadOf<E>) => void): () => void {
  return bridge().on(channel, (payload) => listener(payload as EventPayloadOf<E>));
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
