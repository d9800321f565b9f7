/** The project's one ISO-8601 duration parser, and its two users agreeing with it. */
import { describe, expect, it } from "vitest";
import { isDuration } from "../../../src/emulator/validation/formats.js";
import { durationFromWire } from "../../../src/objectmodel/runtime/durations.js";
import { MAX_DURATION_MS, parseDuration } from "../../../src/protocol/durations.js";

const DAY = 86_400_000;

describe("parseDuration", () => {
  it.each([
    ["PT0S", 0],
    ["PT5M", 300_000],
    ["P1DT2H3M4.5S", DAY + 7_200_000 + 180_000 + 4_500],
    ["P1W", 7 * DAY],
    ["P1Y2M", 365 * DAY + 60 * DAY],
    ["-PT1S", -1000],
    ["P10675199DT2H48M5.4775807S", MAX_DURATION_MS],
  ])("reads %s as %d ms", (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(["", "P", "PT", "-P", "5M", "PT5", "P1H", "pt5m", "P1.5D", "PT1.5H", " PT5M"])(
    "refuses %j",
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );

  it("refuses what is not a string", () => {
    for (const value of [undefined, null, 5, {}]) expect(parseDuration(value)).toBeUndefined();
  });

  it("is what the local service's validation and the object model's conversion both accept", () => {
    for (const text of ["PT5M", "P1W", "P1Y", "-PT1S", "P1.5D", "PT1.5H", "PT", "P1H"]) {
      const ms = parseDuration(text);
      expect(isDuration(text)).toBe(ms !== undefined);
      if (ms === undefined) expect(() => durationFromWire(text)).toThrow(RangeError);
      else expect(durationFromWire(text)).toBe(ms);
    }
  });
});
