import type { TrainingConfig } from '../engine/trainingConfig';
import { PRECISE, formatNumber } from '../engine/numberText';

/** The run metrics a checkpoint may test (names of the playground store's run fields). */
export const RUN_METRICS = [
  'trainLoss',
  'testLoss',
  'trainAccuracy',
  'testAccuracy',
  'epoch',
  'step',
] as const;
/** One of RUN_METRICS. */
export type RunMetric = (typeof RUN_METRICS)[number];

/** A bound on a number: below (strict), above (strict), or within a tolerance of a value. */
export interface Bound {
  below?: number;
  above?: number;
}

/**
 * What a checkpoint verifies. One of:
 *  - run: a metric of the live playground run, with optional limits on the network and
 *    settings the configuration must have (e.g. standardize: true);
 *  - widget: a number a widget publishes (e.g. the single neuron's cost);
 *  - answer: a number the learner types, compared with a value the app computes (a widget's
 *    number) or a fixed value, within a tolerance;
 *  - choice: one of several options, the correct one given by index.
 */
export type CheckSpec =
  | ({
      kind: 'run';
      metric: RunMetric;
      /** Limits on the network: at most this many trainable parameters / hidden neurons. */
      maxParameters?: number;
      maxHiddenUnits?: number;
      /** Reached within this many epochs. */
      maxEpoch?: number;
      /** Still true after at least this many epochs (a fix that lasts, not a lucky moment). */
      minEpoch?: number;
      /** The run must have ended by early stopping (a validation set and a patience). */
      stoppedEarly?: boolean;
      /** Fields the configuration must have, e.g. { dataset: 'xor', standardize: true }. */
      require?: Partial<Record<keyof TrainingConfig, unknown>>;
    } & Bound)
  | ({ kind: 'widget'; widget: string; metric: string } & Bound)
  | {
      kind: 'answer';
      widget?: string;
      metric?: string;
      value?: number;
      tolerance: number;
      /** Common wrong answers and what to say about each. */
      mistakes?: readonly Mistake[];
    }
  | {
      kind: 'choice';
      options: readonly string[];
      correct: number;
      /** What to say for each option when it is picked (same order; '' for nothing). */
      feedback?: readonly string[];
    };

/**
 * A typical wrong answer: a fixed value, or the right value times a factor (−1 for a sign
 * error, 2 for a forgotten ½), recognised within the checkpoint's tolerance.
 */
export type Mistake = ({ value: number } | { times: number }) & { say: string };

/** The per-epoch history of the live run (aligned arrays, oldest first). */
export interface RunHistoryView {
  length: number;
  epoch: ArrayLike<number>;
  trainLoss: ArrayLike<number>;
  testLoss: ArrayLike<number>;
  trainAccuracy: ArrayLike<number>;
  testAccuracy: ArrayLike<number>;
}

/** What the app knows when it checks: the live run and the numbers widgets publish. */
export interface CheckContext {
  run: Record<RunMetric, number> & { status: string };
  config: TrainingConfig | null;
  /** Trainable parameters of the live network, or NaN before it is built. */
  parameterCount: number;
  /** Published numbers by widget id, e.g. { 'single-neuron': { cost: 812.5 } }. */
  widgets: Record<string, Record<string, number>>;
  /** The run's history since its last reset, for goals with an epoch budget. */
  history?: RunHistoryView;
}

type Bounded = Bound & { metric: RunMetric };

/** The first history point whose value meets the bound, as its epoch and value; null if none. */
function firstMet(
  h: RunHistoryView | undefined,
  spec: Bounded,
): { epoch: number; value: number } | null {
  if (!h || spec.metric === 'step') return null;
  const series = spec.metric === 'epoch' ? h.epoch : h[spec.metric];
  for (let i = 0; i < h.length; i++) {
    const v = series[i]!;
    if (!Number.isFinite(v)) continue;
    if (spec.below !== undefined && !(v < spec.below)) continue;
    if (spec.above !== undefined && !(v > spec.above)) continue;
    return { epoch: h.epoch[i]!, value: v };
  }
  return null;
}

/** The outcome of a check: passed or not, and a short plain-text reason. */
export interface Verdict {
  passed: boolean;
  detail: string;
}

/** Plain words for the run metrics in a verdict. */
const METRIC_WORDS: Record<string, string> = {
  trainLoss: 'the training loss',
  testLoss: 'the test loss',
  trainAccuracy: 'the training accuracy',
  testAccuracy: 'the test accuracy',
  epoch: 'the epoch',
  step: 'the step',
};

/** Numbers in feedback as the views write them (4 significant digits, −, a × 10ⁿ). */
const fmt = (v: number) => formatNumber(v, PRECISE);

function boundVerdict(metric: string, v: number, b: Bound): Verdict {
  const name = METRIC_WORDS[metric] ?? metric;
  if (!Number.isFinite(v))
    return { passed: false, detail: `${name} is not available yet (train first).` };
  if (b.below !== undefined && !(v < b.below))
    return { passed: false, detail: `${name} is ${fmt(v)}; it must be below ${fmt(b.below)}.` };
  if (b.above !== undefined && !(v > b.above))
    return { passed: false, detail: `${name} is ${fmt(v)}; it must be above ${fmt(b.above)}.` };
  return { passed: true, detail: `${name[0]!.toUpperCase()}${name.slice(1)} is ${fmt(v)}.` };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Reads a typed answer such as '0.43', '−0.43' or '0,43'; NaN when it is not a number. */
export function readAnswer(text: string): number {
  const t = text.trim().replace(/^[−–]/, '-').replace(',', '.');
  return t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) ? NaN : Number(t);
}

/**
 * Checks a checkpoint against what the app currently shows. Pure: the same spec, context and
 * answer always give the same verdict.
 * Example: verifyCheckpoint({ kind: 'widget', widget: 'single-neuron', metric: 'cost',
 *   below: 600 }, ctxWithCost(512)) → { passed: true, detail: 'cost is 512.' }.
 */
export function verifyCheckpoint(spec: CheckSpec, ctx: CheckContext, answer = ''): Verdict {
  switch (spec.kind) {
    case 'run': {
      if (!ctx.config) return { passed: false, detail: 'Start the playground above first.' };
      for (const [field, want] of Object.entries(spec.require ?? {})) {
        const have = ctx.config[field as keyof TrainingConfig];
        if (!sameValue(have, want))
          return { passed: false, detail: `This goal needs ${field} = ${JSON.stringify(want)}.` };
      }
      if (spec.maxParameters !== undefined && !(ctx.parameterCount <= spec.maxParameters))
        return {
          passed: false,
          detail: `The network has ${fmt(ctx.parameterCount)} parameters; at most ${spec.maxParameters} are allowed.`,
        };
      const units = ctx.config.hidden.reduce((s, u) => s + u, 0);
      if (spec.maxHiddenUnits !== undefined && units > spec.maxHiddenUnits)
        return {
          passed: false,
          detail: `The network has ${units} hidden neurons; at most ${spec.maxHiddenUnits} are allowed.`,
        };
      if (spec.maxEpoch !== undefined && ctx.history) {
        // The whole run counts: the goal is met in time if it was met at any epoch within the
        // budget, even if training went on afterwards.
        const met = firstMet(ctx.history, spec);
        const name = METRIC_WORDS[spec.metric] ?? spec.metric;
        if (met && met.epoch <= spec.maxEpoch)
          return {
            passed: true,
            detail: `${name[0]!.toUpperCase()}${name.slice(1)} was ${fmt(met.value)} at epoch ${met.epoch}, within the budget of ${spec.maxEpoch}.`,
          };
        if (met)
          return {
            passed: false,
            detail: `First reached at epoch ${met.epoch}: too late (${spec.maxEpoch} allowed). Reset and try again.`,
          };
        if (ctx.run.epoch > spec.maxEpoch) {
          const v = boundVerdict(spec.metric, ctx.run[spec.metric], spec);
          return {
            passed: false,
            detail: `${v.detail} The epoch budget (${spec.maxEpoch}) is spent: reset and try again.`,
          };
        }
        return boundVerdict(spec.metric, ctx.run[spec.metric], spec);
      }
      if (spec.maxEpoch !== undefined && ctx.run.epoch > spec.maxEpoch) {
        const v = boundVerdict(spec.metric, ctx.run[spec.metric], spec);
        return v.passed
          ? {
              passed: false,
              detail: `Reached at epoch ${ctx.run.epoch}: too late (${spec.maxEpoch} allowed). Reset and try again.`,
            }
          : {
              passed: false,
              detail: `${v.detail} The epoch budget (${spec.maxEpoch}) is spent: reset and try again.`,
            };
      }
      const v = boundVerdict(spec.metric, ctx.run[spec.metric], spec);
      if (spec.stoppedEarly) {
        const on = ctx.config.patience > 0 && ctx.config.validation > 0;
        if (!on)
          return {
            passed: false,
            detail: 'Turn on early stopping: a validation share above 0 and a patience above 0.',
          };
        if (ctx.run.status !== 'done')
          return {
            passed: false,
            detail: 'Let the run go on until early stopping ends it by itself.',
          };
        return v;
      }
      if (v.passed && spec.minEpoch !== undefined && ctx.run.epoch < spec.minEpoch)
        return {
          passed: false,
          detail: `${v.detail} Keep training: it must still hold at epoch ${spec.minEpoch} (now ${ctx.run.epoch}).`,
        };
      return v;
    }
    case 'widget': {
      const v = ctx.widgets[spec.widget]?.[spec.metric];
      return boundVerdict(spec.metric, v ?? NaN, spec);
    }
    case 'answer': {
      const expected =
        spec.value ?? (spec.widget && spec.metric ? ctx.widgets[spec.widget]?.[spec.metric] : NaN);
      const given = readAnswer(answer);
      if (expected === undefined || !Number.isFinite(expected))
        return { passed: false, detail: 'The value to compare with is not ready yet.' };
      if (!Number.isFinite(given)) return { passed: false, detail: 'Type a number, e.g. 0.42.' };
      if (Math.abs(given - expected) <= spec.tolerance)
        return { passed: true, detail: `${fmt(given)} is right.` };
      const near = (want: number) => Math.abs(given - want) <= spec.tolerance;
      const mistake = spec.mistakes?.find((m) =>
        'value' in m ? near(m.value) : near(expected * m.times),
      );
      if (mistake) return { passed: false, detail: `${fmt(given)} is not it: ${mistake.say}` };
      return { passed: false, detail: `${fmt(given)} is not it yet.` };
    }
    case 'choice': {
      const i = Number(answer);
      if (answer === '' || !Number.isInteger(i))
        return { passed: false, detail: 'Pick an option.' };
      if (i === spec.correct) return { passed: true, detail: 'That is right.' };
      const say = spec.feedback?.[i];
      return { passed: false, detail: say ? `Not that one: ${say}` : 'Not that one.' };
    }
  }
}
