import { describe, expect, it } from "vitest";
import {
  formatTopWords,
  outputFileName,
  splitWords,
  topWords,
} from "../../../examples/dotnet-tutorial/top-words.js";

describe("topWords", () => {
  it("counts whitespace-separated words, most frequent first", () => {
    expect(topWords("b a b\tc  b\na\r\nc c c", 3)).toEqual([
      { word: "c", count: 4 },
      { word: "b", count: 3 },
      { word: "a", count: 2 },
    ]);
  });

  it("keeps first-occurrence order between words with equal counts", () => {
    expect(topWords("zeta alpha mid alpha zeta mid omega", 4)).toEqual([
      { word: "zeta", count: 2 },
      { word: "alpha", count: 2 },
      { word: "mid", count: 2 },
      { word: "omega", count: 1 },
    ]);
  });

  it("is case-sensitive and keeps punctuation attached", () => {
    expect(topWords("The the THE the. the", 5)).toEqual([
      { word: "the", count: 2 },
      { word: "The", count: 1 },
      { word: "THE", count: 1 },
      { word: "the.", count: 1 },
    ]);
  });

  it("returns fewer words when the text has fewer, and none for n = 0", () => {
    expect(topWords("  one  ", 3)).toEqual([{ word: "one", count: 1 }]);
    expect(topWords("", 3)).toEqual([]);
    expect(topWords("a b", 0)).toEqual([]);
  });

  it("rejects a negative or fractional count", () => {
    expect(() => topWords("a", -1)).toThrow(RangeError);
    expect(() => topWords("a", 1.5)).toThrow(RangeError);
  });
});

describe("splitWords", () => {
  it("splits on .NET whitespace: NEL and no-break space split, a byte order mark does not", () => {
    expect(splitWords("a\u0085b\u00a0c\u2003d\ufeffe")).toEqual(["a", "b", "c", "d\ufeffe"]);
  });
});

describe("formatTopWords", () => {
  it("writes the header, right-aligned counts, the rule and the Batch identity lines", () => {
    const text = formatTopWords(
      [
        { word: "of", count: 123 },
        { word: "a", count: 7 },
      ],
      { nodeId: "tvm-1", taskId: "topNtask0", jobId: "DotNetTutorialJob", poolId: "DotNetTutorialPool" },
    );
    expect(text).toBe(
      "Count\tWord\n" +
        "123\t\tof\n" +
        "  7\t\ta\n" +
        "------------------------------\n" +
        "Node: tvm-1\n" +
        "Task: topNtask0\n" +
        "Job:  DotNetTutorialJob\n" +
        "Pool: DotNetTutorialPool\n",
    );
  });

  it("leaves a missing variable empty", () => {
    expect(formatTopWords([], {})).toContain("\nNode: \nTask: \nJob:  \nPool: \n");
  });
});

describe("outputFileName", () => {
  it("inserts _OUTPUT before the extension of the file name", () => {
    expect(outputFileName("/mnt/batch/tasks/wd/taskdata1.txt")).toBe("taskdata1_OUTPUT.txt");
    expect(outputFileName("archive.tar.gz")).toBe("archive.tar_OUTPUT.gz");
    expect(outputFileName("README")).toBe("README_OUTPUT");
  });
});
