/**
 * Operator semantics of the autoscale language over its value types.
 * @module
 */
import type { BinaryOperator } from "./ast.js";
import { EvaluationFailure } from "./functions.js";
import { double, truth, type Value } from "./values.js";

type Arithmetic = "+" | "-" | "*" | "/";

function arithmetic(op: Arithmetic, a: number, b: number): number {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
  }
}

function compare(op: BinaryOperator, a: number | string, b: number | string): boolean | undefined {
  switch (op) {
    case "==":
      return a === b;
    case "!=":
      return a !== b;
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
    default:
      return undefined;
  }
}

function vectorArithmetic(op: Arithmetic, a: Value, b: Value): Value | undefined {
  const vec = (v: Value) => (v.type === "doubleVec" ? v.value : v.type === "double" ? v.value : undefined);
  const x = vec(a);
  const y = vec(b);
  if (x === undefined || y === undefined) return undefined;
  if (Array.isArray(x) && Array.isArray(y)) {
    if (x.length !== y.length)
      throw new EvaluationFailure(`Vectors of lengths ${x.length} and ${y.length} cannot be combined`);
    return { type: "doubleVec", value: x.map((v, i) => arithmetic(op, v, y[i])) };
  }
  if (Array.isArray(x)) return { type: "doubleVec", value: x.map((v) => arithmetic(op, v, y as number)) };
  return { type: "doubleVec", value: (y as number[]).map((v) => arithmetic(op, x as number, v)) };
}

/** The single number or string a value holds; undefined for vectors and sampled variables. */
function scalarOf(v: Value): number | string | undefined {
  return v.type === "doubleVec" || v.type === "sampled" ? undefined : v.value;
}

/** Arithmetic on times: timestamps ± intervals, intervals scaled by doubles, interval ratios. */
function timeArithmetic(op: Arithmetic, a: Value, b: Value): Value | undefined {
  const x = scalarOf(a) as number;
  const y = scalarOf(b) as number;
  const key = `${a.type} ${op} ${b.type}`;
  switch (key) {
    case "timestamp + timeinterval":
    case "timestamp - timeinterval":
      return { type: "timestamp", value: arithmetic(op, x, y) };
    case "timeinterval + timestamp":
      return { type: "timestamp", value: x + y };
    case "timestamp - timestamp":
    case "timeinterval + timeinterval":
    case "timeinterval - timeinterval":
    case "timeinterval * double":
    case "double * timeinterval":
    case "timeinterval / double":
      return { type: "timeinterval", value: arithmetic(op, x, y) };
    case "timeinterval / timeinterval":
      return double(x / y);
    default:
      return undefined;
  }
}

function comparable(a: Value, b: Value): boolean {
  return a.type === b.type && a.type !== "doubleVec" && a.type !== "sampled";
}

/** Applies a binary operator (not `&&`/`||`, which the evaluator short-circuits). */
export function applyBinary(op: BinaryOperator, a: Value, b: Value): Value {
  if (op === "+" || op === "-" || op === "*" || op === "/") {
    if (a.type === "double" && b.type === "double") return double(arithmetic(op, a.value, b.value));
    if (op === "+" && a.type === "string" && b.type === "string")
      return { type: "string", value: a.value + b.value };
    const result = vectorArithmetic(op, a, b) ?? timeArithmetic(op, a, b);
    if (result) return result;
  } else if (comparable(a, b)) {
    // String comparisons ignore case, like the service's deallocation keywords.
    const norm = (v: Value) => {
      const x = scalarOf(v) as number | string;
      return typeof x === "string" ? x.toLowerCase() : x;
    };
    const outcome = compare(op, norm(a), norm(b));
    if (outcome !== undefined) return truth(outcome);
  }
  throw new EvaluationFailure(`Operator '${op}' cannot be applied to ${a.type} and ${b.type}`);
}

/** Applies a unary operator. */
export function applyUnary(op: "-" | "+" | "!", a: Value): Value {
  if (op === "!" && a.type === "double") return truth(a.value === 0);
  if (op === "+" && (a.type === "double" || a.type === "doubleVec" || a.type === "timeinterval")) return a;
  if (op === "-") {
    if (a.type === "double" || a.type === "timeinterval") return { type: a.type, value: -a.value };
    if (a.type === "doubleVec") return { type: "doubleVec", value: a.value.map((v) => -v) };
  }
  throw new EvaluationFailure(`Operator '${op}' cannot be applied to ${a.type}`);
}

/** The truth of a condition: a double, true when non-zero. */
export function isTrue(value: Value): boolean {
  if (value.type !== "double")
    throw new EvaluationFailure(`A condition must be a double, not a ${value.type}`);
  return value.value !== 0;
}
