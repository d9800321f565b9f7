/**
 * The built-in functions of the autoscale language, and the methods of sampled system variables.
 * @module
 */
import { double, type Value } from "./values.js";

/** Thrown by built-ins; the evaluator adds the call's position. */
export class EvaluationFailure extends Error {}

/** Thrown by `stop()`: evaluation ends and the statements run so far stand. */
export class StopEvaluation extends Error {}

/** One recorded value of a sampled system variable. */
export interface Sample {
  readonly time: Date | number;
  readonly value: number;
}

/** What the built-ins need from the evaluation context. */
export interface BuiltinEnvironment {
  readonly now: number;
  readonly random: () => number;
  /** Interval at which the service records samples, in milliseconds. */
  readonly samplePeriodMs: number;
  /** The recorded samples of a system variable (name with its `$`), newest first. */
  readonly samplesOf: (name: string) => readonly { time: number; value: number }[];
}

function numbers(fn: string, args: readonly Value[]): number[] {
  const out: number[] = [];
  for (const arg of args) {
    if (arg.type === "double") out.push(arg.value);
    else if (arg.type === "doubleVec") out.push(...arg.value);
    else throw new EvaluationFailure(`${fn}() expects doubles or doubleVecs, not a ${arg.type}`);
  }
  return out;
}

function nonEmpty(fn: string, args: readonly Value[]): number[] {
  const values = numbers(fn, args);
  if (values.length === 0) throw new EvaluationFailure(`${fn}() needs at least one value`);
  return values;
}

function arity(fn: string, args: readonly Value[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : `${min} to ${max}`;
    throw new EvaluationFailure(`${fn}() takes ${expected} argument(s), ${args.length} given`);
  }
}

function scalar(fn: string, arg: Value): number {
  if (arg.type !== "double") throw new EvaluationFailure(`${fn}() expects a double, not a ${arg.type}`);
  return arg.value;
}

/** Applies a numeric function to a double, or element-wise to a doubleVec. */
function elementWise(fn: string, f: (x: number) => number) {
  return (args: readonly Value[]): Value => {
    arity(fn, args, 1);
    const [arg] = args;
    if (arg.type === "doubleVec") return { type: "doubleVec", value: arg.value.map(f) };
    return double(f(scalar(fn, arg)));
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Percentile with linear interpolation between the closest ranks. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/** Rounds like the service's runtime does by default: halves go to the even neighbour (2.5 → 2). */
function roundHalfToEven(x: number): number {
  return Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : Math.round(x);
}

type Builtin = (args: readonly Value[], env: BuiltinEnvironment) => Value;

/** Built-in functions by lower-case name. */
export const FUNCTIONS: Readonly<Record<string, Builtin>> = {
  avg: (args) => double(mean(nonEmpty("avg", args))),
  ceil: elementWise("ceil", Math.ceil),
  floor: elementWise("floor", Math.floor),
  round: elementWise("round", roundHalfToEven),
  len: (args) => double(numbers("len", args).length),
  lg: elementWise("lg", Math.log2),
  ln: elementWise("ln", Math.log),
  log: elementWise("log", Math.log10),
  max: (args) => double(Math.max(...nonEmpty("max", args))),
  min: (args) => double(Math.min(...nonEmpty("min", args))),
  norm: (args) => double(Math.hypot(...numbers("norm", args))),
  percentile: (args) => {
    arity("percentile", args, 2);
    const p = scalar("percentile", args[1]);
    if (!(p >= 0 && p <= 100))
      throw new EvaluationFailure("percentile() expects a percentage between 0 and 100");
    return double(percentile(nonEmpty("percentile", [args[0]]), p));
  },
  rand: (args, env) => {
    arity("rand", args, 0);
    return double(env.random());
  },
  range: (args) => {
    const values = nonEmpty("range", args);
    return double(Math.max(...values) - Math.min(...values));
  },
  std: (args) => {
    const values = nonEmpty("std", args);
    if (values.length < 2) return double(0);
    const m = mean(values);
    return double(Math.sqrt(values.reduce((acc, v) => acc + (v - m) ** 2, 0) / (values.length - 1)));
  },
  stop: (args) => {
    arity("stop", args, 0);
    throw new StopEvaluation();
  },
  sum: (args) => double(numbers("sum", args).reduce((a, b) => a + b, 0)),
  time: (args, env) => {
    arity("time", args, 0, 1);
    if (args.length === 0) return { type: "timestamp", value: env.now };
    const [arg] = args;
    if (arg.type !== "string")
      throw new EvaluationFailure(`time() expects a date-time string, not a ${arg.type}`);
    if (arg.value === "") return { type: "timestamp", value: env.now };
    const parsed = Date.parse(arg.value);
    if (Number.isNaN(parsed)) throw new EvaluationFailure(`time() cannot read '${arg.value}' as a date-time`);
    return { type: "timestamp", value: parsed };
  },
  val: (args) => {
    arity("val", args, 2);
    const [vec, index] = [args[0], scalar("val", args[1])];
    const values = vec.type === "doubleVec" ? vec.value : [scalar("val", vec)];
    if (!Number.isInteger(index) || index < 0 || index >= values.length) {
      throw new EvaluationFailure(`val() index ${index} is outside the vector of length ${values.length}`);
    }
    return double(values[index]);
  },
};

function interval(method: string, arg: Value | undefined): number {
  if (arg?.type !== "timeinterval") throw new EvaluationFailure(`${method}() expects a timeinterval here`);
  return arg.value;
}

/** Samples of a window `[now - start, now - end]` and the percentage of the expected samples they are. */
function window(env: BuiltinEnvironment, name: string, startMs: number, endMs: number) {
  const from = env.now - startMs;
  const to = env.now - endMs;
  if (startMs < endMs) throw new EvaluationFailure("the start of a sample window must be before its end");
  const samples = env.samplesOf(name).filter((s) => s.time >= from && s.time <= to);
  const expected = (startMs - endMs) / env.samplePeriodMs;
  const percent =
    expected <= 0 ? (samples.length ? 100 : 0) : Math.min(100, (samples.length / expected) * 100);
  return { values: samples.map((s) => s.value), percent };
}

function getSample(name: string, args: readonly Value[], env: BuiltinEnvironment): Value {
  arity("GetSample", args, 1, 3);
  const [first, second, third] = args;
  let values: number[];
  if (first.type === "double") {
    arity("GetSample", args, 1);
    values = env
      .samplesOf(name)
      .slice(0, Math.max(0, Math.floor(first.value)))
      .map((s) => s.value);
  } else {
    const hasEnd = second?.type === "timeinterval";
    const result = window(env, name, interval("GetSample", first), hasEnd ? second.value : 0);
    const required = hasEnd ? third : second;
    if (hasEnd && args.length === 3 && required?.type !== "double") {
      throw new EvaluationFailure("GetSample() expects a sample percentage as its last argument");
    }
    const minPercent = required === undefined ? 0 : scalar("GetSample", required);
    if (result.percent < minPercent) {
      throw new EvaluationFailure(
        `GetSample() of ${name}: ${result.percent.toFixed(1)}% of the samples in the window are available, ${minPercent}% required`,
      );
    }
    values = result.values;
  }
  if (values.length === 0) throw new EvaluationFailure(`GetSample() of ${name}: no samples are available`);
  return { type: "doubleVec", value: values };
}

/** Calls a method of a sampled system variable (`$CPUPercent.GetSample(TimeInterval_Minute * 5)`). */
export function callSampledMethod(
  name: string,
  method: string,
  args: readonly Value[],
  env: BuiltinEnvironment,
): Value {
  switch (method.toLowerCase()) {
    case "getsample":
      return getSample(name, args, env);
    case "getsamplepercent": {
      arity("GetSamplePercent", args, 1, 2);
      const end = args.length === 2 ? interval("GetSamplePercent", args[1]) : 0;
      return double(window(env, name, interval("GetSamplePercent", args[0]), end).percent);
    }
    case "getsampleperiod":
      arity("GetSamplePeriod", args, 0);
      return { type: "timeinterval", value: env.samplePeriodMs };
    case "count":
      arity("Count", args, 0);
      return double(env.samplesOf(name).length);
    case "historybegintime": {
      arity("HistoryBeginTime", args, 0);
      const samples = env.samplesOf(name);
      if (samples.length === 0)
        throw new EvaluationFailure(`HistoryBeginTime() of ${name}: no samples are available`);
      return { type: "timestamp", value: samples[samples.length - 1].time };
    }
    default:
      throw new EvaluationFailure(`Undefined method: ${name}.${method}`);
  }
}
