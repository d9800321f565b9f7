/**
 * Tokenizer for `$filter` clauses.
 * @module
 */
import { ODataSyntaxError } from "./errors.js";

/** One lexical token of a filter clause. */
export type FilterToken =
  | { readonly type: "word"; readonly text: string; readonly pos: number }
  | { readonly type: "string"; readonly value: string; readonly pos: number }
  | { readonly type: "number"; readonly value: number; readonly pos: number }
  | { readonly type: "datetime"; readonly value: Date; readonly pos: number }
  | { readonly type: "(" | ")" | ","; readonly pos: number }
  | { readonly type: "end"; readonly pos: number };

const WORD = /[A-Za-z_][A-Za-z0-9_]*(?:\/[A-Za-z_][A-Za-z0-9_]*)*/y;
const NUMBER = /-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?/y;
// Bare ISO 8601 date-times, as the service accepts them without the DateTime'…' wrapper.
const ISO_DATETIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})?/y;
const ISO_DATETIME_FULL =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

function match(re: RegExp, text: string, pos: number): string | undefined {
  re.lastIndex = pos;
  return re.exec(text)?.[0];
}

/** Parses an ISO 8601 date-time; `undefined` when it is malformed or not a real date. */
export function parseIsoDateTime(text: string): Date | undefined {
  if (!ISO_DATETIME_FULL.test(text)) return undefined;
  // Reject calendar dates that Date would roll over into the next month (2024-02-31).
  const [year, month, day] = text.slice(0, 10).split("-").map(Number);
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  // A value without an offset is taken as UTC, as the service does.
  const withZone = /T.*(?:Z|[+-]\d{2}:\d{2})$/.test(text) || !text.includes("T") ? text : `${text}Z`;
  const date = new Date(withZone);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Reads a single-quoted literal starting at `pos` (the opening quote); `''` stands for one quote. */
function readQuoted(text: string, pos: number): { value: string; end: number } {
  let value = "";
  let i = pos + 1;
  for (;;) {
    if (i >= text.length) throw new ODataSyntaxError("filter", pos, "unterminated string literal");
    const ch = text[i];
    if (ch === "'") {
      if (text[i + 1] !== "'") return { value, end: i + 1 };
      value += "'";
      i += 2;
    } else {
      value += ch;
      i += 1;
    }
  }
}

/** Splits a filter clause into tokens; throws {@link ODataSyntaxError} on characters it cannot place. */
export function tokenizeFilter(text: string): FilterToken[] {
  const tokens: FilterToken[] = [];
  let pos = 0;
  while (pos < text.length) {
    const ch = text[pos];
    if (/\s/.test(ch)) {
      pos += 1;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push({ type: ch, pos });
      pos += 1;
      continue;
    }
    if (ch === "'") {
      const { value, end } = readQuoted(text, pos);
      tokens.push({ type: "string", value, pos });
      pos = end;
      continue;
    }
    const iso = match(ISO_DATETIME, text, pos);
    if (iso !== undefined) {
      const value = parseIsoDateTime(iso);
      if (!value) throw new ODataSyntaxError("filter", pos, `'${iso}' is not a valid date-time`);
      tokens.push({ type: "datetime", value, pos });
      pos += iso.length;
      continue;
    }
    const num = match(NUMBER, text, pos);
    if (num !== undefined) {
      if (/[A-Za-z_]/.test(text[pos + num.length] ?? "")) {
        throw new ODataSyntaxError("filter", pos, `malformed number '${num}${text[pos + num.length]}'`);
      }
      tokens.push({ type: "number", value: Number(num), pos });
      pos += num.length;
      continue;
    }
    const word = match(WORD, text, pos);
    if (word !== undefined) {
      const end = pos + word.length;
      if (word.toLowerCase() === "datetime" && text[end] === "'") {
        const { value, end: after } = readQuoted(text, end);
        const date = parseIsoDateTime(value);
        if (!date) throw new ODataSyntaxError("filter", pos, `'${value}' is not a valid date-time`);
        tokens.push({ type: "datetime", value: date, pos });
        pos = after;
        continue;
      }
      if (text[end] === "/") throw new ODataSyntaxError("filter", end, "incomplete property path");
      tokens.push({ type: "word", text: word, pos });
      pos = end;
      continue;
    }
    throw new ODataSyntaxError("filter", pos, `unexpected character '${ch}'`);
  }
  tokens.push({ type: "end", pos: text.length });
  return tokens;
}
