/**
 * Keeping views fresh: one `EventSource` on `/_ui/events` for the page, and a hook that loads a
 * view's data and loads it again when a change names what the view shows.
 * @module
 */
import { useEffect, useRef, useState } from "preact/hooks";

/** The ids a change names (any of poolId, nodeId, jobId, taskId, jobScheduleId). */
export type ChangeRef = Readonly<Record<string, string | undefined>>;

/** One message of the stream: changed resources, or `overflow` when too many changed to name. */
interface ChangeMessage {
  readonly refs: readonly ChangeRef[];
  readonly overflow: boolean;
}

/** Which changes a view cares about; `undefined` matches every change. */
export type Relevance = ((ref: ChangeRef) => boolean) | undefined;

type Listener = (message: ChangeMessage) => void;
const listeners = new Set<Listener>();
let source: EventSource | undefined;

/** Whether the live stream is connected, for the status line. */
export function liveConnected(): boolean {
  return source?.readyState === EventSource.OPEN;
}

function subscribe(listener: Listener): () => void {
  if (!source) {
    source = new EventSource("/_ui/events");
    source.addEventListener("change", (event) => {
      const message = JSON.parse((event as MessageEvent<string>).data) as ChangeMessage;
      for (const each of listeners) each(message);
    });
    // A heartbeat refreshes everything: what changed without a store event (a pool's allocation
    // state settling) shows up within one interval.
    source.addEventListener("heartbeat", () => {
      for (const each of listeners) each({ refs: [], overflow: true });
    });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Loading state of {@link useLive}. */
export interface LiveData<T> {
  readonly data?: T;
  readonly error?: Error;
  /** Loads again now (after an action). */
  readonly reload: () => void;
}

/** Coalescing: a burst of changes is one reload, at most this often (unless a view asks for less). */
const MIN_RELOAD_INTERVAL_MS = 400;

/**
 * Loads with `load` when `key` changes, and again on each relevant change; a reload never
 * overlaps the previous one, and bursts of changes coalesce into one per `intervalMs`.
 */
export function useLive<T>(
  key: string,
  load: () => Promise<T>,
  relevant: Relevance,
  intervalMs = MIN_RELOAD_INTERVAL_MS,
): LiveData<T> {
  const [state, setState] = useState<{ key: string; data?: T; error?: Error }>({ key });
  const loadRef = useRef(load);
  loadRef.current = load;
  const relevantRef = useRef(relevant);
  relevantRef.current = relevant;
  const runRef = useRef(() => {});

  useEffect(() => {
    let alive = true;
    let running = false;
    let again = false;
    let timer = 0;
    const schedule = (delay: number): void => {
      if (!timer) timer = window.setTimeout(() => ((timer = 0), run()), Math.max(0, delay));
    };
    const run = (): void => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      const started = Date.now();
      loadRef
        .current()
        .then(
          (data) => alive && setState({ key, data }),
          (error: Error) => alive && setState((s) => ({ ...s, key, error })),
        )
        .finally(() => {
          running = false;
          if (again && alive) {
            again = false;
            schedule(intervalMs - (Date.now() - started));
          }
        });
    };
    runRef.current = run;
    run();
    const unsubscribe = subscribe((message) => {
      const matches = relevantRef.current;
      if (!message.overflow && matches && !message.refs.some(matches)) return;
      if (running) again = true;
      else schedule(intervalMs);
    });
    return () => {
      alive = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [key, intervalMs]);

  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    reload: () => runRef.current(),
  };
}
