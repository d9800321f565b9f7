/**
 * Process-group helpers: a task process is spawned as the leader of its own group, so the whole
 * tree it starts (`/bin/sh -c 'a | b &'`) can be signalled at once.
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import { constants } from "node:os";

/** Whether a process exists and is not a zombie (a zombie is dead, merely not yet reaped). */
export function isProcessAlive(pid: number): boolean {
  try {
    // Field 3 of /proc/<pid>/stat is the state; the command name before it may contain spaces, so cut after ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state !== "Z" && state !== "X";
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === "EPERM";
    }
  }
}

/** The live members of process group `pgid` (Linux `/proc`; elsewhere only the leader is checked). */
export function livingGroupMembers(pgid: number): number[] {
  // Signal 0 to the group is one system call; only a group that still has members (zombies count) is scanned.
  if (!groupExists(pgid)) return [];
  let entries: string[];
  try {
    entries = readdirProc();
  } catch {
    return isProcessAlive(pgid) ? [pgid] : [];
  }
  const members: number[] = [];
  for (const entry of entries) {
    const pid = Number(entry);
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // After the state come ppid, pgrp.
      if (Number(fields[2]) === pgid && fields[0] !== "Z" && fields[0] !== "X") members.push(pid);
    } catch {
      // The process ended while we looked.
    }
  }
  return members;
}

function groupExists(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readdirProc(): string[] {
  return readdirSync("/proc").filter((name) => /^\d+$/.test(name));
}

/** Sends SIGKILL to every process of group `pgid`; a group already gone is not an error. */
export function killProcessGroup(pgid: number): void {
  try {
    process.kill(-pgid, "SIGKILL");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

/** The exit code a shell reports for a process ended by `signal` (128 + signal number). */
export function exitCodeForSignal(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 0);
}

/** Waits until no member of group `pgid` is alive, or `timeoutMs` passed; returns whether it is gone. */
export async function waitForGroupExit(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (livingGroupMembers(pgid).length === 0) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
