import { describe, expect, it } from "vitest";
import { ETagClock } from "../../../src/emulator/store/etag-clock.js";

/** The eTag of a time by BigInt arithmetic: .NET ticks in upper-case hex. */
const reference = (timeMs: number) =>
  `0x${(BigInt(timeMs) * 10_000n + 621_355_968_000_000_000n).toString(16).toUpperCase()}`;

describe("ETagClock", () => {
  it("gives the .NET tick count of each later time, in upper-case hex", () => {
    const clock = new ETagClock();
    let time = Date.UTC(2024, 6, 1);
    for (let i = 0; i < 2_000; i++) {
      // Steps of all sizes, across many carries of the low half.
      time += 1 + ((i * 7_919) % 500_000);
      expect(clock.next(time)).toBe(reference(time));
    }
    expect(clock.next(Date.UTC(2099, 11, 31, 23, 59, 59, 999))).toBe(
      reference(Date.UTC(2099, 11, 31, 23, 59, 59, 999)),
    );
  });

  it("counts up by one tick when the time did not advance, and keeps the order after a clock step back", () => {
    const clock = new ETagClock();
    const time = Date.UTC(2026, 11, 2, 18, 0, 0);
    const first = BigInt(clock.next(time));
    expect(BigInt(clock.next(time))).toBe(first + 1n);
    expect(BigInt(clock.next(time - 60_000))).toBe(first + 2n);
    expect(clock.lastTicks).toBe(first + 2n);
  });

  it("carries into the high half, and continues after a restored tick count", () => {
    const clock = new ETagClock();
    // Later than any real clock: the next eTags must come from it, not from the time.
    const lastTicks = 0x0fff_ffff_ffff_ffffn;
    clock.restore(lastTicks);
    expect(clock.lastTicks).toBe(lastTicks);
    expect(clock.next(Date.now())).toBe("0x1000000000000000");
    expect(clock.lastTicks).toBe(lastTicks + 1n);
  });
});
