/** A request's number as a whole number in [lo, hi]; anything not finite is lo. */
export function clampInt(v: number, lo: number, hi: number): number {
  return Number.isFinite(v) ? Math.max(lo, Math.min(hi, Math.round(v))) : lo;
}
