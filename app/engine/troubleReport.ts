import { diffConfig, sameConfig } from './configDiff';
import { DATASET_INFO } from './datasetInfo';
import { presetFor } from './presets';
import type { TroubleReport } from './sessionTypes';
import type { TrainingConfig } from './trainingConfig';

/** Inputs whose largest magnitude is above this are "raw" enough to saturate a neuron. */
export const LARGE_INPUT = 5;

/** The page's words for a trouble report: a heading, a one-line summary, the why and the fix. */
export interface TroubleWords {
  title: string;
  /** What the numbers say, in one sentence (shown beside the title). */
  summary: string;
  /** The whole story: the numbers, and why it happens. */
  message: string;
  /** What to do about it. */
  advice: string;
}

/**
 * The fix the page offers for a report in one click:
 * - an oscillation: a lower learning rate (the run goes on);
 * - a stall on raw inputs larger than LARGE_INPUT: standardised inputs, when that is all that
 *   separates `config` from the data set's suggested settings (presets.ts) or those do not
 *   standardise;
 * - another stall where the network or data settings differ from the suggested ones: those
 *   settings (standardising alone does not rescue House prices on the default network: its
 *   prices in the hundreds saturate the neurons on their own);
 * - any other stall: a lower learning rate, starting over.
 */
export function troubleFix(
  r: Pick<TroubleReport, 'kind' | 'standardized' | 'widestInput'>,
  config: TrainingConfig,
): TroubleReport['fix'] {
  if (r.kind === 'oscillation') return 'lowerRate';
  const raw = !r.standardized && r.widestInput !== null && r.widestInput.maxAbs > LARGE_INPUT;
  const suggested = { ...presetFor(config.dataset), seed: config.seed };
  const standardised = { ...config, standardize: true };
  if (
    raw &&
    (!suggested.standardize ||
      sameConfig(suggested, { ...standardised, learningRate: suggested.learningRate }))
  )
    return 'standardize';
  const needs = diffConfig(config, { ...suggested, learningRate: config.learningRate }).needs;
  return needs === 'model' || needs === 'data' ? 'suggested' : 'lowerRate';
}

/**
 * A student's words for a run that trains without learning, with numbers in the page's own
 * format (`format`, the readouts' formatter, so they agree with the top bar).
 * Example: an oscillation between 1.09 and 3.3 at rate 10 → { title: 'The loss is jumping up
 * and down instead of going down.', message: 'From epoch 20 to 39 the training loss stayed
 * between 1.09 and 3.3. Each step is so big …', advice: 'Lower the learning rate (now 10) …' }.
 */
export function troubleWords(r: TroubleReport, format: (v: number) => string): TroubleWords {
  const span = `From epoch ${r.fromEpoch} to ${r.toEpoch} the training loss stayed between ${format(r.low)} and ${format(r.high)}`;
  const rate = `(now ${format(r.learningRate)})`;
  if (r.kind === 'oscillation') {
    return {
      title: 'The loss is jumping up and down instead of going down.',
      summary: `From epoch ${r.fromEpoch} to ${r.toEpoch} it went up and down between ${format(r.low)} and ${format(r.high)}: each step jumps over the valley.`,
      message: `${span}. Each step is so big that it jumps over the valley of the loss and lands higher up on the other side.`,
      advice: `Lower the learning rate ${rate}: smaller steps settle into the valley.`,
    };
  }
  const stuck =
    r.units > 0 && r.saturated > 0
      ? ` ${r.saturated} of its ${r.units} hidden neurons are saturated: on almost every example they sit where their activation is flat, so its slope, and every gradient through them, is almost 0.`
      : '';
  const input = r.widestInput;
  const standardise = input
    ? `Standardise the inputs: ${input.name} reaches ${format(input.maxAbs)}, far outside the −1 to 1 where neurons respond. Standardising shifts and scales each input to mean 0 and standard deviation 1.`
    : '';
  const advice =
    r.fix === 'standardize'
      ? standardise
      : r.fix === 'suggested' && !r.standardized
        ? `${standardise} The suggested settings for ${DATASET_INFO[r.dataset].label} do that, with a network that fits the data.`
        : r.fix === 'suggested'
          ? `Try the suggested settings for ${DATASET_INFO[r.dataset].label}: a network and learning rate that learn this data.`
          : `Start over with a lower learning rate ${rate}, so the weights do not grow so large that the neurons saturate.`;
  const saturated =
    r.saturated > 0 ? `; ${r.saturated} of its ${r.units} hidden neurons are saturated` : '';
  return {
    title: 'Training has stalled: the network is not learning.',
    summary: `From epoch ${r.fromEpoch} to ${r.toEpoch} the loss stayed at ${format(r.low)}, no better than always guessing the same answer${saturated}.`,
    message: `${span}, no better than always guessing the same answer (${format(r.guessLoss)}).${stuck}`,
    advice,
  };
}
