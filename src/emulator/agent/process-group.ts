/**
 * Process-group helpers: a task process is spawned as the leader of its own group, so the whole
 * tree it starts (`/bin/sh -c 'a | b &'`) can be signalled at once.
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import { constants } from "node:os";
import { sep } from "node:path";

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

/** The value of `name` in the environment of process `pid`, or undefined (gone, unreadable, unset). */
function environmentValue(pid: number, name: string): string | undefined {
  let environ: string;
  try {
    environ = readFileSync(`/proc/${pid}/environ`, "utf8");
  } catch {
    return undefined;
  }
  const prefix = `${name}=`;
  return environ
    .split("\0")
    .find((entry) => entry.startsWith(prefix))
    ?.slice(prefix.length);
}

/**
 * Live processes, other than this one, that run on a node whose root is `dataDir` or below it. Every
 * task process carries `AZ_BATCH_NODE_ROOT_DIR`, and so does whatever it starts — children that left
 * the task's process group with `setsid` and processes a killed service left behind included.
 * Linux only (`/proc`); a process that scrubs its environment is not found.
 */
export function processesOnNodesUnder(dataDir: string): number[] {
  let entries: string[];
  try {
    entries = readdirProc();
  } catch {
    return [];
  }
  const found: number[] = [];
  for (const entry of entries) {
    const pid = Number(entry);
    if (pid === process.pid) continue;
    const root = environmentValue(pid, "AZ_BATCH_NODE_ROOT_DIR");
    if (root !== undefined && (root === dataDir || root.startsWith(dataDir + sep)) && isProcessAlive(pid))
      found.push(pid);
  }
  return found;
}

/** Kills every process {@link processesOnNodesUnder} finds and waits (up to `timeoutMs`) until they are gone. */
export async function killProcessesOnNodesUnder(dataDir: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pids = processesOnNodesUnder(dataDir);
    if (pids.length === 0 || Date.now() >= deadline) return;
    for (const pid of pids) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // Gone already, or not ours to kill.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
