import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AutoScaleFormulaError,
  checkAutoScaleFormula,
  evaluateAutoScale,
  parseFormula,
  type AutoScaleContext,
  type Sample,
} from "../../../src/emulator/autoscale/index.js";
import { recordingsDir } from "../../support/shared.js";

const now = new Date("2024-03-06T10:00:00Z"); // a Wednesday
const SECOND = 1000;

/** 20 samples of $PendingTasks, one every 30 s, newest 10 and rising by one into the past. */
const pending: Sample[] = Array.from({ length: 20 }, (_, i) => ({
  time: now.getTime() - i * 30 * SECOND,
  value: 10 + i,
}));

function context(over: Partial<AutoScaleContext> = {}): AutoScaleContext {
  return {
    now,
    current: {
      targetDedicatedNodes: 2,
      targetLowPriorityNodes: 0,
      currentDedicatedNodes: 2,
      taskSlotsPerNode: 4,
    },
    samples: (name) =>
      name === "$PendingTasks" ? pending : name === "$CPUPercent" ? [{ time: now, value: 42 }] : [],
    random: () => 0.25,
    ...over,
  };
}

/** The value a formula leaves in `$out`. */
function out(formula: string): string | undefined {
  const run = evaluateAutoScale(`${formula}; $out = $r`, context());
  expect(run.error).toBeUndefined();
  return run.results.find((r) => r.name === "$out")?.value;
}

function errorOf(formula: string, ctx = context()) {
  return evaluateAutoScale(formula, ctx).error;
}

describe.skipIf(!recordingsDir)("the recorded evaluations of the real service", () => {
  const load = (file: string) => {
    const recording = JSON.parse(readFileSync(join(recordingsDir!, "autoscale_operations", file), "utf8"));
    const [entry] = recording.Entries;
    return { formula: entry.RequestBody.autoScaleFormula as string, response: entry.ResponseBody };
  };

  it("reproduces a successful run's results", () => {
    const { formula, response } = load("recording_should_evaluate_pool_autoscale_successfully.json");
    const run = evaluateAutoScale(
      formula,
      context({ current: { targetDedicatedNodes: 0, targetLowPriorityNodes: 0 } }),
    );
    expect(run.resultsText).toBe(response.results);
    expect(run.error).toBeUndefined();
    expect(run.targets).toEqual({
      targetDedicatedNodes: 3,
      targetLowPriorityNodes: 0,
      nodeDeallocationOption: "requeue",
    });
  });

  it("reproduces a failed run's results and error", () => {
    const { formula, response } = load("recording_should_fail_to_evaluate_invalid_autoscale_formula.json");
    const run = evaluateAutoScale(formula, context());
    expect(run.resultsText).toBe(response.results);
    expect(run.error).toEqual(response.error);
    expect(run.targets.targetDedicatedNodes).toBe(2);
  });
});

describe("expressions", () => {
  it.each([
    ["$r = 1 + 2 * 3", "7"],
    ["$r = (1 + 2) * 3", "9"],
    ["$r = 7 / 2", "3.5"],
    ["$r = 10 - 4 - 3", "3"],
    ["$r = -2 * -3", "6"],
    ["$r = 1.5e2", "150"],
    ["$r = .5 + 1.", "1.5"],
    ["$r = 2 > 1", "1"],
    ["$r = 2 <= 1", "0"],
    ["$r = 2 == 2.0", "1"],
    ["$r = 2 != 2", "0"],
    ["$r = 1 && 0", "0"],
    ["$r = 1 || 0", "1"],
    ["$r = !0", "1"],
    ["$r = !5", "0"],
    ["$r = 1 < 2 && 3 > 2 || 0", "1"],
    ["$r = 0 ? 10 : 20", "20"],
    ["$r = 1 ? 0 ? 1 : 2 : 3", "2"],
    ["$r = 1 + 1 > 1 ? 5 : 6", "5"],
    ["$r = \"a\" + 'b'", "ab"],
    ['$r = "Requeue" == requeue', "1"],
    ["$x = 3; $y = $x * 2; $r = $y + $x", "9"],
    ["$r = 0 || 1 / 0", "1"],
    ["$r = 5 * TimeInterval_Minute", "00:05:00"],
    ["$r = TimeInterval_Hour * 1.5 + TimeInterval_Second", "01:30:01"],
    ["$r = TimeInterval_Week / 7", "1.00:00:00"],
    ["$r = TimeInterval_Day / TimeInterval_Hour", "24"],
    ["$r = TimeInterval_Zero - TimeInterval_Millisecond", "-00:00:00.0010000"],
    ["$r = timeinterval_minute > TimeInterval_Second", "1"],
    ["$r = time() - TimeInterval_Day", "2024-03-05T10:00:00.000Z"],
    ['$r = time() - time("2024-03-06T09:00:00Z")', "01:00:00"],
    ['$r = time("2024-03-06T09:00:00Z") < time()', "1"],
    ["$t = time(); $r = $t.hour * 100 + $t.minute", "1000"],
    ["$t = time(); $r = $t.weekday", "3"],
    ['$t = time("2024-12-31T23:59:58Z"); $r = $t.year + $t.month + $t.day + $t.second', "2024+12+31+58"],
    ["$r = $CurrentDedicatedNodes + $TaskSlotsPerNode + $CurrentLowPriorityNodes", "6"],
    ["$r = $TargetDedicatedNodes", "2"],
    ["// comment\n$r = 1; /* block ; comment */ $r = $r + 1", "2"],
  ])("%s → %s", (formula, expected) => {
    const [, sum] = expected.match(/^(\d+(?:\+\d+)+)$/) ?? [];
    expect(out(formula)).toBe(sum ? String(sum.split("+").reduce((a, b) => a + Number(b), 0)) : expected);
  });
});

describe("functions", () => {
  it.each([
    ["$r = avg(1, 2, 3)", "2"],
    ["$r = avg($PendingTasks.GetSample(3))", "11"],
    ["$r = sum(1, 2, 3, $PendingTasks.GetSample(2))", "27"],
    ["$r = len(1, $PendingTasks.GetSample(4))", "5"],
    ["$r = max(1, 7, 3)", "7"],
    ["$r = min($PendingTasks.GetSample(5), 9)", "9"],
    ["$r = range(4, 1, 9)", "8"],
    ["$r = std(2, 4, 4, 4, 5, 5, 7, 9)", String(Math.sqrt(32 / 7))],
    ["$r = std(5)", "0"],
    ["$r = norm(3, 4)", "5"],
    ["$r = lg(8)", "3"],
    ["$r = ln(1)", "0"],
    ["$r = log(1000)", "3"],
    ["$r = ceil(1.2) + floor(1.8) + round(2.5)", "5"],
    ["$r = round(3.5) + round(-2.5) + round(1.4)", "3"],
    ["$r = percentile($PendingTasks.GetSample(5), 50)", "12"],
    ["$r = percentile($PendingTasks.GetSample(4), 50)", "11.5"],
    ["$r = percentile($PendingTasks.GetSample(5), 100)", "14"],
    ["$r = val($PendingTasks.GetSample(3), 2)", "12"],
    ["$r = rand()", "0.25"],
    ["$r = $PendingTasks.GetSample(2) * 2", "[20,22]"],
    ["$r = 1 + $PendingTasks.GetSample(2)", "[11,12]"],
    ["$r = $PendingTasks.GetSample(2) - $PendingTasks.GetSample(2)", "[0,0]"],
    ["$r = -$PendingTasks.GetSample(2)", "[-10,-11]"],
    ["$r = lg($PendingTasks.GetSample(1) - 2)", "[3]"],
    ["$r = MAX(1, 2)", "2"],
  ])("%s → %s", (formula, expected) => {
    expect(out(formula)).toBe(expected);
  });

  it("stop() ends the formula and keeps what ran", () => {
    const run = evaluateAutoScale("$TargetDedicatedNodes = 5; stop(); $TargetDedicatedNodes = 9", context());
    expect(run.error).toBeUndefined();
    expect(run.targets.targetDedicatedNodes).toBe(5);
  });
});

describe("sampled system variables", () => {
  it.each([
    ["$r = $PendingTasks.Count()", "20"],
    ["$r = $PendingTasks.GetSamplePeriod()", "00:00:30"],
    ["$r = $PendingTasks.HistoryBeginTime()", "2024-03-06T09:50:30.000Z"],
    ["$r = len($PendingTasks.GetSample(100))", "20"],
    ["$r = len($PendingTasks.GetSample(TimeInterval_Minute * 5))", "11"],
    ["$r = len($PendingTasks.GetSample(TimeInterval_Minute * 5, TimeInterval_Minute))", "9"],
    ["$r = len($PendingTasks.GetSample(TimeInterval_Minute * 5, TimeInterval_Minute, 80))", "9"],
    ["$r = len($PendingTasks.GetSample(TimeInterval_Minute * 20, 50))", "20"],
    ["$r = $PendingTasks.GetSamplePercent(TimeInterval_Minute * 20)", "50"],
    ["$r = $PendingTasks.GetSamplePercent(TimeInterval_Minute * 10, TimeInterval_Minute * 5)", "100"],
    ["$r = $PendingTasks.getsamplepercent(TimeInterval_Minute * 5)", "100"],
    ["$r = $CPUPercent.GetSample(1)", "[42]"],
    ["$r = $PendingTasks", "10"],
    ["$r = $PendingTasks + 1", "11"],
    ["$r = $FailedTasks.Count()", "0"],
    ["$r = $SucceededTasks.GetSamplePercent(TimeInterval_Minute)", "0"],
  ])("%s → %s", (formula, expected) => {
    expect(out(formula)).toBe(expected);
  });

  it("reads samples given in any order, with Date or number times", () => {
    const run = evaluateAutoScale(
      "$r = val($ActiveTasks.GetSample(2), 0)",
      context({
        samples: () => [
          { time: new Date(now.getTime() - 60 * SECOND), value: 1 },
          { time: now.getTime(), value: 3 },
          { time: now.getTime() - 30 * SECOND, value: 2 },
        ],
      }),
    );
    expect(run.results.find((r) => r.name === "$r")?.value).toBe("3");
  });
});

describe("results", () => {
  it("lists the system variables first, then the formula's own in name order", () => {
    const run = evaluateAutoScale(
      '$zeta = 1; $TargetLowPriorityNodes = 4; $alpha = "x"; $Beta = 2; $NodeDeallocationOption = taskcompletion',
      context(),
    );
    expect(run.resultsText).toBe(
      "$TargetDedicatedNodes=2;$TargetLowPriorityNodes=4;$NodeDeallocationOption=taskcompletion;$alpha=x;$Beta=2;$zeta=1",
    );
    expect(run.targets).toEqual({
      targetDedicatedNodes: 2,
      targetLowPriorityNodes: 4,
      nodeDeallocationOption: "taskcompletion",
    });
  });

  it("keeps the pool's deallocation option and truncates fractional targets", () => {
    const run = evaluateAutoScale(
      "$TargetDedicatedNodes = 7 / 2",
      context({
        current: { targetDedicatedNodes: 1, targetLowPriorityNodes: 1, nodeDeallocationOption: "terminate" },
      }),
    );
    expect(run.resultsText).toBe(
      "$TargetDedicatedNodes=3.5;$TargetLowPriorityNodes=1;$NodeDeallocationOption=terminate",
    );
    expect(run.targets.targetDedicatedNodes).toBe(3);
  });

  it("accepts the earlier target names", () => {
    const run = evaluateAutoScale(
      "$TargetDedicated = 1; $TargetLowPriority = $TargetDedicated + 1",
      context(),
    );
    expect(run.resultsText).toBe(
      "$TargetDedicatedNodes=1;$TargetLowPriorityNodes=2;$NodeDeallocationOption=requeue",
    );
  });

  it("follows pending tasks with a typical formula", () => {
    const formula = `
      // scale to the pending work, at most 25 nodes
      $percent = $PendingTasks.GetSamplePercent(TimeInterval_Minute * 5);
      $tasks = $percent < 70 ? max(0, $PendingTasks.GetSample(1)) :
               max($PendingTasks.GetSample(1), avg($PendingTasks.GetSample(TimeInterval_Minute * 5)));
      $wanted = $tasks > 0 ? $tasks : max(0, $TargetDedicatedNodes / 2);
      $TargetDedicatedNodes = max(0, min($wanted, 25));
      $NodeDeallocationOption = taskcompletion;`;
    const run = evaluateAutoScale(formula, context());
    expect(run.error).toBeUndefined();
    expect(run.targets).toEqual({
      targetDedicatedNodes: 15,
      targetLowPriorityNodes: 0,
      nodeDeallocationOption: "taskcompletion",
    });
  });

  it("accepts user variables named without $, and lists them in the results", () => {
    const formula = `
      startingNumberOfVMs = 1;
      maxNumberofVMs = 12;
      pendingTaskSamplePercent = $PendingTasks.GetSamplePercent(180 * TimeInterval_Second);
      pendingTaskSamples = pendingTaskSamplePercent < 70 ? startingNumberOfVMs :
        avg($PendingTasks.GetSample(180 * TimeInterval_Second));
      $TargetDedicatedNodes = min(maxNumberofVMs, pendingTaskSamples);
      $NodeDeallocationOption = taskcompletion;`;
    const run = evaluateAutoScale(formula, context());
    expect(run.error).toBeUndefined();
    expect(run.targets.targetDedicatedNodes).toBe(12);
    expect(run.resultsText).toBe(
      "$TargetDedicatedNodes=12;$TargetLowPriorityNodes=0;$NodeDeallocationOption=taskcompletion;" +
        "maxNumberofVMs=12;pendingTaskSamplePercent=100;pendingTaskSamples=13;startingNumberOfVMs=1",
    );
    expect(errorOf("x = 1; $TargetDedicatedNodes = y")?.values[0].value).toBe(
      "Line 1, Col 32: Undefined symbol: y",
    );
  });
});

describe("errors", () => {
  it.each([
    ["$x = 1 +", "Line 1, Col 9: Unexpected end of formula"],
    ["$x = 1\n$y = 2", "Line 2, Col 1: Expected ';' but found '$y'"],
    ["$x = (1 + 2", "Line 1, Col 12: Expected ')' but found end of formula"],
    ["x = 1 = 2", "Line 1, Col 7: Expected ';' but found '='"],
    ["$x = 1 # 2", "Line 1, Col 8: Unexpected character '#'"],
    ['$x = "open', "Line 1, Col 6: Unterminated string literal"],
    ["$x = 1; /* open", "Line 1, Col 9: Unterminated comment"],
    ["$ = 1", "Line 1, Col 1: Expected a variable name after '$'"],
    ["$x = max(1,)", "Line 1, Col 12: Unexpected ')'"],
    ["$x = 1 ? 2", "Line 1, Col 11: Expected ':' but found end of formula"],
    ["$x = $PendingTasks.", "Line 1, Col 20: Expected a member name but found end of formula"],
  ])("syntax: %j", (formula, message) => {
    const error = errorOf(formula);
    expect(error).toEqual({
      code: "AutoScalingFormulaSyntaxError",
      message: "The specified auto-scaling formula has a syntax error.",
      values: [{ name: "Message", value: message }],
    });
    expect(checkAutoScaleFormula(formula)).toEqual(error);
    expect(() => parseFormula(formula)).toThrow(AutoScaleFormulaError);
  });

  it("rejects formulas over the length and statement limits", () => {
    expect(checkAutoScaleFormula(`$x = 1;${" ".repeat(8200)}`)?.code).toBe("AutoScaleFormulaTooLong");
    expect(checkAutoScaleFormula("$x = 1;".repeat(100))).toBeUndefined();
    expect(checkAutoScaleFormula("$x = 1;".repeat(101))?.values[0].value).toMatch(/at most 100 statements/);
  });

  it.each([
    ["$something_useless", "Line 1, Col 1: Undefined symbol: $something_useless"],
    ["$x = 1;\n  $y = $x + $z", "Line 2, Col 13: Undefined symbol: $z"],
    ["$x = foo", "Line 1, Col 6: Undefined symbol: foo"],
    ["$x = foo(1)", "Line 1, Col 6: Undefined function: foo"],
    ["$PendingTasks = 1", "Line 1, Col 1: Cannot assign to the read-only system variable $PendingTasks"],
    [
      "$CurrentDedicatedNodes = 1",
      "Line 1, Col 1: Cannot assign to the read-only system variable $CurrentDedicatedNodes",
    ],
    ['$x = 1 + "a"', "Line 1, Col 6: Operator '+' cannot be applied to double and string"],
    [
      "$x = TimeInterval_Minute + 1",
      "Line 1, Col 6: Operator '+' cannot be applied to timeinterval and double",
    ],
    ['$x = "a" ? 1 : 2', "Line 1, Col 6: A condition must be a double, not a string"],
    ["$x = max()", "Line 1, Col 6: max() needs at least one value"],
    ['$x = avg("a")', "Line 1, Col 6: avg() expects doubles or doubleVecs, not a string"],
    [
      "$x = val($PendingTasks.GetSample(2), 2)",
      "Line 1, Col 6: val() index 2 is outside the vector of length 2",
    ],
    [
      "$x = percentile($PendingTasks.GetSample(2), 101)",
      "Line 1, Col 6: percentile() expects a percentage between 0 and 100",
    ],
    ["$x = rand(1)", "Line 1, Col 6: rand() takes 0 argument(s), 1 given"],
    ['$x = time("soon")', "Line 1, Col 6: time() cannot read 'soon' as a date-time"],
    ["$x = time().fortnight", "Line 1, Col 13: Undefined member: fortnight"],
    [
      "$x = 1; $y = $x.GetSample(1)",
      "Line 1, Col 17: GetSample() can only be called on a sampled system variable, not a double",
    ],
    ["$x = $PendingTasks.Frobnicate()", "Line 1, Col 20: Undefined method: $PendingTasks.Frobnicate"],
    [
      "$x = $FailedTasks.GetSample(1)",
      "Line 1, Col 19: GetSample() of $FailedTasks: no samples are available",
    ],
    ["$x = $FailedTasks + 1", "Line 1, Col 6: No samples are available for $FailedTasks"],
    [
      "$x = $FailedTasks.HistoryBeginTime()",
      "Line 1, Col 19: HistoryBeginTime() of $FailedTasks: no samples are available",
    ],
    [
      "$x = $PendingTasks.GetSample(TimeInterval_Minute * 20, 90)",
      "Line 1, Col 20: GetSample() of $PendingTasks: 50.0% of the samples in the window are available, 90% required",
    ],
    ['$x = $PendingTasks.GetSample("a")', "Line 1, Col 20: GetSample() expects a timeinterval here"],
    ["$TargetDedicatedNodes = -1", "$TargetDedicatedNodes must be a non-negative number"],
    ['$TargetLowPriorityNodes = "many"', "$TargetLowPriorityNodes must be a non-negative number"],
    ["$TargetDedicatedNodes = 1 / 0", "$TargetDedicatedNodes must be a non-negative number"],
    [
      '$NodeDeallocationOption = "later"',
      "$NodeDeallocationOption must be one of requeue, terminate, taskcompletion, retaineddata",
    ],
  ])("evaluation: %j", (formula, message) => {
    const run = evaluateAutoScale(formula, context());
    expect(run.error).toEqual({
      code: "AutoScalingFormulaEvaluationError",
      message: "The specified auto-scaling formula has evaluation error",
      values: [{ name: "Message", value: message }],
    });
    expect(checkAutoScaleFormula(formula)).toBeUndefined();
    // A failed run reports the pool's current values, not half-applied assignments.
    expect(run.resultsText).toBe(
      "$TargetDedicatedNodes=2;$TargetLowPriorityNodes=0;$NodeDeallocationOption=requeue",
    );
    expect(run.targets.targetDedicatedNodes).toBe(2);
  });

  it("never throws, whatever the formula", () => {
    const pieces = fc.constantFrom(
      ...'$TargetDedicatedNodes $x $PendingTasks = ; ( ) , . ? : + - * / && || ! == < >= 1 2.5 "s" max avg GetSample TimeInterval_Minute time stop requeue'.split(
        " ",
      ),
    );
    const soup = fc.array(pieces, { maxLength: 25 }).map((parts) => parts.join(" "));
    fc.assert(
      fc.property(fc.oneof(fc.string(), soup), (formula) => {
        const run = evaluateAutoScale(formula, context());
        expect(typeof run.resultsText).toBe("string");
        if (run.error) expect(run.error.values[0].name).toBe("Message");
      }),
      { numRuns: 1000 },
    );
  });
});
