/**
 * Small building blocks the views share: state badges, property lists, tables, action buttons,
 * and the formatting of times and durations.
 * @module
 */
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { act } from "./api.js";

/** A link inside the app (hash routes, so that reloading keeps the view). */
export function href(...segments: string[]): string {
  return `#/${segments.map(encodeURIComponent).join("/")}`;
}

/** A date as local time, or a dash. */
export function when(value: string | Date | undefined): string {
  if (!value) return "–";
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? String(value)
    : date.toLocaleString(undefined, { dateStyle: "short", timeStyle: "medium" });
}

/** An ISO-8601 duration (`PT1M2.5S`) as `1m 2.5s`, or a dash. */
export function duration(value: string | undefined): string {
  const m = value ? /^P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(value) : null;
  if (!m) return value ?? "–";
  // The service's "no limit" is the largest .NET TimeSpan (10675199 days).
  if (Number(m[1] ?? 0) >= 10_000) return "unlimited";
  const parts = [
    m[1] && `${m[1]}d`,
    m[2] && `${m[2]}h`,
    m[3] && `${m[3]}m`,
    m[4] && `${Number(m[4]).toFixed(Number(m[4]) < 10 ? 1 : 0)}s`,
  ];
  return parts.filter(Boolean).join(" ") || "0s";
}

/** A state as a coloured badge (the colour follows the state's class). */
export function State({ value }: { value: string | undefined }) {
  return <span class={`state state-${value ?? "unknown"}`}>{value ?? "unknown"}</span>;
}

/** Label and value pairs; entries whose value is `undefined` are left out. */
export function Properties({ label, items }: { label: string; items: [string, ComponentChildren][] }) {
  return (
    <dl class="properties" aria-label={label}>
      {items
        .filter(([, value]) => value !== undefined && value !== "")
        .map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** A captioned table of rows; `empty` shows when there are none. */
export function Table({
  caption,
  head,
  rows,
  empty = "None.",
}: {
  caption: string;
  head: string[];
  rows: ComponentChildren[][];
  empty?: string;
}) {
  return (
    <div class="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((name) => (
              <th scope="col" key={name}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={head.length}>{empty}</td>
            </tr>
          ) : (
            rows.map((cells, i) => (
              <tr key={i}>
                {cells.map((cell, j) => (j === 0 ? <th scope="row">{cell}</th> : <td>{cell}</td>))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

/** A long id (a node's) cut to fit a table cell; the whole id stays in the tooltip and for screen readers. */
export function LongId({ id }: { id: string | undefined }) {
  return (
    <span class="long-id" title={id}>
      {id ?? "–"}
    </span>
  );
}

/** A section with a heading (the heading names the region for screen readers). */
export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** What an action button does. */
export interface ActionSpec {
  readonly label: string;
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
  /** Asks before acting (destructive actions). */
  readonly confirm?: string;
  /** Runs after the service accepted the action. */
  readonly then?: () => void;
}

/** Buttons that run REST operations; the outcome is announced in a live region. */
export function Actions({ label, actions }: { label: string; actions: ActionSpec[] }) {
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [busy, setBusy] = useState(false);
  const run = async (action: ActionSpec): Promise<void> => {
    if (action.confirm && !window.confirm(action.confirm)) return;
    setBusy(true);
    try {
      await act(action.method, action.path, action.body);
      setMessage({ text: `${action.label}: accepted.`, error: false });
      action.then?.();
    } catch (error) {
      setMessage({ text: `${action.label} failed: ${(error as Error).message}`, error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="actions" role="group" aria-label={label}>
      {actions.map((action) => (
        <button type="button" key={action.label} disabled={busy} onClick={() => void run(action)}>
          {action.label}
        </button>
      ))}
      <span role={message?.error ? "alert" : "status"} class={message?.error ? "error" : "note"}>
        {message?.text}
      </span>
    </div>
  );
}

/** A load error, announced. */
export function Failure({ error }: { error: Error }) {
  return (
    <p role="alert" class="error">
      {error.message}
    </p>
  );
}

/** Placeholder while the first load runs. */
export function Loading() {
  return (
    <p role="status" class="note">
      Loading…
    </p>
  );
}
