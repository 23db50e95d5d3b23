import { MAX_CUSTOM_CLASSES } from '../engine/customData';
import type { ProblemType } from '../engine/dataset';

/** What a target column looks like: the problem it suggests and its class labels. */
export interface TargetGuess {
  problem: ProblemType;
  /** Class labels in class-index order (empty for regression). */
  labels: string[];
  /** One plain sentence saying why, for the confirmation step. */
  reason: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/**
 * A cell as a finite number, or null. Plain decimal and exponent forms only ('1.5', '-2e3',
 * '.5'); with `decimalComma` (semicolon-separated files) '1,5' also reads as 1.5.
 * Surrounding spaces are ignored; '', 'NaN', 'Infinity' and '0x10' are not numbers.
 */
export function parseNumber(cell: string, decimalComma = false): number | null {
  const t = cell.trim();
  if (NUMBER.test(t)) {
    const v = Number(t);
    return Number.isFinite(v) ? v : null;
  }
  if (decimalComma && DECIMAL_COMMA.test(t)) return Number(t.replace(',', '.'));
  return null;
}

/** Labels in a natural order: numbers by value, then text alphabetically ('2' < '10'). */
export function sortLabels(labels: Iterable<string>): string[] {
  return [...labels].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/**
 * Guess the kind of a target column from its (trimmed, non-empty) cells:
 * - text labels: two distinct → binary, 3 to MAX_CUSTOM_CLASSES → multi-class, more → regression
 *   is impossible, so multi-class with too many labels (the import then reports it);
 * - numbers that are all 0/1 (or any two integers) → binary;
 * - integers with 3 to MAX_CUSTOM_CLASSES distinct values, each seen at least twice on
 *   average → multi-class;
 * - any other numbers → regression.
 * Example: ['yes', 'no', 'yes'] → binary with labels ['no', 'yes'].
 */
export function guessTarget(cells: readonly string[], decimalComma = false): TargetGuess {
  const distinct = new Set<string>();
  let numeric = true;
  let integers = true;
  const values = new Set<number>();
  for (const raw of cells) {
    const c = raw.trim();
    if (c === '') continue;
    distinct.add(c);
    const v = parseNumber(c, decimalComma);
    if (v === null) numeric = false;
    else {
      values.add(v);
      if (!Number.isInteger(v)) integers = false;
    }
  }
  if (!numeric) {
    const labels = sortLabels(distinct);
    const k = labels.length;
    const problem: ProblemType = k <= 2 ? 'binary' : 'multiclass';
    return { problem, labels, reason: `${k} text label${k === 1 ? '' : 's'}` };
  }
  const k = values.size;
  const labels = [...values].sort((a, b) => a - b).map(String);
  if (integers && k <= 2) {
    return { problem: 'binary', labels, reason: `two whole-number values (${labels.join(', ')})` };
  }
  if (integers && k <= MAX_CUSTOM_CLASSES && cells.length >= 2 * k) {
    return { problem: 'multiclass', labels, reason: `${k} whole-number values, each repeated` };
  }
  return { problem: 'regression', labels: [], reason: `${k} different numbers` };
}
