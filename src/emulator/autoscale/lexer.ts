/**
 * Tokenizer of autoscale formulas: `$variables`, identifiers, numbers, quoted strings, operators,
 * `//` and `/* … *\/` comments.
 * @module
 */
import { AutoScaleFormulaError, type SourcePosition } from "./errors.js";

/** One token with its one-based position. */
export type Token = SourcePosition &
  (
    | { readonly type: "number"; readonly value: number; readonly text: string }
    | { readonly type: "string"; readonly value: string; readonly text: string }
    | { readonly type: "variable" | "identifier" | "operator"; readonly text: string }
    | { readonly type: "end"; readonly text: "" }
  );

const OPERATORS = [
  "&&",
  "||",
  "==",
  "!=",
  "<=",
  ">=",
  "<",
  ">",
  "+",
  "-",
  "*",
  "/",
  "!",
  "?",
  ":",
  "(",
  ")",
  ",",
  ";",
  "=",
  ".",
];
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

/** Splits a formula into tokens; throws a syntax {@link AutoScaleFormulaError} on stray characters. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  let line = 1;
  let lineStart = 0;
  const here = (at = pos): SourcePosition => ({ line, col: at - lineStart + 1 });
  const advanceOver = (end: number) => {
    for (let i = pos; i < end; i++) {
      if (source[i] === "\n") {
        line += 1;
        lineStart = i + 1;
      }
    }
    pos = end;
  };
  const sticky = (re: RegExp): string | undefined => {
    re.lastIndex = pos;
    return re.exec(source)?.[0];
  };

  while (pos < source.length) {
    const ch = source[pos];
    if (/\s/.test(ch)) {
      advanceOver(pos + 1);
      continue;
    }
    if (source.startsWith("//", pos)) {
      const end = source.indexOf("\n", pos);
      advanceOver(end < 0 ? source.length : end);
      continue;
    }
    if (source.startsWith("/*", pos)) {
      const end = source.indexOf("*/", pos + 2);
      if (end < 0) throw new AutoScaleFormulaError("syntax", here(), "Unterminated comment");
      advanceOver(end + 2);
      continue;
    }
    const at = here();
    if (ch === '"' || ch === "'") {
      const end = source.indexOf(ch, pos + 1);
      if (end < 0 || source.slice(pos, end).includes("\n")) {
        throw new AutoScaleFormulaError("syntax", at, "Unterminated string literal");
      }
      const text = source.slice(pos, end + 1);
      tokens.push({ ...at, type: "string", value: text.slice(1, -1), text });
      advanceOver(end + 1);
      continue;
    }
    if (ch === "$") {
      pos += 1;
      const name = sticky(NAME);
      if (name === undefined)
        throw new AutoScaleFormulaError("syntax", at, "Expected a variable name after '$'");
      tokens.push({ ...at, type: "variable", text: `$${name}` });
      advanceOver(pos + name.length);
      continue;
    }
    const num = sticky(NUMBER);
    if (num !== undefined) {
      tokens.push({ ...at, type: "number", value: Number(num), text: num });
      advanceOver(pos + num.length);
      continue;
    }
    const name = sticky(NAME);
    if (name !== undefined) {
      tokens.push({ ...at, type: "identifier", text: name });
      advanceOver(pos + name.length);
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, pos));
    if (op === undefined) throw new AutoScaleFormulaError("syntax", at, `Unexpected character '${ch}'`);
    tokens.push({ ...at, type: "operator", text: op });
    advanceOver(pos + op.length);
  }
  tokens.push({ ...here(), type: "end", text: "" });
  return tokens;
}
