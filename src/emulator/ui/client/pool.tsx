/**
 * A pool: allocation, targets, autoscale, a resize form and the node heatmap (one tile per node,
 * coloured by state, filled by the task slots in use).
 * @module
 */
import { useState } from "preact/hooks";
import type { CloudPool, ComputeNode } from "../../../protocol/models.generated.js";
import { act, getJson, listAll, query, seg } from "./api.js";
import { useLive } from "./live.js";
import { duration, Failure, href, Loading, Properties, Section, State, when } from "./parts.js";

/** Node states in the heatmap's legend, in Batch Explorer's order. */
const NODE_STATES = [
  "idle",
  "running",
  "starting",
  "waitingforstarttask",
  "starttaskfailed",
  "rebooting",
  "reimaging",
  "leavingpool",
  "offline",
  "preempted",
  "unusable",
  "creating",
  "deallocated",
];

const NODE_FIELDS = "id,state,schedulingState,runningTasksCount,runningTaskSlotsCount";

/** One tile per node; a tile links to the node. */
export function Heatmap({
  poolId,
  nodes,
  slotsPerNode,
}: {
  poolId: string;
  nodes: ComputeNode[];
  slotsPerNode: number;
}) {
  const present = new Set(nodes.map((node) => node.state));
  return (
    <>
      <ul class="heatmap" aria-label="Node heatmap">
        {nodes.map((node) => {
          const used = node.runningTaskSlotsCount ?? node.runningTasksCount ?? 0;
          const label = `${node.id}: ${node.state}, ${node.runningTasksCount ?? 0} running tasks, ${used} of ${slotsPerNode} slots in use`;
          return (
            <li key={node.id}>
              <a
                class={`tile node-${node.state}`}
                href={href("pools", poolId, "nodes", node.id ?? "")}
                aria-label={label}
                title={label}
                data-state={node.state}
              >
                <span
                  class="slots"
                  style={{ height: `${(100 * Math.min(used, slotsPerNode)) / slotsPerNode}%` }}
                />
              </a>
            </li>
          );
        })}
      </ul>
      <ul class="legend" aria-label="Legend">
        {NODE_STATES.filter((state) => present.has(state as ComputeNode["state"])).map((state) => (
          <li key={state}>
            <span class={`swatch node-${state}`} aria-hidden="true" />
            {state} ({nodes.filter((node) => node.state === state).length})
          </li>
        ))}
      </ul>
    </>
  );
}

function ResizeForm({ pool, onDone }: { pool: CloudPool; onDone: () => void }) {
  const [dedicated, setDedicated] = useState(String(pool.targetDedicatedNodes ?? 0));
  const [lowPriority, setLowPriority] = useState(String(pool.targetLowPriorityNodes ?? 0));
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    try {
      await act("POST", `/pools/${seg(pool.id ?? "")}/resize`, {
        targetDedicatedNodes: Number(dedicated),
        targetLowPriorityNodes: Number(lowPriority),
      });
      setMessage({ text: "Resize accepted.", error: false });
      onDone();
    } catch (error) {
      setMessage({ text: `Resize failed: ${(error as Error).message}`, error: true });
    }
  };
  return (
    <form class="inline" aria-label="Resize pool" onSubmit={(event) => void submit(event)}>
      <label>
        Dedicated nodes{" "}
        <input type="number" min={0} value={dedicated} onInput={(e) => setDedicated(e.currentTarget.value)} />
      </label>
      <label>
        Low-priority nodes{" "}
        <input
          type="number"
          min={0}
          value={lowPriority}
          onInput={(e) => setLowPriority(e.currentTarget.value)}
        />
      </label>
      <button type="submit">Resize</button>
      <span role={message?.error ? "alert" : "status"} class={message?.error ? "error" : "note"}>
        {message?.text}
      </span>
    </form>
  );
}

/** The pool page. */
export function PoolView({ poolId }: { poolId: string }) {
  const { data, error, reload } = useLive(
    `pool:${poolId}`,
    async () => {
      const [pool, nodes] = await Promise.all([
        getJson<CloudPool>(`/pools/${seg(poolId)}`),
        listAll<ComputeNode>(`/pools/${seg(poolId)}/nodes${query({ $select: NODE_FIELDS })}`),
      ]);
      return { pool, nodes };
    },
    (ref) => ref.poolId === poolId,
  );
  if (!data) return error ? <Failure error={error} /> : <Loading />;
  const { pool, nodes } = data;
  const run = pool.autoScaleRun;
  return (
    <>
      <h1>Pool {pool.id}</h1>
      <Properties
        label="Pool properties"
        items={[
          ["State", <State value={pool.state} />],
          ["Allocation state", <State value={pool.allocationState} />],
          ["Allocation changed", when(pool.allocationStateTransitionTime)],
          [
            "Dedicated nodes (current / target)",
            `${pool.currentDedicatedNodes ?? 0} / ${pool.targetDedicatedNodes ?? 0}`,
          ],
          [
            "Low-priority nodes (current / target)",
            `${pool.currentLowPriorityNodes ?? 0} / ${pool.targetLowPriorityNodes ?? 0}`,
          ],
          ["VM size", pool.vmSize],
          ["Task slots per node", pool.taskSlotsPerNode ?? 1],
          ["Resize timeout", duration(pool.resizeTimeout)],
          ["Resize errors", pool.resizeErrors?.map((e) => `${e.code}: ${e.message}`).join("; ")],
          ["Autoscale formula", pool.enableAutoScale ? <code>{pool.autoScaleFormula}</code> : undefined],
          [
            "Autoscale interval",
            pool.enableAutoScale ? duration(pool.autoScaleEvaluationInterval) : undefined,
          ],
          [
            "Last evaluation",
            run
              ? `${when(run.timestamp)}: ${run.error ? `${run.error.code}: ${run.error.message}` : (run.results ?? "")}`
              : undefined,
          ],
        ]}
      />
      {!pool.enableAutoScale && pool.state === "active" && (
        <ResizeForm key={pool.id} pool={pool} onDone={reload} />
      )}
      <Section title="Nodes">
        {nodes.length === 0 ? (
          <p class="note">No nodes.</p>
        ) : (
          <Heatmap poolId={poolId} nodes={nodes} slotsPerNode={pool.taskSlotsPerNode ?? 1} />
        )}
      </Section>
    </>
  );
}
