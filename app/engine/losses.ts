import type { LossName } from './trainingConfig';

/**
 * Per-output losses, each beside its derivative with respect to the prediction ŷ.
 * An example's loss is the sum over its outputs; the cost of a batch is the mean over examples.
 * `p` is the loss's parameter: huber δ, quantile τ, epsilonInsensitive ε (ignored by others).
 *
 * bce and crossEntropy here take probabilities (clamped away from 0 and 1 so the log stays
 * finite); in a network they are always paired with sigmoid / softmax and evaluated from the
 * pre-activation z by the output head (outputHead.ts), which is exact and stable.
 */
export interface Loss {
  name: LossName;
  f(yhat: number, y: number, p: number): number;
  df(yhat: number, y: number, p: number): number;
  defaultParam: number;
  /** The parameter's symbol (δ, τ, ε), empty when there is none. */
  paramName: string;
  /** The parameter's name for a control ("Huber δ"), empty when there is none. */
  paramLabel: string;
  /** The values the parameter may take, inclusive; null when the loss has none. */
  paramRange: readonly [number, number] | null;
  /** The per-output loss as TeX in ŷ and y (and the parameter's symbol), for the step-through. */
  tex: string;
}

/** The range every loss parameter shares in a configuration (CONFIG_FIELDS.lossParam). */
const PARAM_RANGE = [0.001, 10] as const;

const EPS = 1e-12;
const clampProb = (q: number): number => (q < EPS ? EPS : q > 1 - EPS ? 1 - EPS : q);

export const LOSSES: Record<LossName, Loss> = {
  // ½(ŷ − y)², the lecture's form: its derivative is simply the error.
  mse: {
    name: 'mse',
    f: (h, y) => 0.5 * (h - y) * (h - y),
    df: (h, y) => h - y,
    defaultParam: 0,
    paramName: '',
    paramLabel: '',
    paramRange: null,
    tex: '\\tfrac12 (\\hat y - y)^2',
  },
  mae: {
    name: 'mae',
    f: (h, y) => Math.abs(h - y),
    df: (h, y) => Math.sign(h - y),
    defaultParam: 0,
    paramName: '',
    paramLabel: '',
    paramRange: null,
    tex: '|\\hat y - y|',
  },
  huber: {
    name: 'huber',
    f: (h, y, d) => {
      const e = Math.abs(h - y);
      return e <= d ? 0.5 * e * e : d * (e - 0.5 * d);
    },
    df: (h, y, d) => {
      const e = h - y;
      return Math.abs(e) <= d ? e : d * Math.sign(e);
    },
    defaultParam: 1,
    paramName: 'δ',
    paramLabel: 'Huber δ',
    paramRange: PARAM_RANGE,
    tex: '\\begin{cases} \\tfrac12 (\\hat y - y)^2 & |\\hat y - y| \\le \\delta \\\\ \\delta \\, (|\\hat y - y| - \\tfrac12 \\delta) & \\text{otherwise} \\end{cases}',
  },
  logCosh: {
    name: 'logCosh',
    // log cosh e = |e| + log(1 + e^(−2|e|)) − log 2, which never overflows.
    f: (h, y) => {
      const e = Math.abs(h - y);
      return e + Math.log1p(Math.exp(-2 * e)) - Math.LN2;
    },
    df: (h, y) => Math.tanh(h - y),
    defaultParam: 0,
    paramName: '',
    paramLabel: '',
    paramRange: null,
    tex: '\\log \\cosh (\\hat y - y)',
  },
  quantile: {
    name: 'quantile',
    // Pinball loss with residual r = y − ŷ: τ·r when under-predicting, (τ − 1)·r otherwise.
    f: (h, y, t) => {
      const r = y - h;
      return r >= 0 ? t * r : (t - 1) * r;
    },
    df: (h, y, t) => (y - h > 0 ? -t : 1 - t),
    defaultParam: 0.5,
    paramName: 'τ',
    paramLabel: 'Quantile τ',
    paramRange: [0.001, 0.999],
    tex: '\\max\\big(\\tau (y - \\hat y),\\ (\\tau - 1)(y - \\hat y)\\big)',
  },
  epsilonInsensitive: {
    name: 'epsilonInsensitive',
    f: (h, y, eps) => Math.max(0, Math.abs(h - y) - eps),
    df: (h, y, eps) => (Math.abs(h - y) > eps ? Math.sign(h - y) : 0),
    defaultParam: 0.1,
    paramName: 'ε',
    paramLabel: 'Margin ε',
    paramRange: PARAM_RANGE,
    tex: '\\max(0,\\ |\\hat y - y| - \\varepsilon)',
  },
  bce: {
    name: 'bce',
    f: (h, y) => {
      const q = clampProb(h);
      return -(y * Math.log(q) + (1 - y) * Math.log(1 - q));
    },
    df: (h, y) => {
      const q = clampProb(h);
      return (q - y) / (q * (1 - q));
    },
    defaultParam: 0,
    paramName: '',
    paramLabel: '',
    paramRange: null,
    tex: '-\\big[y \\log \\hat y + (1 - y) \\log (1 - \\hat y)\\big]',
  },
  hinge: {
    // Targets are ±1; a margin below 1 costs linearly.
    name: 'hinge',
    f: (h, y) => Math.max(0, 1 - y * h),
    df: (h, y) => (y * h < 1 ? -y : 0),
    defaultParam: 0,
    paramName: '',
    paramLabel: '',
    paramRange: null,
    tex: '\\max(0,\\ 1 - y \\, \\hat y)',
  },
  crossEntropy: {
    // One term of −Σ y_k log q_k; summed over the outputs of an example.
    name: 'crossEntropy',
    f: (h, y) => -y * Math.log(clampProb(h)),
    df: (h, y) => -y / clampProb(h),
    defaultParam: 0,
    paramName: '',
    paramLabel: '',
    paramRange: null,
    tex: '-y \\log \\hat y',
  },
};

/**
 * Whether `p` is a value the loss's parameter may take (any value for a loss without one).
 * Example: lossParamOk('quantile', 1) → false, since τ must lie strictly between 0 and 1.
 */
export function lossParamOk(loss: LossName, p: number): boolean {
  const range = LOSSES[loss].paramRange;
  return range === null || (p >= range[0] && p <= range[1]);
}
