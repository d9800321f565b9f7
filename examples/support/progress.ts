/**
 * A console progress bar fed by a task state monitor's `progress` events. It draws only on a terminal,
 * so redirected output (CI logs, files) stays free of control characters.
 * @module
 */
import { Presets, SingleBar } from "cli-progress";
import type { TaskStateMonitor, TaskStateMonitorProgress } from "../../src/index.js";

/** Draws a bar of the tasks that reached the awaited state; call the returned function to remove it. */
export function attachProgressBar(monitor: TaskStateMonitor, taskCount: number): () => void {
  const bar = new SingleBar(
    { format: "  tasks [{bar}] {value}/{total} reached the state", hideCursor: true },
    Presets.shades_classic,
  );
  const update = (progress: TaskStateMonitorProgress) => bar.update(progress.done);
  bar.start(taskCount, 0);
  monitor.on("progress", update);
  return () => {
    monitor.off("progress", update);
    bar.stop();
  };
}
