/**
 * Polling until a condition holds, for the steps Batch leaves to the caller (a pool's nodes becoming
 * idle, a resize settling, a deleted pool disappearing).
 * @module
 */
import { setTimeout as sleep } from "node:timers/promises";
import { TimeoutException } from "../../src/index.js";

/** Options of {@link waitUntil}. */
export interface WaitOptions {
  /** Give up after this many milliseconds (default 5 minutes). */
  readonly timeoutMs?: number;
  /** Pause between two checks in milliseconds (default 1 s; a real account warrants more). */
  readonly intervalMs?: number;
}

/**
 * Calls `check` until it returns a value other than `undefined` and resolves to that value.
 * @param what Describes the awaited condition for the timeout message, e.g. `pool 'p1' to be steady`.
 * @throws TimeoutException when the condition does not hold in time.
 */
export async function waitUntil<T>(
  what: string,
  check: () => Promise<T | undefined>,
  options: WaitOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 5 * 60_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result !== undefined) return result;
    if (Date.now() >= deadline)
      throw new TimeoutException(`Gave up waiting for ${what} after ${timeoutMs} ms`);
    await sleep(options.intervalMs ?? 1_000);
  }
}
