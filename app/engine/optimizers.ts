import { EngineError } from './errors';
import { OPTIMIZER_NAMES, type OptimizerName } from './trainingConfig';

export interface OptimizerOptions {
  name: OptimizerName;
  /** Momentum μ (momentum, nesterov), decay ρ (rmsprop) or β1 (adam). */
  momentum?: number;
  /** Adam β2. */
  beta2?: number;
  /** Added under square roots to avoid dividing by zero. */
  epsilon?: number;
}

/**
 * Update rules on flat arrays, with g the gradient of the cost and η the learning rate:
 *   sgd       θ ← θ − η·g
 *   momentum  v ← μ·v + g;           θ ← θ − η·v
 *   nesterov  v ← μ·v + g;           θ ← θ − η·(g + μ·v)
 *   rmsprop   s ← ρ·s + (1−ρ)·g²;    θ ← θ − η·g / (√s + ε)
 *   adam      m ← β1·m + (1−β1)·g;   s ← β2·s + (1−β2)·g²;
 *             θ ← θ − η·m̂ / (√ŝ + ε) with m̂ = m/(1−β1ᵗ), ŝ = s/(1−β2ᵗ)
 * State arrays are allocated once; `step` allocates nothing.
 */
export class Optimizer {
  readonly name: OptimizerName;
  momentum: number;
  beta2: number;
  readonly epsilon: number;
  /** First-moment / velocity state. */
  readonly m: Float64Array;
  /** Second-moment state. */
  readonly s: Float64Array;
  /** Updates taken (Adam's t). */
  t = 0;

  constructor(size: number, opts: OptimizerOptions) {
    if (!(OPTIMIZER_NAMES as readonly string[]).includes(opts.name))
      throw new EngineError('optimizer', opts.name, `one of ${OPTIMIZER_NAMES.join(', ')}`);
    this.name = opts.name;
    const defaultMomentum = opts.name === 'rmsprop' ? 0.9 : opts.name === 'adam' ? 0.9 : 0.9;
    this.momentum = opts.momentum ?? defaultMomentum;
    this.beta2 = opts.beta2 ?? 0.999;
    this.epsilon = opts.epsilon ?? 1e-8;
    checkUnit('momentum', this.momentum);
    checkUnit('beta2', this.beta2);
    this.m = new Float64Array(size);
    this.s = new Float64Array(size);
  }

  reset(): void {
    this.m.fill(0);
    this.s.fill(0);
    this.t = 0;
  }

  /** Apply one update to θ in place (entries [from, to) only, default all). */
  step(theta: Float64Array, g: Float64Array, lr: number): void {
    const n = theta.length;
    const { m, s } = this;
    const mu = this.momentum;
    this.t++;
    switch (this.name) {
      case 'sgd':
        for (let i = 0; i < n; i++) theta[i] = theta[i]! - lr * g[i]!;
        return;
      case 'momentum':
        for (let i = 0; i < n; i++) {
          const v = mu * m[i]! + g[i]!;
          m[i] = v;
          theta[i] = theta[i]! - lr * v;
        }
        return;
      case 'nesterov':
        for (let i = 0; i < n; i++) {
          const v = mu * m[i]! + g[i]!;
          m[i] = v;
          theta[i] = theta[i]! - lr * (g[i]! + mu * v);
        }
        return;
      case 'rmsprop':
        for (let i = 0; i < n; i++) {
          const gi = g[i]!;
          const si = mu * s[i]! + (1 - mu) * gi * gi;
          s[i] = si;
          theta[i] = theta[i]! - (lr * gi) / (Math.sqrt(si) + this.epsilon);
        }
        return;
      case 'adam': {
        const b1 = mu;
        const b2 = this.beta2;
        const c1 = 1 - Math.pow(b1, this.t);
        const c2 = 1 - Math.pow(b2, this.t);
        for (let i = 0; i < n; i++) {
          const gi = g[i]!;
          const mi = b1 * m[i]! + (1 - b1) * gi;
          const si = b2 * s[i]! + (1 - b2) * gi * gi;
          m[i] = mi;
          s[i] = si;
          theta[i] = theta[i]! - (lr * (mi / c1)) / (Math.sqrt(si / c2) + this.epsilon);
        }
        return;
      }
    }
  }
}

function checkUnit(field: string, v: number): void {
  if (!(Number.isFinite(v) && v >= 0 && v < 1))
    throw new EngineError(field, v, 'a number from 0 up to (not including) 1');
}
