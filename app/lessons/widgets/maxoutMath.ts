/**
 * The activation explorer's maxout neuron of one input z with two pieces: the first weighted
 * sum is z itself and the second is w·z + b, so the learner sees which shapes one maxout
 * neuron can take (w = 0, b = 0 is ReLU; w = 0.1 is leaky ReLU; w = −1 is |z|).
 * maxoutMath.test.ts checks it against the engine's maxout layer.
 */
export interface MaxoutPieces {
  /** Slope of the second piece. */
  w: number;
  /** Bias of the second piece. */
  b: number;
}

/** The neuron at z: its output, its slope (that of the winning piece) and which piece won (1 or 2). */
export function maxoutAt(z: number, { w, b }: MaxoutPieces) {
  const second = w * z + b;
  // Ties go to the first piece, as in the engine (a later piece must be strictly larger).
  return second > z
    ? { value: second, slope: w, winner: 2 as const }
    : { value: z, slope: 1, winner: 1 as const };
}

/** The lowest output over all z, or −∞ when the neuron falls without bound on one side. */
export function maxoutFloor({ w, b }: MaxoutPieces): number {
  // max(z, w·z + b) is bounded below only when the pieces slope in opposite directions (or
  // one is flat); the floor is then at their crossing z = b / (1 − w).
  return w > 0 ? -Infinity : b / (1 - w);
}
