/**
 * Python source text for numbers, strings and lists, shared by the Python exporters.
 * Numbers are written with the shortest digits that read back to the same float64 (what
 * JavaScript's String gives), so a script's constants are the engine's values bit for bit.
 */

/** A finite number as a Python literal: 0.1 → '0.1', 1e-7 → '1e-7', 3 → '3.0'. */
export function pyNumber(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`cannot write ${x} as a Python number`);
  if (Object.is(x, -0)) return '-0.0';
  const s = String(x);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/** A Python string literal (JSON's escapes are valid Python). */
export function pyString(s: string): string {
  return JSON.stringify(s);
}

/** A flat list of numbers on one line: [0.5, -1.0]. */
export function pyList(values: ArrayLike<number>): string {
  return `[${Array.from(values, pyNumber).join(', ')}]`;
}

/** A list of rows, one row per line, indented by `indent` inside the brackets. */
export function pyRows(rows: readonly ArrayLike<number>[], indent = '    '): string {
  if (rows.length === 0) return '[]';
  return `[\n${rows.map((r) => `${indent}${pyList(r)},`).join('\n')}\n${indent.slice(4)}]`;
}

/** A list of strings on one line: ["x₁", "x₂"]. */
export function pyStrings(values: readonly string[]): string {
  return `[${values.map(pyString).join(', ')}]`;
}
