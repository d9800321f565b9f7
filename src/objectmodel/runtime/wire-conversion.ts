/**
 * Conversion between the object model and wire JSON: loading a service response into an object and
 * building a request body from one.
 * @module
 */
import { adopt, isContainer, stateOf, type Owner } from "./container-state.js";
import { dateFromWire, dateToWire, durationFromWire, durationToWire } from "./durations.js";
import type { PropertyContainer } from "./property-container.js";
import type { Converter } from "./property-spec.js";

function fromWire(converter: Converter, value: unknown, owner: Owner): unknown {
  if (value === undefined || value === null) return undefined;
  switch (converter.kind) {
    case "scalar":
      return value;
    case "date":
      return dateFromWire(value as string);
    case "duration":
      return durationFromWire(value as string);
    case "int64":
      return typeof value === "string" ? Number(value) : value;
    case "map":
      return { ...(value as object) };
    case "value": {
      const created = new (converter.type())();
      loadWire(created, value as Record<string, unknown>);
      return adopt(created, owner);
    }
    case "external":
      return adopt(converter.fromWire(value), owner);
    case "array":
      return (value as unknown[]).map((item) => fromWire(converter.item, item, owner));
  }
}

function toWire(converter: Converter, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  switch (converter.kind) {
    case "scalar":
      return value;
    case "int64":
      return String(value);
    case "date":
      return dateToWire(value as Date);
    case "duration":
      return durationToWire(value as number);
    case "map":
      return { ...(value as object) };
    case "value":
      return toWireObject(value as PropertyContainer);
    case "external":
      return isContainer(value) ? toWireObject(value) : (JSON.parse(JSON.stringify(value)) as unknown);
    case "array":
      return (value as unknown[])
        .filter((item) => !converter.omit?.includes(item))
        .map((item) => toWire(converter.item, item));
  }
}

/** Replaces all values with those of a wire object (unknown wire fields are ignored); clears changes. */
export function loadWire(container: PropertyContainer, wire: Readonly<Record<string, unknown>>): void {
  const s = stateOf(container);
  s.values.clear();
  s.modified.clear();
  for (const property of s.spec.properties) {
    const raw = wire[property.wire];
    // Most properties are absent from a response: skip them before building an owner for each.
    if (raw === undefined || raw === null) continue;
    const value = fromWire(property.converter, raw, { container, property });
    if (value !== undefined) s.values.set(property.name, value);
  }
}

/** Options of {@link toWireObject}. */
export interface WireOptions {
  /** Only these wire names are emitted. */
  readonly include?: ReadonlySet<string>;
  /** Only properties changed since the last load or commit are emitted. */
  readonly onlyModified?: boolean;
  /** Only properties writable while unbound (those a create request carries) are emitted. */
  readonly unboundWritable?: boolean;
}

/** Builds the wire JSON of an object from its set properties, regardless of read access. */
export function toWireObject(
  container: PropertyContainer,
  options: WireOptions = {},
): Record<string, unknown> {
  const s = stateOf(container);
  const wire: Record<string, unknown> = {};
  for (const property of s.spec.properties) {
    if (options.include && !options.include.has(property.wire)) continue;
    if (options.onlyModified && !s.modified.has(property.name)) continue;
    if (options.unboundWritable && property.unbound !== "write") continue;
    const value = s.values.get(property.name);
    if (value !== undefined && value !== null) wire[property.wire] = toWire(property.converter, value);
  }
  return wire;
}

/** Builds a value-type instance from wire JSON. */
export function valueFromWire<T extends PropertyContainer>(type: new () => T, wire: object): T {
  const value = new type();
  loadWire(value, wire as Record<string, unknown>);
  return value;
}
