import { AppError } from './errors';

/**
 * Refuses to add to a list that already holds `cap` items. The caps are the file schemas'
 * own (MAX_GOALS, MAX_RETROS…): a file past one fails validation on the next start and is
 * quarantined, so accepting one more item would make the whole engagement vanish.
 */
export function ensureRoom(list: readonly unknown[], cap: number, message: string): void {
  if (list.length >= cap) throw new AppError('invalid-payload', message);
}
