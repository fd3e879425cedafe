import { z } from 'zod';
import { isInvokeChannel, type InvokeChannel } from '../../shared/channels';
import { contract, fieldErrorsOf, type IpcResult, type ParsedRequestOf, type ResponseOf } from '../../shared/ipc';
import { AppError } from './errors';
import { findNotPlain } from './plainData';

export type Handlers = {
  [C in InvokeChannel]: (request: ParsedRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
};

/**
 * One service's part of the table: the handlers of the channels named `${prefix}:…`. Each
 * service exports its part beside itself; mainServices.ts merges them `satisfies Handlers`.
 */
export type HandlersFor<P extends string> = Pick<Handlers, Extract<InvokeChannel, `${P}:${string}`>>;

export type Dispatch = (channel: unknown, payload: unknown) => Promise<IpcResult<unknown>>;

/**
 * The one place a request from the renderer enters the main process: unknown channels,
 * payloads that are not plain data and invalid payloads are refused with a typed error
 * before any handler runs, so a bad payload changes nothing. Both hosts (Electron's ipcMain and the e2e bridge) call this.
 */
export function createRouter(handlers: Handlers, log: (message: string, error: unknown) => void): Dispatch {
  return async (channel, payload) => {
    if (!isInvokeChannel(channel)) {
      return { ok: false, error: { code: 'unknown-channel', message: `Unknown channel: ${String(channel)}` } };
    }
    const notPlain = findNotPlain(payload);
    if (notPlain) {
      return {
        ok: false,
        error: {
          code: 'invalid-payload',
          message: 'Some fields need attention.',
          fieldErrors: { [notPlain.path.map(String).join('.') || '_']: notPlain.message },
        },
      };
    }
    const parsed = (contract[channel].request as z.ZodType).safeParse(payload);
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'invalid-payload',
          message: 'Some fields need attention.',
          fieldErrors: fieldErrorsOf(parsed.error),
        },
      };
    }
    try {
      const handler = handlers[channel] as (request: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
      log(`IPC handler for ${channel} failed`, error);
      return {
        ok: false,
        error: {
          code: 'internal',
          message: `Something went wrong while handling ${channel}: ${error instanceof Error ? error.message : String(error)}`,
        },
      };
    }
  };
}
