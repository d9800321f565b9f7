/**
 * Access control: whether a property may be read or written in the object's binding state, on a
 * read-only (committed) object, and through the object's owner.
 * @module
 */
import { InvalidOperationException } from "../errors.js";
import { stateName, stateOf } from "./container-state.js";
import type { PropertyContainer } from "./property-container.js";
import type { PropertySpec } from "./property-spec.js";

/** Why `property` of `container` cannot be written now, or `undefined` when it can. */
function writeDenial(container: PropertyContainer, property: PropertySpec): string | undefined {
  const s = stateOf(container);
  if (s.readOnlyReason !== undefined) return `the ${s.spec.typeName} is read-only (${s.readOnlyReason})`;
  const access = s.bound ? property.bound : property.unbound;
  if (access !== "write" && access !== "patch") {
    const where = `${s.spec.typeName}.${property.name}`;
    return s.spec.kind === "value"
      ? `${where} is reported by the service and cannot be set`
      : `${where} cannot be changed while the ${s.spec.typeName} is ${stateName(s)}`;
  }
  return s.owner ? writeDenial(s.owner.container, s.owner.property) : undefined;
}

/** @throws InvalidOperationException naming the property and why it cannot be written now. */
export function assertWritable(container: PropertyContainer, property: PropertySpec): void {
  const reason = writeDenial(container, property);
  if (reason !== undefined) {
    throw new InvalidOperationException(
      `Cannot set ${stateOf(container).spec.typeName}.${property.name}: ${reason}.`,
    );
  }
}

/** @throws InvalidOperationException when `property` cannot be read in the object's binding state. */
export function assertReadable(container: PropertyContainer, property: PropertySpec): void {
  const s = stateOf(container);
  if ((s.bound ? property.bound : property.unbound) !== "none") return;
  throw new InvalidOperationException(
    `Cannot read ${s.spec.typeName}.${property.name} while the ${s.spec.typeName} is ${stateName(s)}: ` +
      (s.bound
        ? "the service does not return it."
        : "the service sets it; get a bound object (refresh() or a get call) to read it."),
  );
}
