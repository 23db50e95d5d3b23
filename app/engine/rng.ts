/**
 * Seeded pseudo-random numbers (mulberry32 for uniforms, Box–Muller for normals).
 * Every random choice in the engine takes an Rng explicitly, so the same seed replays the
 * same run bit for bit. `state` is exposed so a run can be saved and resumed exactly.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal N(0, 1). */
  normal(): number;
  /** Integer uniform in [0, n). */
  int(n: number): number;
  /** Current internal state (a 32-bit integer); `rngFromState(state)` resumes from it. */
  readonly state: number;
}

/** Create a generator from any finite number seed (fractional parts are folded in). */
export function createRng(seed: number): Rng {
  return rngFromState(hashSeed(seed));
}

/**
 * A generator that continues from `state` (an Rng's `state`) exactly: the same uniforms follow.
 * (A normal's cached second value is not part of the state; the session draws only uniforms.)
 */
export function rngFromState(state: number): Rng {
  let s = state | 0;
  let spare = NaN;
  const next = (): number => {
    s = (s + 0x6d2b79f5) | 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal() {
      if (!Number.isNaN(spare)) {
        const v = spare;
        spare = NaN;
        return v;
      }
      // Box–Muller; 1 - u avoids log(0).
      const u = 1 - next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    int(n: number) {
      return Math.floor(next() * n);
    },
    get state() {
      return s;
    },
  };
}

function hashSeed(seed: number): number {
  if (!Number.isFinite(seed)) return 0x9e3779b9 | 0;
  const whole = Math.trunc(seed);
  const frac = Math.round((seed - whole) * 1e9);
  let h = (whole ^ 0x9e3779b9) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ frac ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** Fisher–Yates shuffle of `order` in place, driven by `rng`. */
export function shuffleInPlace(order: Uint32Array | number[], rng: Rng): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
}

/**
 * Seed of the generator a session draws its shuffles and dropout masks from (reset each run),
 * so an export can replay the same example order and masks.
 */
export function shuffleSeed(seed: number): number {
  return seed * 31 + 17;
}
