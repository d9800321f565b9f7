import { describe, expect, it } from "vitest";
import { HISTORY_SPAN_MS, SampleHistory } from "../../../src/emulator/autoscale/index.js";

describe("SampleHistory", () => {
  it("keeps samples per pool (case-insensitive) and variable, oldest first", () => {
    const history = new SampleHistory();
    history.record("Pool1", 1000, { $PendingTasks: 3, $RunningTasks: 1 });
    history.record("pool1", 31_000, { $PendingTasks: 5, $RunningTasks: 2 });
    history.record("other", 1000, { $PendingTasks: 9 });
    expect(history.samples("POOL1", "$PendingTasks")).toEqual([
      { time: 1000, value: 3 },
      { time: 31_000, value: 5 },
    ]);
    expect(history.samples("pool1", "$RunningTasks").map((s) => s.value)).toEqual([1, 2]);
    expect(history.samples("pool1", "$FailedTasks")).toEqual([]);
    expect(history.samples("nopool", "$PendingTasks")).toEqual([]);
  });

  it("drops samples older than the history span, and a deleted pool's history", () => {
    const history = new SampleHistory();
    history.record("p", 0, { $PendingTasks: 1 });
    history.record("p", 1000, { $PendingTasks: 2 });
    history.record("p", HISTORY_SPAN_MS + 500, { $PendingTasks: 3 });
    expect(history.samples("p", "$PendingTasks").map((s) => s.value)).toEqual([2, 3]);
    expect(history.has("P")).toBe(true);
    history.forget("P");
    expect(history.has("p")).toBe(false);
    expect(history.samples("p", "$PendingTasks")).toEqual([]);
  });
});
