/**
 * Inverted dropout's multiplier for a uniform draw u: 0 (dropped, u < p) or 1/(1−p).
 * Its own module so the page can replay the masks without loading the network.
 */
export function dropoutMultiplier(u: number, p: number): number {
  return u < p ? 0 : 1 / (1 - p);
}
