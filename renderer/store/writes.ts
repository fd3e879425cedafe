import { ApiError, messageOf } from '../api';
import type { Toast } from './uiSlice';

type ToastInput = Omit<Toast, 'id' | 'createdAt'>;
type PushToast = (toast: ToastInput) => number;

/**
 * Runs one write to main. Resolves to main's answer, or to null after a toast saying
 * "`failure`: why" (every slice words its failures this way).
 */
export async function attempt<T>(pushToast: PushToast, failure: string, write: () => Promise<T>): Promise<T | null> {
  try {
    return await write();
  } catch (error) {
    pushToast({ tone: 'error', message: `${failure}: ${messageOf(error)}` });
    return null;
  }
}

/** The one shape of an undoable notice: Undo also answers Ctrl/Cmd+Z (see Toasts.tsx). */
export function undoToast(message: string, undo: () => unknown): ToastInput {
  return { tone: 'info', message, action: { label: 'Undo', run: () => void undo() } };
}

export interface RemoveSpec<T, R> {
  /** The delete, answering with what went (and where, so the restore can put it back). */
  remove: () => Promise<T>;
  /** "Could not delete the goal", and so on. */
  failure: string;
  /** Shows it gone once main has deleted it. */
  removed: (gone: T) => void | Promise<void>;
  message: (gone: T) => string;
  restore: (gone: T) => Promise<R>;
  restoreFailure: string;
  /** Shows it back once main has restored it. */
  restored: (back: R) => void | Promise<void>;
}

/** Delete, show it gone and offer Undo, which restores it: the same steps for every kind of record. */
export async function removeWithUndo<T, R>(pushToast: PushToast, spec: RemoveSpec<T, R>): Promise<void> {
  const gone = await attempt(pushToast, spec.failure, spec.remove);
  if (gone === null) return;
  await spec.removed(gone);
  pushToast(
    undoToast(spec.message(gone), async () => {
      const back = await attempt(pushToast, spec.restoreFailure, () => spec.restore(gone));
      if (back !== null) await spec.restored(back);
    }),
  );
}

/** The list with `item` in place of the one with its id, or added at the end. */
export function upsert<T extends { id: string }>(list: readonly T[], item: T): T[] {
  return list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];
}

/** A form's save: main's answer, or messages keyed by the form's fields (`_` for the rest). */
export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/**
 * Runs a form's write. A refusal with field errors comes back keyed as the form's fields:
 * `field` maps main's path (the contract may nest the input, "ritual.name") to the form's.
 */
export async function formSave<T>(
  write: () => Promise<T>,
  field: (path: string) => string = (path) => path,
): Promise<FormResult<T>> {
  try {
    return { ok: true, value: await write() };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'invalid-payload' && Object.keys(error.fieldErrors).length > 0) {
      return {
        ok: false,
        errors: Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [field(k), v])),
      };
    }
    return { ok: false, errors: { _: messageOf(error) } };
  }
}
