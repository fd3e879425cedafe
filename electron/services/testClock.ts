/**
 * The end-to-end suite pins the app's clock: the story says what instant it is, so nothing it
 * checks depends on the day it runs. Development builds only: a packaged app ignores it.
 */
export const TEST_NOW_ENV = 'AUX_DESK_TEST_NOW';

/** A clock that starts at `start` and runs on from there at the pace of the real one. */
export function clockFrom(start: Date, elapsedMs: () => number = monotonicMs()): () => Date {
  const origin = elapsedMs();
  return () => new Date(start.getTime() + (elapsedMs() - origin));
}

function monotonicMs(): () => number {
  return () => performance.now();
}

/** The pinned clock named by AUX_DESK_TEST_NOW (an ISO instant), or undefined for the real one. */
export function clockFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): (() => Date) | undefined {
  const value = env[TEST_NOW_ENV]?.trim();
  if (isPackaged || !value) return undefined;
  const start = new Date(value);
  if (Number.isNaN(start.getTime())) throw new Error(`${TEST_NOW_ENV} is not an ISO instant: ${value}`);
  return clockFrom(start);
}
