/**
 * Syntax tree of an autoscale formula.
 * @module
 */
import type { SourcePosition } from "./errors.js";

/** Binary operators, from lowest to highest precedence group: `||`, `&&`, equality, relational, additive, multiplicative. */
export type BinaryOperator = "||" | "&&" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "+" | "-" | "*" | "/";

/** An expression; every node remembers where it starts, for error messages. */
export type Expression = SourcePosition &
  (
    | { readonly kind: "number"; readonly value: number }
    | { readonly kind: "string"; readonly value: string }
    | { readonly kind: "variable"; readonly name: string }
    /** A bare identifier: a user variable assigned without `$`, a constant such as `TimeInterval_Minute`, or a deallocation option such as `requeue`. */
    | { readonly kind: "identifier"; readonly name: string }
    | { readonly kind: "call"; readonly name: string; readonly args: readonly Expression[] }
    | { readonly kind: "member"; readonly target: Expression; readonly name: string }
    | {
        readonly kind: "method";
        readonly target: Expression;
        readonly name: string;
        readonly args: readonly Expression[];
      }
    | { readonly kind: "unary"; readonly operator: "-" | "+" | "!"; readonly operand: Expression }
    | {
        readonly kind: "binary";
        readonly operator: BinaryOperator;
        readonly left: Expression;
        readonly right: Expression;
      }
    | {
        readonly kind: "conditional";
        readonly test: Expression;
        readonly then: Expression;
        readonly otherwise: Expression;
      }
  );

/** One statement: an assignment to a variable (`$name` or `name`), or an expression evaluated for its effect (e.g. `stop()`). */
export type Statement = SourcePosition &
  (
    | { readonly kind: "assign"; readonly name: string; readonly value: Expression }
    | { readonly kind: "expression"; readonly value: Expression }
  );
