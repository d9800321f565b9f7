/**
 * The converter instances the generated property tables import: the shared scalar kinds, and the
 * converters of the hand-written value types (resource files, output files, identity references),
 * which live next to those types.
 * @module
 */
export { DATE, DURATION, INT64, MAP, SCALAR } from "./property-container.js";
export { identityReferenceConverter, resourceFileConverter } from "../resource-file.js";
export { outputFileConverter } from "../output-file.js";
