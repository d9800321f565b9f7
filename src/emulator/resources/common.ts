/**
 * Rules shared by every resource kind: the service's id syntax, state transitions that keep
 * `previousState` and transition times, and property merging for PATCH/PUT.
 * @module
 */
import { definitions } from "../../protocol/schemas.generated.js";
import { invalidProperty, missingProperty } from "../errors.js";
import type { WireObject } from "../store/entities.js";
import type { Store } from "../store/store.js";

const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** Checks a service id: 1–64 characters of letters, digits, hyphens and underscores. */
export function checkId(value: unknown, property = "id", maxLength = 64): string {
  if (value === undefined || value === null) throw missingProperty(property);
  if (typeof value !== "string" || value.length === 0)
    throw invalidProperty(property, "The id must be a non-empty string");
  if (value.length > maxLength)
    throw invalidProperty(property, `The id is longer than ${maxLength} characters`);
  if (!ID_PATTERN.test(value)) {
    throw invalidProperty(property, "The id may only contain letters, digits, hyphens and underscores");
  }
  return value;
}

/** Moves a resource to `state`, recording the previous state and both transition times, and restamps it. */
export function transition(store: Store, data: WireObject, state: string, withPrevious = true): void {
  const now = store.now().toISOString();
  if (withPrevious && data.state !== undefined) {
    data.previousState = data.state;
    data.previousStateTransitionTime = data.stateTransitionTime;
  }
  data.state = state;
  data.stateTransitionTime = now;
  store.stamp(data);
}

/** The properties a request body definition of the contract declares, in its order: what the request may change. */
export function bodyProperties(definition: string): readonly string[] {
  const schema = definitions[definition];
  if (!schema || !("type" in schema) || schema.type !== "object" || !schema.properties) {
    throw new Error(`no request body definition ${definition} in the contract`);
  }
  return Object.keys(schema.properties);
}

/**
 * What a replacing update (PUT semantics) sets: every property of the body definition, in its order, with
 * the value an absent one is reset to (`undefined`: cleared). `defaults` may only name declared properties.
 */
export function replacements(
  definition: string,
  defaults: Readonly<Record<string, unknown>>,
): Readonly<Record<string, unknown>> {
  const properties = bodyProperties(definition);
  const unknown = Object.keys(defaults).filter((name) => !properties.includes(name));
  if (unknown.length > 0) throw new Error(`${definition} declares no ${unknown.join(", ")}`);
  return Object.fromEntries(properties.map((name) => [name, defaults[name]]));
}

/** Copies the properties present in `patch` onto `data` (PATCH semantics: absent means unchanged). */
export function applyPatch(data: WireObject, patch: WireObject, properties: readonly string[]): void {
  for (const name of properties) {
    if (patch[name] !== undefined) data[name] = patch[name];
  }
}

/** Replaces `properties` on `data` with those of `update`; absent ones are cleared or reset to a default (PUT semantics). */
export function applyUpdate(
  data: WireObject,
  update: WireObject,
  properties: Readonly<Record<string, unknown>>,
): void {
  for (const [name, fallback] of Object.entries(properties)) {
    if (update[name] !== undefined) data[name] = update[name];
    else if (fallback === undefined) delete data[name];
    else data[name] = clone(fallback); // a default never aliases another entity's state
  }
}

/** Deep copy of a JSON value (request bodies must not alias stored state). */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

type NewResource<T> = Omit<T, "id"> & {
  id: string;
  creationTime: string;
  state: string;
  stateTransitionTime: string;
};

/**
 * The first properties of a resource a request creates: its checked `id` (first, as the service orders
 * them), a copy of the request `body`, and the `active` state since `now`.
 */
export function newResource<T extends { id?: string }>(id: string, body: T, now: string): NewResource<T> {
  return adoptResource(id, clone(body), now);
}

/**
 * {@link newResource} for a `body` nothing else refers to (one just parsed from a request), which
 * becomes part of the resource instead of being copied: copying cost a quarter of a task add.
 */
export function adoptResource<T extends { id?: string }>(id: string, body: T, now: string): NewResource<T> {
  // One copy with `id` first (a spread defines properties: a `__proto__` key stays a plain one); the
  // body's own `id`, when it has one, is then replaced by the checked one in that first place.
  const resource = { id, ...body, creationTime: now, state: "active", stateTransitionTime: now };
  resource.id = id;
  return resource;
}

/** A wire object with `url` right after `id`, as the service orders them. */
export function withUrl(data: WireObject, url: string): WireObject {
  const { id, ...rest } = data;
  return id === undefined ? { url, ...rest } : { id, url, ...rest };
}

/** Checks an integer property within bounds. */
export function checkRange(value: unknown, property: string, min: number, max: number): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw invalidProperty(property, `The value must be an integer from ${min} to ${max}`);
  }
}

/**
 * Usage statistics of a job, schedule or task at `url`: the emulator meters no processes, so times
 * and I/O are zero; `counts` adds the task counters jobs and schedules report.
 */
export function zeroUsageStats(
  store: Store,
  url: string,
  startTime: unknown,
  counts: WireObject = {},
): WireObject {
  return {
    url: `${url}/stats`,
    startTime,
    lastUpdateTime: store.now().toISOString(),
    userCPUTime: "PT0S",
    kernelCPUTime: "PT0S",
    wallClockTime: "PT0S",
    readIOps: 0,
    writeIOps: 0,
    readIOGiB: 0,
    writeIOGiB: 0,
    ...counts,
    waitTime: "PT0S",
  };
}
