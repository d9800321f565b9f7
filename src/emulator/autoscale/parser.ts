/**
 * Parser of autoscale formulas: `;`-separated statements, each `$var = expression`, `var = expression`
 * or an expression.
 * Precedence, loosest first: `?:`, `||`, `&&`, `== !=`, `< <= > >=`, `+ -`, `* /`, unary `- + !`,
 * then `.member` / `.method(…)` and calls.
 * @module
 */
import type { BinaryOperator, Expression, Statement } from "./ast.js";
import { AutoScaleFormulaError, type SourcePosition } from "./errors.js";
import { tokenize, type Token } from "./lexer.js";

/** The service's limits on a formula. */
export const FORMULA_LIMITS = { maxLength: 8192, maxStatements: 100 } as const;

const BINARY_LEVELS: readonly (readonly BinaryOperator[])[] = [
  ["||"],
  ["&&"],
  ["==", "!="],
  ["<", "<=", ">", ">="],
  ["+", "-"],
  ["*", "/"],
];

function describe(token: Token): string {
  return token.type === "end" ? "end of formula" : `'${token.text}'`;
}

/** How deeply parentheses, calls, conditionals and unary operators may nest: bounds the recursion. */
export const MAX_FORMULA_DEPTH = 100;

class Parser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parseFormula(): Statement[] {
    const statements: Statement[] = [];
    while (this.peek().type !== "end") {
      if (this.isOperator(";")) {
        this.index += 1;
        continue;
      }
      const statement = this.parseStatement();
      statements.push(statement);
      if (statements.length > FORMULA_LIMITS.maxStatements) {
        this.fail(statement, `A formula can have at most ${FORMULA_LIMITS.maxStatements} statements`);
      }
      const after = this.peek();
      if (after.type !== "end" && !this.isOperator(";"))
        this.fail(after, `Expected ';' but found ${describe(after)}`);
    }
    return statements;
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== "end") this.index += 1;
    return token;
  }

  private isOperator(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.type === "operator" && token.text === text;
  }

  private fail(at: SourcePosition, detail: string): never {
    throw new AutoScaleFormulaError("syntax", { line: at.line, col: at.col }, detail);
  }

  private expectOperator(text: string): void {
    const token = this.next();
    if (token.type !== "operator" || token.text !== text)
      this.fail(token, `Expected '${text}' but found ${describe(token)}`);
  }

  private parseStatement(): Statement {
    const first = this.peek();
    // User variables may be named with or without `$` (`$x = 1`, `x = 1`).
    if ((first.type === "variable" || first.type === "identifier") && this.isOperator("=", 1)) {
      this.index += 2;
      return {
        kind: "assign",
        name: first.text,
        value: this.parseExpression(),
        line: first.line,
        col: first.col,
      };
    }
    return { kind: "expression", value: this.parseExpression(), line: first.line, col: first.col };
  }

  /** Parses a nested part with `parse`, refusing nesting past {@link MAX_FORMULA_DEPTH}. */
  private nested<T>(at: SourcePosition, parse: () => T): T {
    if (this.depth >= MAX_FORMULA_DEPTH)
      this.fail(at, `Expressions can nest at most ${MAX_FORMULA_DEPTH} levels deep`);
    this.depth += 1;
    const result = parse();
    this.depth -= 1;
    return result;
  }

  private parseExpression(): Expression {
    return this.nested(this.peek(), () => this.parseConditional());
  }

  private parseConditional(): Expression {
    const test = this.parseBinary(0);
    if (!this.isOperator("?")) return test;
    this.index += 1;
    const then = this.parseExpression();
    this.expectOperator(":");
    const otherwise = this.parseExpression();
    return { kind: "conditional", test, then, otherwise, line: test.line, col: test.col };
  }

  private parseBinary(level: number): Expression {
    if (level === BINARY_LEVELS.length) return this.parseUnary();
    let left = this.parseBinary(level + 1);
    for (;;) {
      const token = this.peek();
      const operator = BINARY_LEVELS[level].find((op) => token.type === "operator" && token.text === op);
      if (operator === undefined) return left;
      this.index += 1;
      const right = this.parseBinary(level + 1);
      left = { kind: "binary", operator, left, right, line: left.line, col: left.col };
    }
  }

  private parseUnary(): Expression {
    const token = this.peek();
    if (token.type === "operator" && (token.text === "-" || token.text === "+" || token.text === "!")) {
      this.index += 1;
      return {
        kind: "unary",
        operator: token.text,
        operand: this.nested(token, () => this.parseUnary()),
        line: token.line,
        col: token.col,
      };
    }
    return this.parsePostfix();
  }

  private parsePostfix(): Expression {
    let expr = this.parsePrimary();
    while (this.isOperator(".")) {
      this.index += 1;
      const name = this.next();
      if (name.type !== "identifier") this.fail(name, `Expected a member name but found ${describe(name)}`);
      expr = this.isOperator("(")
        ? {
            kind: "method",
            target: expr,
            name: name.text,
            args: this.parseArguments(),
            line: name.line,
            col: name.col,
          }
        : { kind: "member", target: expr, name: name.text, line: name.line, col: name.col };
    }
    return expr;
  }

  private parseArguments(): Expression[] {
    this.expectOperator("(");
    const args: Expression[] = [];
    if (this.isOperator(")")) {
      this.index += 1;
      return args;
    }
    for (;;) {
      args.push(this.parseExpression());
      const token = this.next();
      if (token.type === "operator" && token.text === ")") return args;
      if (token.type !== "operator" || token.text !== ",")
        this.fail(token, `Expected ',' or ')' but found ${describe(token)}`);
    }
  }

  private parsePrimary(): Expression {
    const token = this.next();
    const at = { line: token.line, col: token.col };
    switch (token.type) {
      case "number":
        return { kind: "number", value: token.value, ...at };
      case "string":
        return { kind: "string", value: token.value, ...at };
      case "variable":
        return { kind: "variable", name: token.text, ...at };
      case "identifier":
        return this.isOperator("(")
          ? { kind: "call", name: token.text, args: this.parseArguments(), ...at }
          : { kind: "identifier", name: token.text, ...at };
      case "operator":
        if (token.text === "(") {
          const inner = this.parseExpression();
          this.expectOperator(")");
          return inner;
        }
        return this.fail(token, `Unexpected ${describe(token)}`);
      default:
        return this.fail(token, "Unexpected end of formula");
    }
  }
}

/**
 * Parses an autoscale formula into statements.
 * @throws a syntax {@link AutoScaleFormulaError} with the line and column of the first problem.
 */
export function parseFormula(source: string): Statement[] {
  return new Parser(tokenize(source)).parseFormula();
}
