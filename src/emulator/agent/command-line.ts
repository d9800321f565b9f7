/**
 * Splits a task command line into argv the way a POSIX shell splits words, without any of the
 * shell's other features: a Linux node executes the result directly, so `$VAR`, globs, `|`, `>`,
 * `&&` and `;` stay literal characters of the words they appear in.
 * @module
 */

/** Thrown when a command line cannot be split: an unbalanced quote, a dangling backslash, no words. */
export class CommandLineSyntaxError extends Error {
  /** Zero-based index in the command line where the problem was detected. */
  readonly position: number;

  /** Creates the error. */
  constructor(message: string, position: number) {
    super(message);
    this.name = "CommandLineSyntaxError";
    this.position = position;
  }
}

const BLANK = new Set([" ", "\t", "\n", "\r"]);
/** Characters that a backslash escapes inside double quotes; before others it stays literal. */
const DOUBLE_QUOTE_ESCAPABLE = new Set(["$", "`", '"', "\\", "\n"]);

/**
 * Splits `commandLine` into words: blanks separate words; `'…'` keeps everything literal;
 * `"…"` keeps everything literal except `\` before `$`, `` ` ``, `"`, `\` or a newline; an unquoted
 * `\` makes the next character literal; `\` + newline joins lines. Quotes may build part of a word
 * (`a"b c"d` is one word) and `''` is an empty word.
 * @throws CommandLineSyntaxError for unbalanced quotes, a trailing backslash or an empty command line.
 */
export function splitCommandLine(commandLine: string): string[] {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let i = 0;
  const n = commandLine.length;

  while (i < n) {
    const c = commandLine[i];
    if (BLANK.has(c)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      i++;
    } else if (c === "'") {
      const end = commandLine.indexOf("'", i + 1);
      if (end < 0) throw new CommandLineSyntaxError("unterminated single quote", i);
      word += commandLine.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      const start = i;
      i++;
      for (;;) {
        if (i >= n) throw new CommandLineSyntaxError("unterminated double quote", start);
        const d = commandLine[i];
        if (d === '"') break;
        if (d === "\\" && i + 1 < n && DOUBLE_QUOTE_ESCAPABLE.has(commandLine[i + 1])) {
          // An escaped newline is a line continuation and vanishes.
          if (commandLine[i + 1] !== "\n") word += commandLine[i + 1];
          i += 2;
        } else {
          word += d;
          i++;
        }
      }
      inWord = true;
      i++;
    } else if (c === "\\") {
      if (i + 1 >= n) throw new CommandLineSyntaxError("backslash at the end of the command line", i);
      if (commandLine[i + 1] !== "\n") {
        word += commandLine[i + 1];
        inWord = true;
      }
      i += 2;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  if (words.length === 0) throw new CommandLineSyntaxError("the command line names no program", 0);
  return words;
}
