/**
 * Live updates for the web view: the store's change events, coalesced and sent to each open page as
 * server-sent events. A message names the resources that changed (`{ refs, overflow }`), so that a
 * page refetches only what it shows; a flood (thousands of tasks finishing) becomes one message per
 * interval with `overflow: true`.
 * @module
 */
import type { ServerResponse } from "node:http";
import type { StoreEvents } from "../store/events.js";
import type { Store } from "../store/store.js";

/** How often changes are sent at most, in ms. */
const FLUSH_INTERVAL_MS = 250;
/** A heartbeat event this often keeps idle connections open and lets pages refresh what has no event. */
const HEARTBEAT_MS = 15_000;
/** Distinct resources named in one message at most; beyond that it says `overflow`. */
const MAX_REFS = 200;

/** Every store event, so that a new one cannot be forgotten here (the type demands each name). */
const EVENT_NAMES = Object.keys({
  poolAdded: true,
  poolUpdated: true,
  poolResized: true,
  poolAutoScaleChanged: true,
  poolDeleting: true,
  poolDeleted: true,
  nodeAdded: true,
  nodeRemoving: true,
  nodeRemoved: true,
  nodeRebooted: true,
  nodeReimaged: true,
  nodeDeallocated: true,
  nodeStarted: true,
  nodeSchedulingChanged: true,
  jobAdded: true,
  jobUpdated: true,
  jobDisabled: true,
  jobEnabled: true,
  jobTerminated: true,
  jobDeleting: true,
  jobDeleted: true,
  taskAdded: true,
  taskUpdated: true,
  taskTerminated: true,
  taskReactivated: true,
  taskDeleted: true,
  taskStateChanged: true,
  nodeStateChanged: true,
  jobScheduleAdded: true,
  jobScheduleUpdated: true,
  jobScheduleTerminated: true,
  jobScheduleDeleted: true,
  jobScheduleTriggered: true,
} satisfies Record<keyof StoreEvents, true>) as (keyof StoreEvents)[];

/** The ids an event names (its string fields: poolId, nodeId, jobId, taskId, jobScheduleId). */
export type ChangeRef = Readonly<Record<string, string>>;

const ID_FIELDS = ["poolId", "nodeId", "jobId", "taskId", "jobScheduleId"] as const;

function refOf(payload: unknown): ChangeRef {
  const ref: Record<string, string> = {};
  for (const field of ID_FIELDS) {
    const value = (payload as Record<string, unknown>)[field];
    if (typeof value === "string") ref[field] = value;
  }
  return ref;
}

/** Streams coalesced store changes to any number of pages. */
export class LiveChanges {
  private readonly clients = new Set<ServerResponse>();
  private readonly pending = new Map<string, ChangeRef>();
  private overflow = false;
  private flushTimer: NodeJS.Timeout | undefined;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly listeners: [keyof StoreEvents, (payload: unknown) => void][] = [];

  constructor(private readonly store: Store) {
    for (const name of EVENT_NAMES) {
      const listener = (payload: unknown): void => this.record(refOf(payload));
      this.listeners.push([name, listener]);
      store.events.on(name, listener);
    }
    this.heartbeat = setInterval(() => this.broadcast("event: heartbeat\ndata: {}\n\n"), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Answers an `EventSource` request and keeps it open until the page or the service goes. */
  attach(response: ServerResponse): void {
    response.writeHead(200, {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    // The browser reconnects after this many ms if the stream breaks.
    response.write("retry: 2000\n\n");
    this.clients.add(response);
    response.on("close", () => this.clients.delete(response));
  }

  /** Stops listening and ends every stream. */
  close(): void {
    clearInterval(this.heartbeat);
    clearTimeout(this.flushTimer);
    for (const [name, listener] of this.listeners) this.store.events.off(name, listener);
    for (const client of this.clients) client.end();
    this.clients.clear();
  }

  private record(ref: ChangeRef): void {
    if (this.clients.size === 0) return;
    if (!this.overflow) {
      const key = ID_FIELDS.map((field) => ref[field] ?? "").join("\u0000");
      this.pending.set(key, ref);
      if (this.pending.size > MAX_REFS) {
        this.overflow = true;
        this.pending.clear();
      }
    }
    this.flushTimer ??= setTimeout(() => this.flush(), FLUSH_INTERVAL_MS);
  }

  private flush(): void {
    this.flushTimer = undefined;
    const message = { refs: [...this.pending.values()], overflow: this.overflow };
    this.pending.clear();
    this.overflow = false;
    this.broadcast(`event: change\ndata: ${JSON.stringify(message)}\n\n`);
  }

  private broadcast(text: string): void {
    for (const client of this.clients) client.write(text);
  }
}
