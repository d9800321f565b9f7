/**
 * Runs autoscale for the local Batch service: samples each autoscale pool's system variables every
 * sample period, evaluates its formula when autoscale is enabled (or the pool is created with it) and
 * then on every `autoScaleEvaluationInterval`, stores the run in `pool.autoScaleRun`, and resizes the
 * pool to the formula's targets through the pool resize machinery. Simulated time: periods are scaled
 * by the service's time scale, and formulas see a clock that runs `1 / timeScale` times faster.
 * @module
 */
import {
  evaluateAutoScale,
  SampleHistory,
  SAMPLED_VARIABLES,
  type AutoScaleEvaluation,
} from "./autoscale/index.js";
import type { AutoScaleEvaluator, AutoScaleOutcome } from "./handlers/index.js";
import { jobPoolId } from "./resources/jobs.js";
import { applyAutoScaleTargets, durationMs, MAX_TARGET_NODES } from "./resources/pools.js";
import type { PoolEntity } from "./store/entities.js";
import type { Store } from "./store/store.js";

/** The service records a sample of each system variable this often (simulated time). */
export const SAMPLE_PERIOD_MS = 30_000;
/**
 * The smallest time scale autoscale runs at: a lower one (down to 0) would make sampling and evaluation
 * spin; at this one a 30 s sample period takes 30 ms and a 5 min evaluation interval 300 ms.
 */
export const MIN_AUTOSCALE_TIME_SCALE = 0.001;

const USABLE_NODE_STATES = new Set(["idle", "running"]);
const FINISHED_JOB_STATES = new Set(["completed", "deleting"]);

/** Task and node counts of one pool at one moment, keyed by system variable name. */
function measure(store: Store, pool: PoolEntity): Record<string, number> {
  const poolKey = pool.data.id.toLowerCase();
  let active = 0;
  let running = 0;
  let succeeded = 0;
  let failed = 0;
  for (const job of store.jobs.list()) {
    if ((jobPoolId(job) ?? "").toLowerCase() !== poolKey || FINISHED_JOB_STATES.has(String(job.data.state)))
      continue;
    for (const task of job.tasks.list()) {
      const state = task.data.state;
      if (state === "active") active++;
      else if (state === "running" || state === "preparing") running++;
      else if (state === "completed") {
        if (task.data.executionInfo?.result === "success") succeeded++;
        else failed++;
      }
    }
  }
  const nodes = pool.nodes.list();
  const values: Record<string, number> = Object.fromEntries(SAMPLED_VARIABLES.map((name) => [name, 0]));
  return Object.assign(values, {
    $ActiveTasks: active,
    $RunningTasks: running,
    $PendingTasks: active + running,
    $SucceededTasks: succeeded,
    $FailedTasks: failed,
    $SampleNodeCount: nodes.length,
    $UsableNodeCount: nodes.filter((n) => USABLE_NODE_STATES.has(String(n.data.state))).length,
  });
}

/** The wire `autoScaleRun` (or `AutoScaleRun` answer) of an evaluation. */
function outcomeOf(evaluation: AutoScaleEvaluation): AutoScaleOutcome {
  const results = evaluation.resultsText;
  if (!evaluation.error) return { results };
  const { code, message, values } = evaluation.error;
  return { results, error: { code, message, values: values.map((v) => ({ ...v })) } };
}

/** Samples and evaluates the autoscale pools of one store; see the module comment. */
export class AutoScaleRunner {
  private readonly history = new SampleHistory();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly sampler: NodeJS.Timeout;
  private readonly scale: number;
  private readonly epoch = Date.now();
  /** Runs made by an enable in this turn, handed to the enable handler's evaluation so both agree. */
  private readonly justRun = new Map<string, { formula: string; outcome: AutoScaleOutcome }>();
  private closed = false;

  /** Subscribes to the store's pool events and starts sampling (existing autoscale pools start at once). */
  constructor(private readonly store: Store) {
    this.scale = Math.max(store.settings.timeScale, MIN_AUTOSCALE_TIME_SCALE);
    const events = store.events;
    events.on("poolAdded", (e) => this.restart(e.poolId));
    events.on("poolAutoScaleChanged", (e) => (e.enabled ? this.restart(e.poolId) : this.stop(e.poolId)));
    events.on("poolDeleting", (e) => this.stop(e.poolId));
    events.on("poolDeleted", (e) => this.history.forget(e.poolId));
    this.sampler = setInterval(() => this.sampleAll(), SAMPLE_PERIOD_MS * this.scale);
    this.sampler.unref();
    for (const pool of store.pools.list()) this.restart(pool.data.id);
  }

  /** The evaluator for the enable and evaluate operations (evaluates; never resizes). */
  readonly evaluator: AutoScaleEvaluator = (formula, pool) => {
    const key = pool.data.id.toLowerCase();
    const recent = this.justRun.get(key);
    if (recent?.formula === formula) return recent.outcome;
    return outcomeOf(this.evaluate(formula, pool));
  };

  /** Stops sampling and evaluating. */
  close(): void {
    this.closed = true;
    clearInterval(this.sampler);
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /** The clock formulas see: simulated time, running `1 / timeScale` times faster than the wall clock. */
  private simulatedNow(): number {
    return this.epoch + (Date.now() - this.epoch) / this.scale;
  }

  private evaluate(formula: string, pool: PoolEntity): AutoScaleEvaluation {
    const poolId = pool.data.id;
    if (!this.history.has(poolId)) this.sample(pool);
    const data = pool.data;
    return evaluateAutoScale(formula, {
      now: new Date(this.simulatedNow()),
      current: {
        targetDedicatedNodes: Number(data.targetDedicatedNodes ?? 0),
        targetLowPriorityNodes: Number(data.targetLowPriorityNodes ?? 0),
        currentDedicatedNodes: Number(data.currentDedicatedNodes ?? 0),
        currentLowPriorityNodes: Number(data.currentLowPriorityNodes ?? 0),
        taskSlotsPerNode: Number(data.taskSlotsPerNode ?? 1),
      },
      samples: (name) => this.history.samples(poolId, name),
      samplePeriodMs: SAMPLE_PERIOD_MS,
      maxNodes: MAX_TARGET_NODES,
    });
  }

  private sample(pool: PoolEntity): void {
    this.history.record(pool.data.id, this.simulatedNow(), measure(this.store, pool));
  }

  private sampleAll(): void {
    if (this.closed || this.store.isClosed) return;
    for (const pool of this.store.pools.list()) if (pool.data.enableAutoScale === true) this.sample(pool);
  }

  private stop(poolId: string): void {
    const key = poolId.toLowerCase();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  /** Evaluates the pool now (as the service does when autoscale is turned on) and restarts its interval. */
  private restart(poolId: string): void {
    this.stop(poolId);
    const pool = this.store.pools.find(poolId);
    if (!pool || pool.data.enableAutoScale !== true || pool.data.state === "deleting") return;
    const key = poolId.toLowerCase();
    this.justRun.set(key, { formula: String(pool.data.autoScaleFormula), outcome: this.run(pool) });
    queueMicrotask(() => this.justRun.delete(key));
  }

  /** One autoscale run: evaluate, record it on the pool, resize, and schedule the next run. */
  private run(pool: PoolEntity): AutoScaleOutcome {
    const key = pool.data.id.toLowerCase();
    const evaluation = this.evaluate(String(pool.data.autoScaleFormula), pool);
    const outcome = outcomeOf(evaluation);
    pool.data.autoScaleRun = { timestamp: this.store.now().toISOString(), ...outcome };
    this.store.markDirty();
    if (!evaluation.error) applyAutoScaleTargets(this.store, pool, evaluation.targets);
    const intervalMs = durationMs(pool.data.autoScaleEvaluationInterval) ?? 15 * 60_000;
    const timer = setTimeout(() => {
      this.timers.delete(key);
      if (this.closed || this.store.isClosed || this.store.pools.find(key) !== pool) return;
      if (pool.data.enableAutoScale !== true || pool.data.state === "deleting") return;
      this.run(pool);
      this.store.flush();
    }, intervalMs * this.scale);
    timer.unref();
    this.timers.set(key, timer);
    return outcome;
  }
}
