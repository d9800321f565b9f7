/**
 * Packing tasks into add-collection requests: at most 100 tasks and at most a byte budget per body.
 * @module
 */

/** The service accepts at most this many tasks in one add-collection request. */
export const MAX_TASKS_PER_REQUEST = 100;

/**
 * Body budget per request. The service rejects bodies over 1 MB (`RequestBodyTooLarge`); staying a
 * little below 1,048,576 bytes leaves room for serialization differences.
 */
export const MAX_REQUEST_BODY_BYTES = 1_000_000;

/** Bytes of `{"value":[]}` around the tasks. */
export const ENVELOPE_BYTES = Buffer.byteLength('{"value":[]}');

/** Anything with a known serialized size in bytes. */
export interface Sized {
  /** UTF-8 length of the item's JSON. */
  readonly bytes: number;
}

/** UTF-8 length of a value's JSON. */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value));
}

/**
 * Items waiting to be packed into requests, front first. Taking from the front moves a start index
 * rather than the items (with `splice`, every request of a 20,000-task call shifted all the rest).
 */
export class ChunkQueue<T extends Sized> {
  #items: T[];
  #start = 0;

  constructor(items: readonly T[]) {
    this.#items = [...items];
  }

  /** Items waiting. */
  get length(): number {
    return this.#items.length - this.#start;
  }

  /**
   * Removes and returns the next request's worth of items: as many as fit both limits, in order, and
   * always at least one when any wait (callers reject items that can never fit).
   */
  take(maxTasks = MAX_TASKS_PER_REQUEST, maxBytes = MAX_REQUEST_BODY_BYTES): T[] {
    const items = this.#items;
    const start = this.#start;
    let count = 0;
    let bytes = ENVELOPE_BYTES;
    while (start + count < items.length && count < maxTasks) {
      const next = items[start + count].bytes + (count > 0 ? 1 : 0); // a comma separates items
      if (count > 0 && bytes + next > maxBytes) break;
      bytes += next;
      count++;
    }
    this.#start += count;
    return items.slice(start, start + count);
  }

  /** Puts items back at the front, in the given order (they go out before everything waiting). */
  putBack(front: readonly T[]): void {
    this.#items = [...front, ...this.#items.slice(this.#start)];
    this.#start = 0;
  }
}

/** Splits a chunk the service found too large into two halves (first half first). */
export function splitChunk<T>(chunk: readonly T[]): [T[], T[]] {
  const middle = Math.ceil(chunk.length / 2);
  return [chunk.slice(0, middle), chunk.slice(middle)];
}
