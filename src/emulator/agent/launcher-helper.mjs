/**
 * The process launcher: a small process of its own that the local Batch service forks once and asks
 * (over the IPC channel) to start task processes. `fork()` copies the page tables of the process that
 * calls it and blocks that process until the child has exec'd; done here, it costs the size of this
 * small process and never stalls the service's event loop.
 *
 * Plain JavaScript, so that it runs as it is from a source checkout and from the package.
 *
 * Request:  `{ id, file, args, cwd, env, stdout, stderr }` (`stdout`/`stderr`: paths to create).
 * Answers:  `{ id, pid }` once started; then exactly one of `{ id, exit: { code, signal } }`,
 *           `{ id, openFailed: { file, code } }` (an output file could not be created) or
 *           `{ id, spawnFailed: { code } }` (the program could not be started).
 */
import { spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";

// The service ends this process by closing the channel; a Ctrl-C meant for the service must not end it
// first, or the exits of the tasks the service is stopping would never be reported.
process.on("SIGINT", () => {});
process.on("disconnect", () => process.exit(0));
process.on("message", launch);

function reply(message) {
  if (process.connected) process.send(message);
}

function launch({ id, file, args, cwd, env, stdout, stderr }) {
  const fds = [];
  try {
    for (const [name, path] of [
      ["stdout.txt", stdout],
      ["stderr.txt", stderr],
    ]) {
      try {
        fds.push(openSync(path, "w"));
      } catch (error) {
        reply({ id, openFailed: { file: name, code: error.code ?? "error" } });
        return;
      }
    }
    let child;
    try {
      child = spawn(file, args, { cwd, env, detached: true, stdio: ["ignore", fds[0], fds[1]] });
    } catch (error) {
      // Out of descriptors or processes, spawn throws rather than emitting "error".
      reply({ id, spawnFailed: { code: error.code ?? "error" } });
      return;
    }
    let settled = false;
    child.once("error", (error) => {
      if (settled) return;
      settled = true;
      reply({ id, spawnFailed: { code: error.code ?? "error" } });
    });
    child.once("exit", (code, signal) => {
      if (settled) return;
      settled = true;
      reply({ id, exit: { code, signal } });
    });
    if (child.pid !== undefined) reply({ id, pid: child.pid });
  } finally {
    // The child holds its own copies of the descriptors.
    for (const fd of fds) closeSync(fd);
  }
}
