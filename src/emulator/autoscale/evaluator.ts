/**
 * Evaluates autoscale formulas the way the Batch service does for `evaluateautoscale` and for its periodic
 * autoscale runs, producing the `AutoScaleRun` outcome.
 * @module
 */
import type { Expression, Statement } from "./ast.js";
import { AutoScaleFormulaError, type SourcePosition } from "./errors.js";
import {
  callSampledMethod,
  EvaluationFailure,
  FUNCTIONS,
  StopEvaluation,
  type BuiltinEnvironment,
  type Sample,
} from "./functions.js";
import { applyBinary, applyUnary, isTrue } from "./operators.js";
import { FORMULA_LIMITS, parseFormula } from "./parser.js";
import { double, formatValue, TIME_INTERVALS, type Value } from "./values.js";

/** The node deallocation options a formula may assign to `$NodeDeallocationOption`. */
export const NODE_DEALLOCATION_OPTIONS = ["requeue", "terminate", "taskcompletion", "retaineddata"] as const;

/** System variables the service samples over time; formulas read them through `GetSample` and friends. */
export const SAMPLED_VARIABLES = [
  "$CPUPercent",
  "$WallClockSeconds",
  "$MemoryBytes",
  "$DiskBytes",
  "$DiskReadBytes",
  "$DiskWriteBytes",
  "$DiskReadOps",
  "$DiskWriteOps",
  "$NetworkInBytes",
  "$NetworkOutBytes",
  "$SampleNodeCount",
  "$ActiveTasks",
  "$RunningTasks",
  "$PendingTasks",
  "$SucceededTasks",
  "$FailedTasks",
  "$UsableNodeCount",
  "$PreemptedNodeCount",
] as const;

/** The pool's state a formula starts from. */
export interface AutoScalePoolState {
  readonly targetDedicatedNodes: number;
  readonly targetLowPriorityNodes: number;
  /** Defaults to `requeue`. */
  readonly nodeDeallocationOption?: string;
  readonly currentDedicatedNodes?: number;
  readonly currentLowPriorityNodes?: number;
  readonly taskSlotsPerNode?: number;
}

/** Everything an evaluation reads besides the formula. */
export interface AutoScaleContext {
  /** The evaluation time (`time()`, sample windows). */
  readonly now: Date;
  readonly current: AutoScalePoolState;
  /** History of a sampled system variable, by name with its `$` (e.g. `$PendingTasks`), in any order. */
  readonly samples?: (name: string) => readonly Sample[];
  /** Interval between samples in milliseconds; the service samples every 30 seconds. */
  readonly samplePeriodMs?: number;
  /** Source of `rand()`; `Math.random` by default. */
  readonly random?: () => number;
  /** Most nodes of each kind the pool may have; a larger target fails the evaluation. No cap by default. */
  readonly maxNodes?: number;
}

/** One `name=value` pair of `autoScaleRun.results`. */
export interface AutoScaleVariable {
  readonly name: string;
  readonly value: string;
}

/** The `AutoScaleRunError` wire shape. */
export interface AutoScaleRunError {
  readonly code:
    "AutoScalingFormulaSyntaxError" | "AutoScalingFormulaEvaluationError" | "AutoScaleFormulaTooLong";
  readonly message: string;
  readonly values: readonly { readonly name: string; readonly value: string }[];
}

/** The node targets a run asks for, ready for a resize. */
export interface AutoScaleTargets {
  readonly targetDedicatedNodes: number;
  readonly targetLowPriorityNodes: number;
  readonly nodeDeallocationOption: (typeof NODE_DEALLOCATION_OPTIONS)[number];
}

/** The outcome of one evaluation, as an `AutoScaleRun` reports it. */
export interface AutoScaleEvaluation {
  /** The system variables first, then the formula's own variables in name order. */
  readonly results: readonly AutoScaleVariable[];
  /** {@link results} as the wire's `results` string: `$TargetDedicatedNodes=3;$TargetLowPriorityNodes=0;…`. */
  readonly resultsText: string;
  /** What to resize to: the formula's targets, or the pool's current ones when it failed. */
  readonly targets: AutoScaleTargets;
  /** Set when the formula is too long, does not parse, or fails while evaluating. */
  readonly error?: AutoScaleRunError;
}

const TARGET_DEDICATED = "$TargetDedicatedNodes";
const TARGET_LOW_PRIORITY = "$TargetLowPriorityNodes";
const DEALLOCATION = "$NodeDeallocationOption";
/** Earlier names of the target variables, still accepted (`$TargetDedicated=1` in the contract's example). */
const ALIASES: Readonly<Record<string, string>> = {
  $TargetDedicated: TARGET_DEDICATED,
  $TargetLowPriority: TARGET_LOW_PRIORITY,
};
const WRITABLE_SYSTEM = [TARGET_DEDICATED, TARGET_LOW_PRIORITY, DEALLOCATION];
const SAMPLED: ReadonlySet<string> = new Set(SAMPLED_VARIABLES);

const MESSAGES: Readonly<Record<AutoScaleRunError["code"], string>> = {
  AutoScalingFormulaSyntaxError: "The specified auto-scaling formula has a syntax error.",
  AutoScalingFormulaEvaluationError: "The specified auto-scaling formula has evaluation error",
  AutoScaleFormulaTooLong: "The specified auto-scaling formula exceeds lengths limit.",
};

/** `table[key]` when `key` is the table's own entry: formula names such as `constructor` reach no prototype. */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function runError(code: AutoScaleRunError["code"], detail: string): AutoScaleRunError {
  return { code, message: MESSAGES[code], values: [{ name: "Message", value: detail }] };
}

const TIMESTAMP_MEMBERS: Readonly<Record<string, (d: Date) => number>> = {
  year: (d) => d.getUTCFullYear(),
  month: (d) => d.getUTCMonth() + 1,
  day: (d) => d.getUTCDate(),
  weekday: (d) => d.getUTCDay(),
  hour: (d) => d.getUTCHours(),
  minute: (d) => d.getUTCMinutes(),
  second: (d) => d.getUTCSeconds(),
};

class Evaluator {
  readonly variables = new Map<string, Value>();
  private readonly env: BuiltinEnvironment;

  constructor(private readonly context: AutoScaleContext) {
    const { current } = context;
    this.variables.set(TARGET_DEDICATED, double(current.targetDedicatedNodes));
    this.variables.set(TARGET_LOW_PRIORITY, double(current.targetLowPriorityNodes));
    this.variables.set(DEALLOCATION, { type: "string", value: current.nodeDeallocationOption ?? "requeue" });
    const history = new Map<string, { time: number; value: number }[]>();
    this.env = {
      now: context.now.getTime(),
      random: context.random ?? Math.random,
      samplePeriodMs: context.samplePeriodMs ?? 30_000,
      samplesOf: (name) => {
        let samples = history.get(name);
        if (!samples) {
          samples = (context.samples?.(name) ?? [])
            .map((s) => ({ time: s.time instanceof Date ? s.time.getTime() : s.time, value: s.value }))
            .sort((a, b) => b.time - a.time);
          history.set(name, samples);
        }
        return samples;
      },
    };
  }

  run(statements: readonly Statement[]): void {
    try {
      for (const statement of statements) {
        const value = this.settle(this.evaluate(statement.value), statement.value);
        if (statement.kind === "assign") this.assign(statement.name, value, statement);
      }
    } catch (error) {
      if (!(error instanceof StopEvaluation)) throw error;
    }
  }

  private fail(at: SourcePosition, detail: string): never {
    throw new AutoScaleFormulaError("evaluation", { line: at.line, col: at.col }, detail);
  }

  private assign(rawName: string, value: Value, at: SourcePosition): void {
    const name = own(ALIASES, rawName) ?? rawName;
    if (this.readSystem(name) !== undefined && !WRITABLE_SYSTEM.includes(name)) {
      this.fail(at, `Cannot assign to the read-only system variable ${name}`);
    }
    this.variables.set(name, value);
  }

  /** Reads a read-only system variable, or undefined when `name` is not one. */
  private readSystem(name: string): Value | undefined {
    const { current } = this.context;
    switch (name) {
      case "$CurrentDedicatedNodes":
        return double(current.currentDedicatedNodes ?? 0);
      case "$CurrentLowPriorityNodes":
        return double(current.currentLowPriorityNodes ?? 0);
      case "$TaskSlotsPerNode":
        return double(current.taskSlotsPerNode ?? 1);
      default:
        return SAMPLED.has(name) ? { type: "sampled", name } : undefined;
    }
  }

  /** Turns a sampled variable used as a plain value into its latest sample. */
  private settle(value: Value, at: SourcePosition): Value {
    if (value.type !== "sampled") return value;
    const [latest] = this.env.samplesOf(value.name);
    if (!latest) this.fail(at, `No samples are available for ${value.name}`);
    return double(latest.value);
  }

  private evaluateSettled(expr: Expression): Value {
    return this.settle(this.evaluate(expr), expr);
  }

  private evaluate(expr: Expression): Value {
    try {
      return this.evaluateNode(expr);
    } catch (error) {
      if (error instanceof EvaluationFailure) this.fail(expr, error.message);
      throw error;
    }
  }

  private evaluateNode(expr: Expression): Value {
    switch (expr.kind) {
      case "number":
        return double(expr.value);
      case "string":
        return { type: "string", value: expr.value };
      case "variable": {
        const name = own(ALIASES, expr.name) ?? expr.name;
        const value = this.variables.get(name) ?? this.readSystem(name);
        return value ?? this.fail(expr, `Undefined symbol: ${expr.name}`);
      }
      case "identifier":
        return this.identifier(expr);
      case "call": {
        const fn = own(FUNCTIONS, expr.name.toLowerCase());
        if (!fn) this.fail(expr, `Undefined function: ${expr.name}`);
        return fn(
          expr.args.map((a) => this.evaluateSettled(a)),
          this.env,
        );
      }
      case "method": {
        const target = this.evaluate(expr.target);
        if (target.type !== "sampled") {
          this.fail(
            expr,
            `${expr.name}() can only be called on a sampled system variable, not a ${target.type}`,
          );
        }
        const args = expr.args.map((a) => this.evaluateSettled(a));
        return callSampledMethod(target.name, expr.name, args, this.env);
      }
      case "member": {
        const target = this.evaluateSettled(expr.target);
        const member = own(TIMESTAMP_MEMBERS, expr.name.toLowerCase());
        if (target.type !== "timestamp" || !member) this.fail(expr, `Undefined member: ${expr.name}`);
        return double(member(new Date(target.value)));
      }
      case "unary":
        return applyUnary(expr.operator, this.evaluateSettled(expr.operand));
      case "binary": {
        const left = this.evaluateSettled(expr.left);
        if (expr.operator === "&&")
          return double(isTrue(left) && isTrue(this.evaluateSettled(expr.right)) ? 1 : 0);
        if (expr.operator === "||")
          return double(isTrue(left) || isTrue(this.evaluateSettled(expr.right)) ? 1 : 0);
        return applyBinary(expr.operator, left, this.evaluateSettled(expr.right));
      }
      case "conditional":
        return isTrue(this.evaluateSettled(expr.test))
          ? this.evaluateSettled(expr.then)
          : this.evaluateSettled(expr.otherwise);
    }
  }

  private identifier(expr: Expression & { kind: "identifier" }): Value {
    const user = this.variables.get(expr.name);
    if (user) return user;
    const lower = expr.name.toLowerCase();
    const interval = own(TIME_INTERVALS, lower);
    if (interval !== undefined) return { type: "timeinterval", value: interval };
    if ((NODE_DEALLOCATION_OPTIONS as readonly string[]).includes(lower))
      return { type: "string", value: lower };
    return this.fail(expr, `Undefined symbol: ${expr.name}`);
  }
}

function nonNegativeCount(variables: ReadonlyMap<string, Value>, name: string, max: number): number {
  const value = variables.get(name);
  if (value?.type !== "double" || !Number.isFinite(value.value) || value.value < 0) {
    throw new EvaluationFailure(`${name} must be a non-negative number`);
  }
  // The service takes the integer part of a fractional target.
  const count = Math.trunc(value.value);
  if (count > max) throw new EvaluationFailure(`${name} is ${count}; the pool can have at most ${max} nodes`);
  return count;
}

function targetsOf(variables: ReadonlyMap<string, Value>, max = Infinity): AutoScaleTargets {
  const option = variables.get(DEALLOCATION);
  const name = option?.type === "string" ? option.value.toLowerCase() : undefined;
  const deallocation = NODE_DEALLOCATION_OPTIONS.find((o) => o === name);
  if (!deallocation) {
    throw new EvaluationFailure(`${DEALLOCATION} must be one of ${NODE_DEALLOCATION_OPTIONS.join(", ")}`);
  }
  return {
    targetDedicatedNodes: nonNegativeCount(variables, TARGET_DEDICATED, max),
    targetLowPriorityNodes: nonNegativeCount(variables, TARGET_LOW_PRIORITY, max),
    nodeDeallocationOption: deallocation,
  };
}

function resultsOf(variables: ReadonlyMap<string, Value>): AutoScaleVariable[] {
  const user = [...variables.keys()]
    .filter((name) => !WRITABLE_SYSTEM.includes(name))
    .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
  return [...WRITABLE_SYSTEM, ...user].map((name) => ({ name, value: formatValue(variables.get(name)!) }));
}

function outcome(
  variables: ReadonlyMap<string, Value>,
  targets: AutoScaleTargets,
  error?: AutoScaleRunError,
) {
  const results = resultsOf(variables);
  const resultsText = results.map((r) => `${r.name}=${r.value}`).join(";");
  return error ? { results, resultsText, targets, error } : { results, resultsText, targets };
}

/**
 * Checks that a formula is within the service's length limit and parses, as the service does before it
 * accepts a formula (pool add, enable autoscale, evaluate). The service answers these errors with
 * HTTP 400 and a `BatchError` of the same code.
 */
export function checkAutoScaleFormula(formula: string): AutoScaleRunError | undefined {
  if (formula.length > FORMULA_LIMITS.maxLength) {
    return runError(
      "AutoScaleFormulaTooLong",
      `The formula has ${formula.length} characters; at most ${FORMULA_LIMITS.maxLength} are allowed`,
    );
  }
  try {
    parseFormula(formula);
    return undefined;
  } catch (error) {
    if (error instanceof AutoScaleFormulaError)
      return runError("AutoScalingFormulaSyntaxError", error.message);
    throw error;
  }
}

/**
 * Evaluates a formula against a pool's state and sampled history. Never throws for any formula text:
 * problems come back in `error` (see {@link checkAutoScaleFormula} for the ones the service rejects
 * with HTTP 400), and the results and targets are then the pool's current ones, as the service reports.
 */
export function evaluateAutoScale(formula: string, context: AutoScaleContext): AutoScaleEvaluation {
  const initial = new Evaluator(context);
  const currentTargets = (): AutoScaleTargets => {
    try {
      return targetsOf(initial.variables);
    } catch {
      return { targetDedicatedNodes: 0, targetLowPriorityNodes: 0, nodeDeallocationOption: "requeue" };
    }
  };
  const rejected = checkAutoScaleFormula(formula);
  if (rejected) return outcome(initial.variables, currentTargets(), rejected);
  const evaluator = new Evaluator(context);
  try {
    evaluator.run(parseFormula(formula));
    return outcome(evaluator.variables, targetsOf(evaluator.variables, context.maxNodes));
  } catch (error) {
    const detail =
      error instanceof AutoScaleFormulaError || error instanceof EvaluationFailure
        ? error.message
        : `Evaluation failed: ${String(error)}`;
    return outcome(
      initial.variables,
      currentTargets(),
      runError("AutoScalingFormulaEvaluationError", detail),
    );
  }
}
