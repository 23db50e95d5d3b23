import type { TrainingConfig } from '../engine/trainingConfig';

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
      /** Fields the configuration must have, e.g. { dataset: 'xor', standardize: true }. */
      require?: Partial<Record<keyof TrainingConfig, unknown>>;
    } & Bound)
  | ({ kind: 'widget'; widget: string; metric: string } & Bound)
  | { kind: 'answer'; widget?: string; metric?: string; value?: number; tolerance: number }
  | { kind: 'choice'; options: readonly string[]; correct: number };

/** What the app knows when it checks: the live run and the numbers widgets publish. */
export interface CheckContext {
  run: Record<RunMetric, number> & { status: string };
  config: TrainingConfig | null;
  /** Trainable parameters of the live network, or NaN before it is built. */
  parameterCount: number;
  /** Published numbers by widget id, e.g. { 'single-neuron': { cost: 812.5 } }. */
  widgets: Record<string, Record<string, number>>;
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

const fmt = (v: number) =>
  Number.isFinite(v) ? String(Number(v.toPrecision(4))) : v === Infinity ? '∞' : '–';

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
      return Math.abs(given - expected) <= spec.tolerance
        ? { passed: true, detail: `${fmt(given)} is right.` }
        : { passed: false, detail: `${fmt(given)} is not it yet.` };
    }
    case 'choice': {
      const i = Number(answer);
      if (answer === '' || !Number.isInteger(i))
        return { passed: false, detail: 'Pick an option.' };
      return i === spec.correct
        ? { passed: true, detail: 'That is right.' }
        : { passed: false, detail: 'Not that one.' };
    }
  }
}
