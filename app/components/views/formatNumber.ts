/**
 * Numbers as the teaching views print them: a fixed count of significant digits, a real minus
 * sign (−) and negative numbers in parentheses where they follow an operator.
 * Example: sig(-0.0123456) → '−0.01235'; sig(1234567) → '1.235e+6'; sig(NaN) → 'not a number'.
 */
export function sig(x: number, digits = 4): string {
  if (Number.isNaN(x)) return 'not a number';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (x === 0) return '0';
  const a = Math.abs(x);
  // Plain notation for everyday magnitudes, exponent otherwise, so columns stay short.
  const s =
    a >= 1e-4 && a < 1e6
      ? String(Number(x.toPrecision(digits)))
      : x.toExponential(digits - 1).replace(/\.?0+e/, 'e');
  return s.replace('-', '−');
}

/** sig(x) wrapped in parentheses when negative, for use after an operator: 0.5 − (−0.2). */
export function sigTerm(x: number, digits = 4): string {
  const s = sig(x, digits);
  return x < 0 ? `(${s})` : s;
}

/** sig(x) with the TeX minus (plain '-'), for equations rendered by KaTeX. */
export function texNum(x: number, digits = 4): string {
  const s = sig(x, digits).replace('−', '-').replace('∞', '\\infty');
  return x < 0 ? `(${s})` : s;
}
