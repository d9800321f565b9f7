/**
 * The constructor forms of value types, as in Batch .NET: `new T(init)`, `new T(positional…)`, and
 * types with several constructors told apart by their first argument.
 * @module
 */
import { isPlainObject, propertyOf, stateOf } from "./container-state.js";
import { assignInit, writeProperty } from "./property-access.js";
import type { PropertyContainer } from "./property-container.js";

/**
 * Handles the two constructor forms of a value type: `new T(init)` and `new T(positional…)`, where
 * `positional` names the leading arguments as in Batch .NET's constructor.
 */
export function initFromArguments(
  container: PropertyContainer,
  args: readonly unknown[],
  positional: readonly string[],
): void {
  const [first] = args;
  if (args.length === 1 && isPlainObject(first) && !isLoneValueArgument(container, first, positional)) {
    assignInit(container, first);
    return;
  }
  if (args.length > positional.length + 1) {
    throw new TypeError(`${stateOf(container).spec.typeName}: too many constructor arguments`);
  }
  positional.forEach((name, i) => {
    if (args[i] !== undefined) writeProperty(container, name, args[i]);
  });
  const extra = args[positional.length];
  if (extra !== undefined) assignInit(container, extra as object);
}

/** One constructor of a type with several: its leading arguments and the `typeof` its first one has. */
export interface ConstructorForm {
  /** Property names of the leading arguments, in order. */
  readonly positional: readonly string[];
  /** `typeof` of the first argument (`"string"`, `"object"`…), which tells the forms apart. */
  readonly first: string;
}

/**
 * Fills a new value type whose Batch .NET class has several constructors (`UserIdentity(userName)`,
 * `UserIdentity(autoUser)`): an init object as usual, else the form whose first argument has the
 * type of `args[0]`.
 * @throws TypeError when the first argument fits no form.
 */
export function initFromForms(
  container: PropertyContainer,
  args: readonly unknown[],
  forms: readonly ConstructorForm[],
): void {
  const [first] = args;
  const s = stateOf(container);
  const isInit =
    args.length === 1 && isPlainObject(first) && !Object.keys(first).some((key) => !s.byName.has(key));
  if (first === undefined || isInit) {
    initFromArguments(container, args, []);
    return;
  }
  const form = forms.find((f) => f.first === (first === null ? "null" : typeof first));
  if (!form) {
    const expected = forms.map((f) => `${f.positional[0]} (${f.first})`).join(" or ");
    throw new TypeError(
      `${s.spec.typeName}: the first constructor argument must be ${expected} or an init object`,
    );
  }
  initFromArguments(container, args, form.positional);
}

/**
 * True when a lone plain object is the value of the only positional argument rather than an init
 * object: that argument is itself a value type (as `JobSpecification(PoolInformation)`) and the object
 * names none of the container's own properties. An init object always names at least one of them
 * (`{ poolInformation, priority }`); a value literal names the positional type's (`{ poolId }`).
 */
function isLoneValueArgument(
  container: PropertyContainer,
  value: Record<string, unknown>,
  positional: readonly string[],
): boolean {
  const s = stateOf(container);
  if (positional.length !== 1 || propertyOf(s, positional[0] as string).converter.kind !== "value")
    return false;
  const keys = Object.keys(value);
  return keys.length > 0 && !keys.some((key) => s.byName.has(key));
}
