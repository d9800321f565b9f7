/**
 * One abort signal for a long-running operation that combines the caller's signal with an
 * optional overall timeout.
 * @module
 */
import { TimeoutException } from "../errors.js";

/**
 * Aborts its {@link Deadline.signal} when the caller's signal aborts (with the caller's reason) or
 * when the timeout elapses (with a `TimeoutException`). Call {@link Deadline.dispose} when done.
 */
export class Deadline {
  /** Aborted with the reason the operation should reject with. */
  readonly signal: AbortSignal;
  readonly #controller = new AbortController();
  readonly #timer?: NodeJS.Timeout;
  readonly #outer?: AbortSignal;
  readonly #onOuterAbort = (): void => this.#controller.abort(this.#outer?.reason);

  /** `describe` builds the timeout message when the time is up (so it can report progress). */
  constructor(outer: AbortSignal | undefined, timeoutMs: number | undefined, describe: () => string) {
    this.signal = this.#controller.signal;
    this.#outer = outer;
    if (outer?.aborted) this.#controller.abort(outer.reason);
    else outer?.addEventListener("abort", this.#onOuterAbort, { once: true });
    if (timeoutMs !== undefined && !this.signal.aborted) {
      this.#timer = setTimeout(() => this.#controller.abort(new TimeoutException(describe())), timeoutMs);
    }
  }

  /** Throws the abort reason if the operation must stop. */
  throwIfAborted(): void {
    if (this.signal.aborted) throw this.signal.reason;
  }

  /** Releases the timer and the listener on the caller's signal. */
  dispose(): void {
    clearTimeout(this.#timer);
    this.#outer?.removeEventListener("abort", this.#onOuterAbort);
  }
}

/** Checks an optional timeout argument in milliseconds. */
export function checkTimeout(what: string, timeoutMs: unknown): number | undefined {
  if (timeoutMs === undefined) return undefined;
  if (typeof timeoutMs !== "number" || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError(`${what} must be a positive number of milliseconds`);
  }
  return timeoutMs;
}
