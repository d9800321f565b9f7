/**
 * Which tasks run where: every placement of a task (or multi-instance subtask) on a node, indexed
 * by node and by job so that slot accounting, per-job parallelism and kill routing never scan every
 * placement.
 * @module
 */
import type { InstanceSlot } from "./multi-instance.js";
import { key } from "./node-runtime.js";

/** One task, or one subtask of a multi-instance task, holding slots on a node. */
export interface Placement extends InstanceSlot {
  /** The key in the placement map: job and task, plus the subtask number for a multi-instance subtask. */
  readonly key: string;
  readonly jobId: string;
  readonly taskId: string;
  readonly poolId: string;
  readonly nodeId: string;
  readonly slots: number;
  /** True for the primary (the task itself); false for a multi-instance subtask. */
  readonly primary: boolean;
  /** Resolves when the placement is released. */
  readonly released: Promise<void>;
  readonly onReleased: () => void;
}

/** The placements of the scheduler, with indexes by node and job. */
export class Placements {
  private readonly byKey = new Map<string, Placement>();
  private readonly byNode = new Map<string, Set<Placement>>();
  private readonly byJob = new Map<string, Set<Placement>>();
  private readonly slotsByNode = new Map<string, number>();
  private readonly primariesByJob = new Map<string, number>();

  /** How many placements there are. */
  get size(): number {
    return this.byKey.size;
  }

  /** The placement with this key (see {@link placementKey}). */
  get(placementKey: string): Placement | undefined {
    return this.byKey.get(placementKey);
  }

  /** Every placement. */
  all(): IterableIterator<Placement> {
    return this.byKey.values();
  }

  /** Records a placement. */
  add(p: Placement): void {
    this.byKey.set(p.key, p);
    const nodeKey = key(p.poolId, p.nodeId);
    addTo(this.byNode, nodeKey, p);
    addTo(this.byJob, key(p.jobId), p);
    this.slotsByNode.set(nodeKey, (this.slotsByNode.get(nodeKey) ?? 0) + p.slots);
    if (p.primary) this.primariesByJob.set(key(p.jobId), (this.primariesByJob.get(key(p.jobId)) ?? 0) + 1);
  }

  /** Forgets a placement; false when it was not (or no longer) recorded. */
  remove(p: Placement): boolean {
    if (this.byKey.get(p.key) !== p) return false;
    this.byKey.delete(p.key);
    const nodeKey = key(p.poolId, p.nodeId);
    removeFrom(this.byNode, nodeKey, p);
    removeFrom(this.byJob, key(p.jobId), p);
    this.slotsByNode.set(nodeKey, (this.slotsByNode.get(nodeKey) ?? 0) - p.slots);
    if (p.primary) this.primariesByJob.set(key(p.jobId), (this.primariesByJob.get(key(p.jobId)) ?? 0) - 1);
    return true;
  }

  /** The placements on a node. */
  onNode(poolId: string, nodeId: string): Placement[] {
    return [...(this.byNode.get(key(poolId, nodeId)) ?? [])];
  }

  /** The placements of a job's tasks. */
  ofJob(jobId: string): Placement[] {
    return [...(this.byJob.get(key(jobId)) ?? [])];
  }

  /** Slots taken on a node. */
  slotsOn(poolId: string, nodeId: string): number {
    return this.slotsByNode.get(key(poolId, nodeId)) ?? 0;
  }

  /** How many of a job's tasks are placed (a multi-instance task counts once). */
  tasksOfJob(jobId: string): number {
    return this.primariesByJob.get(key(jobId)) ?? 0;
  }
}

/** The key of a task's placement, or of subtask `subtask` (1, 2, …) of a multi-instance task. */
export function placementKey(jobId: string, taskId: string, subtask = 0): string {
  return subtask === 0 ? key(jobId, taskId) : key(jobId, taskId, `#${subtask}`);
}

function addTo<K, V>(map: Map<K, Set<V>>, k: K, v: V): void {
  let set = map.get(k);
  if (!set) map.set(k, (set = new Set()));
  set.add(v);
}

function removeFrom<K, V>(map: Map<K, Set<V>>, k: K, v: V): void {
  const set = map.get(k);
  set?.delete(v);
  if (set?.size === 0) map.delete(k);
}
