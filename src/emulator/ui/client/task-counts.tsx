/**
 * A progress bar of task counts: succeeded, failed, running and active shares of all tasks.
 * @module
 */
import type { TaskCounts } from "../../../protocol/models.generated.js";

const PARTS = ["succeeded", "failed", "running", "active"] as const;

/** Task counts as a stacked bar with a text summary (the bar itself is a labelled progressbar). */
export function TaskCountsBar({ counts, label }: { counts: TaskCounts; label: string }) {
  const all = counts.active + counts.running + counts.completed;
  const summary = `${counts.completed} of ${all} completed (${counts.succeeded} succeeded, ${counts.failed} failed), ${counts.running} running, ${counts.active} active`;
  return (
    <div class="counts">
      <div
        class="bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={all}
        aria-valuenow={counts.completed}
        aria-valuetext={summary}
      >
        {PARTS.map((part) =>
          counts[part] > 0 ? (
            <span key={part} class={`bar-${part}`} style={{ width: `${(100 * counts[part]) / all}%` }} />
          ) : null,
        )}
      </div>
      <p class="note" data-testid="task-counts">
        {summary}
      </p>
    </div>
  );
}
