/**
 * Yes/no questions on the console, answered by the default when nobody can answer (no terminal).
 * @module
 */
import { createInterface } from "node:readline/promises";

/**
 * Prints `question` (e.g. `Delete job? [yes] no: `) and resolves to `false` only for `n` / `no`, like the
 * tutorial. Without a terminal on stdin the default answer `yes` is taken and echoed.
 */
export async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) {
    console.log(`${question}yes`);
    return true;
  }
  const readline = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = (await readline.question(question)).trim().toLowerCase();
    return answer !== "n" && answer !== "no";
  } finally {
    readline.close();
  }
}
