/**
 * The DotNetTutorial port, run as `npm run tutorial` runs it: it starts the local Batch service and
 * Azurite, runs three tasks on a pool and leaves one top-3 word list per input file.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedDir } from "../support/shared.js";
import { runExample } from "./run-example.js";

/** The top-3 words of each input, in file order: taskdata1 → topNtask0, and so on. */
type Expected = readonly (readonly [count: number, word: string])[][];

const OWN_INPUTS: Expected = [
  [
    [7, "the"],
    [4, "pool"],
    [4, "of"],
  ],
  [
    [11, "the"],
    [2, "The"],
    [2, "boat"],
  ],
  [
    [11, "the"],
    [5, "and"],
    [2, "water,"],
  ],
];

// The original sample's texts, where the counts tie often: first occurrence decides the order.
const ORIGINAL_INPUTS: Expected = [
  [
    [3, "and"],
    [3, "any"],
    [2, "Azure"],
  ],
  [
    [4, "to"],
    [3, "and"],
    [3, "the"],
  ],
  [
    [4, "and"],
    [3, "a"],
    [3, "for"],
  ],
];

const originalInputDir = sharedDir && join(sharedDir, "dotnet-tutorial");
const haveOriginals = originalInputDir !== undefined && existsSync(join(originalInputDir, "taskdata1.txt"));
if (!haveOriginals)
  console.warn("skipped: the original tutorial inputs (../shared/dotnet-tutorial) are not present");

const TUTORIAL_LINES = [
  "Sample start: ",
  "Container [application] created.",
  "Container [input] created.",
  "Container [output] created.",
  "Uploading file ",
  "Creating pool [DotNetTutorialPool]...",
  "Creating job [DotNetTutorialJob]...",
  "Adding 3 tasks to job [DotNetTutorialJob]...",
  "Awaiting task completion, timeout in 00:30:00...",
  "Success! All tasks completed successfully within the specified timeout period.",
  "Downloading all files from container [output]...",
  "All files downloaded to ",
  "Container [application] deleted.",
  "Container [input] deleted.",
  "Container [output] deleted.",
  "Sample end: ",
  "Elapsed time: ",
  "Delete job? [yes] no: yes",
  "Delete pool? [yes] no: yes",
];

function expectedOutput(words: Expected[number], taskIndex: number): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const lines = words.map(([count, word]) => `${String(count).padStart(3)}\\t\\t${escape(word)}`);
  return new RegExp(
    `^Count\\tWord\\n${lines.join("\\n")}\\n-{30}\\nNode: \\S+\\nTask: topNtask${taskIndex}\\n` +
      `Job:  DotNetTutorialJob\\nPool: DotNetTutorialPool\\n$`,
  );
}

async function runTutorial(outputDir: string, expected: Expected, inputDir?: string): Promise<void> {
  const args = ["--output-dir", outputDir, ...(inputDir ? ["--input-dir", inputDir] : [])];
  const run = await runExample("dotnet-tutorial/program.ts", args);

  expect(run.stderr).not.toMatch(/sig=(?!REDACTED)/);
  expect(run.stdout).not.toMatch(/sig=(?!REDACTED)/);
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
  let position = -1;
  for (const line of TUTORIAL_LINES) {
    const next = run.stdout.indexOf(line, position + 1);
    expect(next, `"${line}" after position ${position} in:\n${run.stdout}`).toBeGreaterThan(position);
    position = next;
  }
  for (const [index, words] of expected.entries()) {
    const text = await readFile(join(outputDir, `taskdata${index + 1}_OUTPUT.txt`), "utf8");
    expect(text).toMatch(expectedOutput(words, index));
  }
}

describe("npm run tutorial", () => {
  let outputRoot: string;

  beforeAll(async () => {
    outputRoot = await mkdtemp(join(tmpdir(), "tutorial-e2e-"));
  });

  afterAll(async () => {
    if (outputRoot) await rm(outputRoot, { recursive: true, force: true });
  });

  it("prints the tutorial's lines and leaves the top-3 words of the sample's texts", async () => {
    await runTutorial(join(outputRoot, "own"), OWN_INPUTS);
  }, 300_000);

  it.runIf(haveOriginals)(
    "gives the same results as the original sample on its own inputs",
    async () => {
      await runTutorial(join(outputRoot, "original"), ORIGINAL_INPUTS, originalInputDir);
    },
    300_000,
  );
});

describe("npm run tutorial: command line", () => {
  it("describes the options and the account variables, and exits 0", async () => {
    const run = await runExample("dotnet-tutorial/program.ts", ["--help"], 60_000);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--input-dir <dir>");
    expect(run.stdout).toContain("--output-dir <dir>");
    expect(run.stdout).toContain("BATCH_ACCOUNT_URL");
  });

  it("refuses an input folder without the three texts before starting anything, with exit code 2", async () => {
    const run = await runExample("dotnet-tutorial/program.ts", ["--input-dir", tmpdir()], 60_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("lacks taskdata1.txt, taskdata2.txt, taskdata3.txt");
    expect(run.stdout).not.toContain("Sample start");
  });
});
