/** A value to 3 significant digits: 0.4217 → "0.422", -12345 → "-1.23e+4", NaN → "NaN". */
export function formatValue(v: number | undefined): string {
  if (v === undefined || !Number.isFinite(v)) return String(v ?? '–');
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e4 || a < 1e-3)) return v.toExponential(2);
  return String(Number(v.toPrecision(3)));
}
