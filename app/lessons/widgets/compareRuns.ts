import { createModel } from '../../engine/model';
import { STUDY_HOURS_ROWS, generateDataset } from '../../engine/datasets';
import { applyStandardizer, fitStandardizer } from '../../engine/standardize';

/** Loss before training and after each epoch of one small run (NaN from the epoch it diverged). */
export interface RunCurve {
  losses: number[];
  diverged: boolean;
}

/**
 * Linear regression on the study-hours table (study hours, sleep hours, quiz % → exam %),
 * plain SGD on the whole table for `epochs` epochs, raw or standardised inputs.
 * Example: studyRun(true, 0.03, 100).diverged → false; studyRun(false, 0.03, 100).diverged → true.
 */
export function studyRun(standardize: boolean, learningRate: number, epochs: number): RunCurve {
  const x = Float64Array.from(STUDY_HOURS_ROWS.flatMap((r) => [r[0], r[1], r[2]]));
  if (standardize)
    applyStandardizer(
      x,
      3,
      fitStandardizer(
        x,
        STUDY_HOURS_ROWS.map((_, i) => i),
        3,
      ),
    );
  const inputs = STUDY_HOURS_ROWS.map((_, i) => [x[3 * i]!, x[3 * i + 1]!, x[3 * i + 2]!]);
  const targets = STUDY_HOURS_ROWS.map((r) => [r[3]]);
  const m = createModel({
    inputs: 3,
    layers: [{ units: 1, activation: 'linear' }],
    loss: 'mse',
    init: 'zeros',
    seed: 1,
  });
  // Index 0 is the loss before training, so even a run that explodes at once has a line.
  const losses: number[] = [m.lossAndGradient(inputs, targets).loss];
  let diverged = false;
  for (let e = 0; e < epochs; e++) {
    const loss = diverged
      ? NaN
      : m.fit(inputs, targets, { epochs: 1, batchSize: 8, learningRate, shuffle: false }).loss;
    if (!Number.isFinite(loss) || loss > 1e12) diverged = true;
    losses.push(diverged ? NaN : loss);
  }
  return { losses, diverged };
}

/** One trained XOR network: accuracy, loss and its first-layer weights (rows: w₁, w₂, b). */
export interface InitRun {
  accuracy: number;
  loss: number;
  hidden: number[][];
  /** Hidden neurons whose weights and bias equal another neuron's. */
  identical: number;
}

/**
 * A 2-4-1 tanh network trained on XOR (200 points) from all-zero, all-0.5 or Xavier weights,
 * full-batch SGD for `epochs` epochs. Example: initRun('zeros', 300).identical → 4.
 */
export function initRun(init: 'zeros' | 'constant' | 'xavier', epochs: number): InitRun {
  const d = generateDataset('xor', { n: 200, noise: 0.1, seed: 3 });
  const inputs = Array.from({ length: d.n }, (_, i) => [d.x[2 * i]! / 3, d.x[2 * i + 1]! / 3]);
  const targets = Array.from(d.y, (v) => [v]);
  const m = createModel({
    inputs: 2,
    layers: [
      { units: 4, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
    loss: 'bce',
    init,
    initScale: 0.5,
    seed: 5,
  });
  const { loss } = m.fit(inputs, targets, { epochs, batchSize: 10, learningRate: 0.3 });
  const pred = m.predict(inputs);
  const right = pred.filter((p, i) => (p[0]! > 0.5 ? 1 : 0) === d.y[i]).length;
  const p = m.parameters();
  // Layout: W (4 × 2, row-major) then b (4).
  const hidden = [0, 1, 2, 3].map((u) => [p[2 * u]!, p[2 * u + 1]!, p[8 + u]!]);
  const same = (a: number[], b: number[]) => a.every((v, k) => Math.abs(v - b[k]!) < 1e-9);
  const identical = hidden.filter((h, u) => hidden.some((o, v) => v !== u && same(h, o))).length;
  return { accuracy: right / d.n, loss, hidden, identical };
}
