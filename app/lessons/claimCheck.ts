import { TrainingSession } from '../engine/session';
import { probeTrace } from '../engine/sessionProbes';
import type { Claim, ClaimMeasure, ClaimRun } from './claims';

/** Every measure of one finished run (see CLAIM_MEASURES). */
export type RunMeasures = Record<ClaimMeasure, number>;

/**
 * Trains a claim's run exactly as the lesson's block would (same configuration and seed, so
 * the same data, initial weights and shuffles) for its epochs, and measures it. `everyStep`
 * also evaluates the whole training set after every step (for lossRises; slower).
 * Example: measureRun({ config: overfitLab, change: {}, epochs: 300 }).testLossRise → 0.48.
 */
export function measureRun(run: ClaimRun, everyStep = false): RunMeasures {
  const s = new TrainingSession(run.config);
  const first = s.net.plan.layers[0]!;
  const start = s.net.params.slice();
  const train = s.data.train;
  const trainLoss = () => s.evaluate(train.x, train.y, train.n).loss;
  let bestTest = s.test.loss;
  let rises = 0;
  let steps = 0;
  let before = everyStep ? trainLoss() : NaN;
  while (s.epoch < run.epochs && s.status === 'paused') {
    if (!s.stepBatch()) break;
    if (everyStep) {
      const after = trainLoss();
      if (after > before) rises++;
      before = after;
    }
    steps++;
    if (s.test.loss < bestTest) bestTest = s.test.loss;
  }
  const p = s.net.params;
  // First layer: W (rows × fanIn, row-major) then b (rows); a neuron owns `pieces` rows.
  const neuron = (u: number) => {
    const out: number[] = [];
    for (let r = u * first.pieces; r < (u + 1) * first.pieces; r++) {
      for (let k = 0; k < first.fanIn; k++) out.push(p[first.wOffset + r * first.fanIn + k]!);
      out.push(p[first.bOffset + r]!);
    }
    return out;
  };
  let moved = 0;
  for (let i = first.wOffset; i < first.bOffset + first.rows; i++)
    moved = Math.max(moved, Math.abs(p[i]! - start[i]!));
  let spread = 0;
  const n0 = neuron(0);
  for (let u = 1; u < first.units; u++)
    neuron(u).forEach((v, k) => (spread = Math.max(spread, Math.abs(v - n0[k]!))));
  // The step-through's example: the first training row in data-set order.
  const firstZ = probeTrace(s, Math.min(...train.rows))?.trace.layers[0]?.z ?? [];
  return {
    trainLoss: s.train.loss,
    validationLoss: s.validation.loss,
    testLoss: s.test.loss,
    trainAccuracy: s.train.accuracy,
    testAccuracy: s.test.accuracy,
    bestTestLoss: bestTest,
    testLossRise: s.test.loss - bestTest,
    diverged: s.status === 'diverged' ? 1 : 0,
    hiddenMoved: moved,
    hiddenSpread: spread,
    lossRises: everyStep && steps > 0 ? rises / steps : NaN,
    firstExampleActive: firstZ.filter((z) => z > 0).length,
    firstExampleClipped: firstZ.filter((z) => z <= 0).length,
  };
}

/** The outcome of checking one claim: passed, the measured values and a report in words. */
export interface ClaimVerdict {
  passed: boolean;
  measured: number;
  /** The compared run's value, for comparisons. */
  against?: number;
  report: string;
}

const fmt = (v: number) => (Number.isFinite(v) ? String(Number(v.toPrecision(4))) : String(v));
const changeText = (c: Record<string, unknown>) =>
  Object.keys(c).length === 0 ? 'as configured' : `with ${JSON.stringify(c)}`;

/**
 * Runs a claim and says whether it holds. The report names the lesson, the claim and the
 * measured value(s), so a failing claim test explains itself.
 * Example: '12-overfitting.md line 40: "L2 beats no remedy" — testLoss with {"regRate":0.03}
 * after 300 epochs is 0.49; it must be lower than 1.12 (as configured) by 0.2.'
 */
export function checkClaim(claim: Claim): ClaimVerdict {
  const everyStep = claim.measure === 'lossRises';
  const measure = (run: ClaimRun) => measureRun(run, everyStep);
  const m = measure(claim.run)[claim.measure];
  const head = `${claim.lesson} line ${claim.line}: "${claim.says}": ${claim.measure} ${changeText(claim.run.change)} after ${claim.run.epochs} epochs is ${fmt(m)}`;
  if (claim.compare) {
    const { direction, run, by } = claim.compare;
    const a = measure(run)[claim.measure];
    const passed = direction === 'lower' ? m < a - by : m > a + by;
    return {
      passed,
      measured: m,
      against: a,
      report: `${head}; it must be ${direction} than ${fmt(a)} (${changeText(run.change)}, ${run.epochs} epochs) by ${fmt(by)}.`,
    };
  }
  const passed = claim.below !== undefined ? m < claim.below : m > claim.above!;
  const bound =
    claim.below !== undefined ? `below ${fmt(claim.below)}` : `above ${fmt(claim.above!)}`;
  return { passed, measured: m, report: `${head}; it must be ${bound}.` };
}
