/**
 * eTags as the service makes them: .NET tick counts (100 ns since 0001-01-01) in upper-case hex,
 * unique and increasing. A tick count needs 60 bits, more than a double holds exactly, so it is kept
 * as two 32-bit halves in plain numbers: BigInt arithmetic cost a handful of allocations per eTag,
 * and a 100-task add makes 100 of them.
 * @module
 */

const TWO_32 = 2 ** 32;
/** .NET ticks at the Unix epoch. */
const EPOCH_TICKS = 621_355_968_000_000_000n;
const EPOCH_HIGH = Number(EPOCH_TICKS / BigInt(TWO_32));
const EPOCH_LOW = Number(EPOCH_TICKS % BigInt(TWO_32));
const TICKS_PER_MS = 10_000;

/** Hands out increasing tick counts, each at least the tick of the given time. */
export class ETagClock {
  #high = 0;
  #low = 0;

  /** The last tick count handed out (0 before the first), for the journal. */
  get lastTicks(): bigint {
    return BigInt(this.#high) * BigInt(TWO_32) + BigInt(this.#low);
  }

  /** Continues after a tick count from the journal. */
  restore(lastTicks: bigint): void {
    this.#high = Number(lastTicks / BigInt(TWO_32));
    this.#low = Number(lastTicks % BigInt(TWO_32));
  }

  /** The next eTag (`0x…`): the ticks of `timeMs`, or one more than the last when that is not later. */
  next(timeMs: number): string {
    const msHigh = Math.floor(timeMs / TWO_32);
    // Below 2^32 × 10,000 + 2^32 + 2^32: exact in a double.
    const lowSum = (timeMs - msHigh * TWO_32) * TICKS_PER_MS + EPOCH_LOW;
    const carry = Math.floor(lowSum / TWO_32);
    let high = msHigh * TICKS_PER_MS + EPOCH_HIGH + carry;
    let low = lowSum - carry * TWO_32;
    if (high < this.#high || (high === this.#high && low <= this.#low)) {
      high = this.#high;
      low = this.#low + 1;
      if (low === TWO_32) {
        high++;
        low = 0;
      }
    }
    this.#high = high;
    this.#low = low;
    return `0x${high.toString(16).toUpperCase()}${low.toString(16).toUpperCase().padStart(8, "0")}`;
  }
}
