/**
 * Recursive-descent parser for the Batch `$filter` subset:
 * `or` < `and` < `not` < comparison, with parentheses and `startswith(subject, prefix)`.
 * @module
 */
import { ODataSyntaxError } from "./errors.js";
import type { ComparisonOperator, FilterExpression, FilterOperand } from "./filter-ast.js";
import { tokenizeFilter, type FilterToken } from "./filter-lexer.js";

const COMPARISON_OPERATORS: ReadonlySet<string> = new Set(["eq", "ne", "gt", "ge", "lt", "le"]);
const KEYWORDS: ReadonlySet<string> = new Set([...COMPARISON_OPERATORS, "and", "or", "not"]);

function describe(token: FilterToken): string {
  switch (token.type) {
    case "word":
      return `'${token.text}'`;
    case "string":
      return "a string literal";
    case "number":
      return "a number";
    case "datetime":
      return "a date-time literal";
    case "end":
      return "the end of the clause";
    default:
      return `'${token.type}'`;
  }
}

/** How deeply parentheses and `not` may nest: bounds the parser's (and evaluator's) recursion. */
export const MAX_FILTER_DEPTH = 100;

class FilterParser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly FilterToken[]) {}

  parse(): FilterExpression {
    if (this.peek().type === "end") this.fail(this.peek(), "the clause is empty");
    const expr = this.parseOr();
    const rest = this.peek();
    if (rest.type !== "end") this.fail(rest, `expected 'and', 'or' or the end, found ${describe(rest)}`);
    return expr;
  }

  private peek(): FilterToken {
    return this.tokens[this.index];
  }

  private next(): FilterToken {
    const token = this.tokens[this.index];
    if (token.type !== "end") this.index += 1;
    return token;
  }

  private fail(token: FilterToken, reason: string): never {
    throw new ODataSyntaxError("filter", token.pos, reason);
  }

  private keyword(): string | undefined {
    const token = this.peek();
    return token.type === "word" ? token.text.toLowerCase() : undefined;
  }

  private expect(type: "(" | ")" | ","): void {
    const token = this.next();
    if (token.type !== type) this.fail(token, `expected '${type}', found ${describe(token)}`);
  }

  /** Parses a nested part with `parse`, refusing nesting past {@link MAX_FILTER_DEPTH}. */
  private nested<T>(at: FilterToken, parse: () => T): T {
    if (this.depth >= MAX_FILTER_DEPTH)
      this.fail(at, `the clause nests deeper than ${MAX_FILTER_DEPTH} levels`);
    this.depth += 1;
    const result = parse();
    this.depth -= 1;
    return result;
  }

  private parseOr(): FilterExpression {
    let left = this.parseAnd();
    while (this.keyword() === "or") {
      this.next();
      left = { kind: "or", left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterExpression {
    let left = this.parseUnary();
    while (this.keyword() === "and") {
      this.next();
      left = { kind: "and", left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): FilterExpression {
    if (this.keyword() === "not") {
      const token = this.next();
      return { kind: "not", operand: this.nested(token, () => this.parseUnary()) };
    }
    return this.parseComparison();
  }

  private parseComparison(): FilterExpression {
    const first = this.peek();
    let left: { readonly expr: FilterExpression } | { readonly operand: FilterOperand };
    if (first.type === "(") {
      this.next();
      left = { expr: this.nested(first, () => this.parseOr()) };
      this.expect(")");
    } else if (first.type === "word" && first.text.toLowerCase() === "startswith") {
      left = { expr: this.parseStartsWith() };
    } else {
      left = { operand: this.parseOperand() };
    }
    const op = this.keyword();
    if (op === undefined || !COMPARISON_OPERATORS.has(op)) {
      return "expr" in left ? left.expr : { kind: "value", operand: left.operand };
    }
    const opToken = this.next();
    const right = this.parseOperand();
    if ("operand" in left) {
      return { kind: "compare", operator: op as ComparisonOperator, left: left.operand, right };
    }
    return this.compareBoolean(left.expr, op, right, opToken);
  }

  /** `(a eq b) eq true` and `startswith(…) eq false`: a boolean sub-expression compared with a boolean. */
  private compareBoolean(
    expr: FilterExpression,
    op: string,
    right: FilterOperand,
    opToken: FilterToken,
  ): FilterExpression {
    if (right.kind !== "literal" || typeof right.value !== "boolean" || (op !== "eq" && op !== "ne")) {
      this.fail(opToken, "a boolean expression can only be compared with 'eq' or 'ne' and true or false");
    }
    return right.value === (op === "eq") ? expr : { kind: "not", operand: expr };
  }

  private parseStartsWith(): FilterExpression {
    this.next();
    this.expect("(");
    const subject = this.parseOperand();
    this.expect(",");
    const prefix = this.parseOperand();
    this.expect(")");
    return { kind: "startswith", subject, prefix };
  }

  private parseOperand(): FilterOperand {
    const token = this.next();
    switch (token.type) {
      case "string":
      case "number":
      case "datetime":
        return { kind: "literal", value: token.value };
      case "word": {
        const lower = token.text.toLowerCase();
        if (lower === "true" || lower === "false") return { kind: "literal", value: lower === "true" };
        if (lower === "null") return { kind: "literal", value: null };
        if (KEYWORDS.has(lower) || lower === "startswith") {
          this.fail(token, `expected a property or a literal, found ${describe(token)}`);
        }
        return { kind: "property", path: token.text.split("/") };
      }
      default:
        return this.fail(token, `expected a property or a literal, found ${describe(token)}`);
    }
  }
}

/**
 * Parses a `$filter` clause of the Batch OData subset. Operators and keywords are case-insensitive.
 * @throws {@link ODataSyntaxError} with the position of the first token it cannot place.
 */
export function parseFilter(text: string): FilterExpression {
  return new FilterParser(tokenizeFilter(text)).parse();
}
