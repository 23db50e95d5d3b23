import type { NetworkInfo, TraceProbe } from '../../worker/protocol';
import { sig, sigTerm } from './formatNumber';
import { sourceName } from './parameterNames';

/** One standardised input of a traced example as the teaching views print it. */
export interface StandardisedInput {
  /** The input's name: a feature or data column ('study hours', 'x₁²'). */
  name: string;
  /** The number the network reads, e.g. '1.215'. */
  value: string;
  /** The value before standardisation, e.g. '115' (the data table's value for a column). */
  original: string;
  /** The engine's own arithmetic, e.g. '(115 − 63.75) / 42.19'. */
  working: string;
}

/**
 * The traced example's inputs with where each came from, or null when the network reads
 * the values as they are (standardisation off). Every number is the engine's: the input the
 * trace used, the value before standardisation and the training split's mean and sd.
 * Example: [{ name: 'study hours', value: '1.215', original: '115',
 *   working: '(115 − 63.75) / 42.19' }, …].
 */
export function standardisedInputs(
  trace: TraceProbe,
  info: NetworkInfo,
): StandardisedInput[] | null {
  const origins = trace.origins;
  if (!origins?.length || origins.some((o) => o.mean === undefined || o.std === undefined))
    return null;
  return trace.trace.input.map((x, c) => {
    const o = origins[c]!;
    return {
      name: sourceName(info.layers, info.featureNames, 0, c),
      value: sig(x),
      original: sig(o.original),
      working: `(${sig(o.original)} − ${sigTerm(o.mean!)}) / ${sig(o.std!)}`,
    };
  });
}

/**
 * The traced example's inputs as one phrase: plain values, or each standardised value with
 * its original beside it.
 * Example: '1.215 (standardised from 115), −1.147 (standardised from 4)'; unstandardised:
 * '0.5, −1.2'.
 */
export function inputsPhrase(trace: TraceProbe, info: NetworkInfo): string {
  const shown = standardisedInputs(trace, info);
  if (!shown) return trace.trace.input.map((v) => sig(v)).join(', ');
  return shown.map((s) => `${s.value} (standardised from ${s.original})`).join(', ');
}
