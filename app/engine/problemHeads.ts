import type { DatasetName, ProblemType } from './dataset';
import { datasetInfo } from './datasetInfo';
import { FEATURE_NAMES } from './trainingConfig';
import type { ActivationName, FeatureName, LossName, TrainingConfig } from './trainingConfig';

/** What the data set asks of the output: problemOf('spiral3') → 'multiclass'. */
export function problemOf(dataset: DatasetName): ProblemType {
  return datasetInfo(dataset).problem;
}

/** Number of classes: 2 for binary, 3 for blobs3/spiral3, 0 for regression. */
export function classesOf(dataset: DatasetName): number {
  return datasetInfo(dataset).classes;
}

/** Raw input columns: 2 for planar sets, 1 for sine/housePrices, 3 for studyHours. */
export function dimsOf(dataset: DatasetName): number {
  return datasetInfo(dataset).dims;
}

/** An output activation and the losses that may follow it. */
export interface HeadChoice {
  output: ActivationName;
  losses: LossName[];
}

/**
 * Valid output activation + loss pairs per problem type; the first pair's first loss is the
 * problem's default head. Every engine loss appears for at least one problem.
 */
export const VALID_HEADS: Record<ProblemType, HeadChoice[]> = {
  binary: [
    { output: 'sigmoid', losses: ['bce', 'mse'] },
    { output: 'tanh', losses: ['hinge', 'mse'] },
    { output: 'linear', losses: ['hinge'] },
  ],
  multiclass: [{ output: 'softmax', losses: ['crossEntropy'] }],
  regression: [
    {
      output: 'linear',
      losses: ['mse', 'mae', 'huber', 'logCosh', 'quantile', 'epsilonInsensitive'],
    },
    { output: 'relu', losses: ['mse'] },
  ],
};

/** The problem's default head: binary → sigmoid + bce, multiclass → softmax + crossEntropy. */
export function defaultHead(problem: ProblemType): { output: ActivationName; loss: LossName } {
  const first = VALID_HEADS[problem][0];
  return { output: first?.output ?? 'linear', loss: first?.losses[0] ?? 'mse' };
}

/** Output activations allowed for the problem, default first. */
export function outputsFor(problem: ProblemType): ActivationName[] {
  return VALID_HEADS[problem].map((h) => h.output);
}

/** Losses allowed after `output` for the problem, default first; [] when the output is not allowed. */
export function lossesFor(problem: ProblemType, output: ActivationName): LossName[] {
  return [...(VALID_HEADS[problem].find((h) => h.output === output)?.losses ?? [])];
}

/** Whether the output + loss pair is valid for the problem: ('binary', 'tanh', 'hinge') → true. */
export function isValidHead(problem: ProblemType, output: ActivationName, loss: LossName): boolean {
  return lossesFor(problem, output).includes(loss);
}

/** Training rows: round(points · trainRatio), or round(8 · trainRatio) for studyHours; at least 1. */
export function trainingSetSize(cfg: Pick<TrainingConfig, 'dataset' | 'points' | 'trainRatio'>) {
  const rows = datasetInfo(cfg.dataset).fixedSize ?? cfg.points;
  return Math.max(1, Math.round(rows * cfg.trainRatio));
}

/** The name of the regime: batch 1 is stochastic, the whole training set is full batch. */
export function batchKind(
  batchSize: number,
  trainSize: number,
): 'stochastic' | 'mini-batch' | 'full batch' {
  if (batchSize >= trainSize) return 'full batch';
  return batchSize <= 1 ? 'stochastic' : 'mini-batch';
}

/** Features the data set can use: all seven for 2-D, x1/x1sq/sinx1 for 1-D, none beyond. */
export function featuresFor(dataset: DatasetName): FeatureName[] {
  const dims = dimsOf(dataset);
  if (dims > 2) return [];
  return FEATURE_NAMES.filter((f) => dims === 2 || f === 'x1' || f === 'x1sq' || f === 'sinx1');
}
