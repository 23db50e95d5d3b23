/**
 * The number a user sees for data-set row `row` (0-based in the engine, the worker and scene
 * files): counted from 1, as the data table numbers its rows, so the step-through's
 * "Example 3", the plot's "example 3" and the table's row 3 are the same example.
 * Example: exampleNumber(0) → 1.
 */
export function exampleNumber(row: number): number {
  return row + 1;
}
