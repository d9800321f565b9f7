/**
 * The word counting of the tutorial's task application, kept free of I/O so it can be tested alone.
 * @module
 */

/** One entry of a top-N list: a word and how often it occurs. */
export interface WordCount {
  /** The word exactly as it appears in the text (case is significant). */
  readonly word: string;
  /** Number of occurrences. */
  readonly count: number;
}

/** The Batch variables the output file reports, read from the task's environment. */
export interface TaskIdentity {
  /** `AZ_BATCH_NODE_ID` */
  readonly nodeId?: string;
  /** `AZ_BATCH_TASK_ID` */
  readonly taskId?: string;
  /** `AZ_BATCH_JOB_ID` */
  readonly jobId?: string;
  /** `AZ_BATCH_POOL_ID` */
  readonly poolId?: string;
}

// The same separators as .NET's String.Split(null): Char.IsWhiteSpace, which (unlike JavaScript's \s)
// includes U+0085 and excludes U+FEFF.
const WHITESPACE = /[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u;

/** Splits text into words on whitespace runs, dropping empty pieces. */
export function splitWords(text: string): string[] {
  return text.split(WHITESPACE).filter((word) => word.length > 0);
}

/**
 * The `n` most frequent words of `text`, most frequent first. Words that occur equally often keep the
 * order of their first occurrence in the text, as LINQ's stable GroupBy/OrderByDescending does.
 */
export function topWords(text: string, n: number): WordCount[] {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`The number of words must be a non-negative integer, got ${n}.`);
  // A Map iterates in insertion order, i.e. first occurrence, and Array.prototype.sort is stable.
  const counts = new Map<string, number>();
  for (const word of splitWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count)
    .slice(0, n);
}

/**
 * The output file's text: a `Count<TAB>Word` header, one line per word (count right-aligned in three
 * columns, two tabs, the word), a rule and the node, task, job and pool the task ran on.
 */
export function formatTopWords(words: readonly WordCount[], identity: TaskIdentity): string {
  const lines = [
    "Count\tWord",
    ...words.map(({ word, count }) => `${String(count).padStart(3)}\t\t${word}`),
    "-".repeat(30),
    `Node: ${identity.nodeId ?? ""}`,
    `Task: ${identity.taskId ?? ""}`,
    `Job:  ${identity.jobId ?? ""}`,
    `Pool: ${identity.poolId ?? ""}`,
  ];
  return lines.map((line) => `${line}\n`).join("");
}

/** The output file name for an input path: `taskdata1.txt` → `taskdata1_OUTPUT.txt`. */
export function outputFileName(inputPath: string): string {
  const base = inputPath.split(/[\\/]/).pop() ?? inputPath;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? `${base.slice(0, dot)}_OUTPUT${base.slice(dot)}` : `${base}_OUTPUT`;
}
