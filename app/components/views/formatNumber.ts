import { PRECISE, formatNumber } from '../../engine/numberText';

/**
 * Numbers as the teaching views print them (engine/numberText.ts with PRECISE): 4 significant
 * digits, a real minus sign, a × 10ⁿ outside 0.0001 to 999,999, and negative numbers in
 * parentheses where they follow an operator.
 * Example: sig(-0.0123456) → '−0.01235'; sig(1234567) → '1.235×10⁶'; sig(NaN) → 'not a number'.
 */
export function sig(x: number, digits = PRECISE.digits): string {
  // In a worked sum NaN is a real result (0/0), not a value still to come: say so.
  if (Number.isNaN(x)) return 'not a number';
  return formatNumber(x, { ...PRECISE, digits });
}

/** sig(x) wrapped in parentheses when negative, for use after an operator: 0.5 − (−0.2). */
export function sigTerm(x: number, digits = PRECISE.digits): string {
  const s = sig(x, digits);
  return x < 0 ? `(${s})` : s;
}

/** sig(x) as KaTeX source (-3.114\times 10^{-5}, \infty), in parentheses when negative. */
export function texNum(x: number, digits = PRECISE.digits): string {
  const s = Number.isNaN(x)
    ? '\\text{not a number}'
    : formatNumber(x, { ...PRECISE, digits }, 'tex');
  return x < 0 ? `(${s})` : s;
}
