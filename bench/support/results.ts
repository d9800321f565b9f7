/** The shape every benchmark scenario reports in, and the comparison ratio. */

/** One measured figure, with the official client's figure when there is one to compare. */
export interface Figure {
  /** Scenario heading, e.g. "Add 20,000 tasks". */
  readonly scenario: string;
  /** What was measured, e.g. "wall time (8 legs)". */
  readonly metric: string;
  /** Unit shown after the numbers. */
  readonly unit: string;
  readonly azbatch: number;
  readonly official?: number;
  /** True when a smaller number is better (times, bytes, requests). */
  readonly lowerIsBetter: boolean;
  /** Draw this figure's ratio in the chart. */
  readonly chart?: boolean;
  /** What the project aims for, e.g. "≥ 2×" or "≤ 150 µs" (shown, never enforced). */
  readonly goal?: string;
  /** The best that is possible in principle, e.g. "8×" for 8 parallel legs. */
  readonly limit?: string;
}

/** What one scenario produced: its figures and remarks about how it was run. */
export interface ScenarioResult {
  readonly figures: Figure[];
  readonly notes: string[];
}

/** How many times better azbatch does than the official client (> 1 means azbatch wins). */
export function advantage(figure: Figure): number | undefined {
  if (figure.official === undefined || figure.official === 0 || figure.azbatch === 0) return undefined;
  return figure.lowerIsBetter ? figure.official / figure.azbatch : figure.azbatch / figure.official;
}

/** The median of `values` (which must not be empty). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
