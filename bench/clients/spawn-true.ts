/**
 * Child: the baseline of task execution. Spawns `--count` `/bin/true` processes, `--parallel` at a
 * time, from a fresh process (as the local Batch service spawns its tasks from its own process) and
 * prints the run's {@link RunFigures}.
 */
import { parseArgs } from "node:util";
import { emit, measure } from "../support/measure.js";
import { spawnDirectly } from "../support/spawn.js";

const { values } = parseArgs({
  options: { count: { type: "string" }, parallel: { type: "string" } },
  strict: true,
});
emit(await measure(() => spawnDirectly(Number(values.count), Number(values.parallel))));
