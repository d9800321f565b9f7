/**
 * A console progress bar fed by a task state monitor's progress events. It draws only on a terminal,
 * so redirected output (CI logs, files) stays free of control characters.
 * @module
 */
import { SingleBar, Presets } from "cli-progress";
import type { TaskStateMonitor } from "../../src/index.js";

/** Draws a bar of tasks that reached the awaited state; the bar stops when the monitor settles. */
export function attachProgressBar(monitor: TaskStateMonitor, taskCount: number): void {
  const bar = new SingleBar({ format: " tasks [{bar}] {value}/{total} reached the state", hideCursor: true }, Presets.shades_classic);
  bar.start(taskCount, 0);
  monitor.on("progress", (progress) => bar.update(progress.reached));
  const stop = () => bar.stop();
  monitor.once("done", stop);
  monitor.once("error", stop);
}
