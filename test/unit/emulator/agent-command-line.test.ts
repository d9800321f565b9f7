import { describe, expect, it } from "vitest";
import { CommandLineSyntaxError, splitCommandLine } from "../../../src/emulator/agent/command-line.js";

describe("splitCommandLine", () => {
  it.each<[string, string[]]>([
    ["echo hello", ["echo", "hello"]],
    ["  echo \t hello  \n", ["echo", "hello"]],
    ["/bin/sh -c 'echo $AZ_BATCH_TASK_ID'", ["/bin/sh", "-c", "echo $AZ_BATCH_TASK_ID"]],
    ['/bin/sh -c "echo $HOME"', ["/bin/sh", "-c", "echo $HOME"]],
    ["echo $HOME", ["echo", "$HOME"]],
    ["echo *.txt", ["echo", "*.txt"]],
    ["cat a | wc > out && rm b; c &", ["cat", "a", "|", "wc", ">", "out", "&&", "rm", "b;", "c", "&"]],
    ["a\\ b c", ["a b", "c"]],
    ["a\\'b", ["a'b"]],
    ['a"b c"d', ["ab cd"]],
    ["echo '' x", ["echo", "", "x"]],
    ['echo ""', ["echo", ""]],
    ["'it'\\''s'", ["it's"]],
    ['"a\\"b"', ['a"b']],
    ['"a\\$b"', ["a$b"]],
    ['"a\\nb"', ["a\\nb"]],
    ['"back\\\\slash"', ["back\\slash"]],
    ["'no \\ escapes \" here'", ['no \\ escapes " here']],
    ["echo one\\\ntwo", ["echo", "onetwo"]],
    ["python3 -c \"print('x y')\"", ["python3", "-c", "print('x y')"]],
  ])("%j → %j", (line, argv) => {
    expect(splitCommandLine(line)).toEqual(argv);
  });

  it.each([
    ["echo 'unterminated", "unterminated single quote", 5],
    ['echo "unterminated', "unterminated double quote", 5],
    ["echo trailing\\", "backslash at the end of the command line", 13],
    ["   ", "the command line names no program", 0],
    ["", "the command line names no program", 0],
  ])("refuses %j", (line, message, position) => {
    let caught: unknown;
    try {
      splitCommandLine(line);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CommandLineSyntaxError);
    expect((caught as CommandLineSyntaxError).message).toBe(message);
    expect((caught as CommandLineSyntaxError).position).toBe(position);
  });
});
