/**
 * A form generated from a kind's zod config schema: pure data that the React fields render and
 * tests check without a DOM. One concern per file; this module gathers them.
 * - form-types: the field tree (numbers with units, enums, booleans, strings, unions, objects, lists)
 * - form-schema: zod → JSON Schema → fields (`formModel`)
 * - form-values: reading, writing and creating values along paths
 * - form-errors: zod issues placed on fields (nested paths included)
 * - form-lists: list edits as document changes, item summaries
 */
export * from './form-types';
export { formModel, humanize, singular } from './form-schema';
export { currentVariant, emptyValue, parseNumberText, rangeHint, shownList, shownValue, valueAt, withValue } from './form-values';
export { errorsUnder, fieldErrors, visibleKeys } from './form-errors';
export { editedList, itemSummary, listChange, type ListChange, type ListEdit } from './form-lists';
