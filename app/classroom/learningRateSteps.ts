/**
 * The learning rates the + and − keys step through: roughly ×3 apart, from 1e-5 to 10 (the
 * configuration's range), so a few presses cover every useful order of magnitude.
 */
export const RATE_STEPS: readonly number[] = [
  0.00001, 0.00003, 0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10,
];

/**
 * The next rate up (direction +1) or down (−1) from `current`: the nearest step strictly
 * beyond it, or the end of the range. A rate between steps moves to the neighbouring step.
 * Example: nextRate(0.03, 1) → 0.1; nextRate(0.05, -1) → 0.03; nextRate(10, 1) → 10.
 */
export function nextRate(current: number, direction: 1 | -1): number {
  const first = RATE_STEPS[0]!;
  const last = RATE_STEPS[RATE_STEPS.length - 1]!;
  if (!Number.isFinite(current)) return direction > 0 ? first : last;
  // Relative tolerance, so 0.030000000000000002 counts as the step 0.03.
  const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(a, b);
  if (direction > 0) {
    return RATE_STEPS.find((r) => r > current && !same(r, current)) ?? last;
  }
  return [...RATE_STEPS].reverse().find((r) => r < current && !same(r, current)) ?? first;
}
