import { EngineError } from './errors';
import { FEATURE_NAMES } from './trainingConfig';
import type { FeatureName } from './trainingConfig';

/** How a feature is shown: a short label for the input node and its formula in words. */
export interface FeatureInfo {
  label: string;
  formula: string;
  /** Raw columns the feature reads: 1 means it needs x₁ only, 2 means it needs x₂. */
  needsDims: 1 | 2;
}

/** Display label and formula of each input feature, e.g. x1x2 → 'x₁x₂', 'x₁ · x₂'. */
export const FEATURE_INFO: Record<FeatureName, FeatureInfo> = {
  x1: { label: 'x₁', formula: 'x₁', needsDims: 1 },
  x2: { label: 'x₂', formula: 'x₂', needsDims: 2 },
  x1sq: { label: 'x₁²', formula: 'x₁ · x₁', needsDims: 1 },
  x2sq: { label: 'x₂²', formula: 'x₂ · x₂', needsDims: 2 },
  x1x2: { label: 'x₁x₂', formula: 'x₁ · x₂', needsDims: 2 },
  sinx1: { label: 'sin x₁', formula: 'sin(x₁)', needsDims: 1 },
  sinx2: { label: 'sin x₂', formula: 'sin(x₂)', needsDims: 2 },
};

/**
 * The features a data set with `dims` raw columns can use: 2-D all seven, 1-D x1, x1sq and
 * sinx1, more than two columns none (those sets feed their raw columns as they are).
 */
export function applicableFeatures(dims: number): FeatureName[] {
  if (dims !== 1 && dims !== 2) return [];
  return FEATURE_NAMES.filter((f) => FEATURE_INFO[f].needsDims <= dims);
}

/**
 * The applicable features among `features`, deduplicated and in the canonical order of
 * FEATURE_NAMES (so the input nodes keep their places whatever order they were ticked in).
 * Throws EngineError for an unknown name, or when nothing applicable is left for a 1-D or
 * 2-D set. For dims > 2 the result is empty: raw columns are used.
 * Example: `selectFeatures(1, ['x2', 'sinx1', 'x1'])` → ['x1', 'sinx1'].
 */
export function selectFeatures(dims: number, features: readonly string[]): FeatureName[] {
  for (const f of features) {
    if (!(FEATURE_NAMES as readonly string[]).includes(f)) {
      throw new EngineError('features', f, `one of ${FEATURE_NAMES.join(', ')}`);
    }
  }
  const usable = applicableFeatures(dims);
  if (usable.length === 0) return [];
  const chosen = usable.filter((f) => features.includes(f));
  if (chosen.length === 0) {
    throw new EngineError(
      'features',
      features,
      `pick at least one of ${usable.join(', ')} for a ${dims}-D data set`,
    );
  }
  return chosen;
}

/**
 * Names and count of the network's input columns after the feature maps.
 * 2-D with ['x1', 'x1x2'] → { names: ['x₁', 'x₁x₂'], width: 2 };
 * dims 3 → { names: ['x₁', 'x₂', 'x₃'], width: 3 } (raw columns; callers may prefer the
 * data set's own column names).
 */
export function featureColumns(
  dims: number,
  features: readonly string[],
): { names: string[]; width: number } {
  if (dims > 2) {
    const names = Array.from({ length: dims }, (_, j) => `x${subscript(j + 1)}`);
    return { names, width: dims };
  }
  const chosen = selectFeatures(dims, features);
  return { names: chosen.map((f) => FEATURE_INFO[f].label), width: chosen.length };
}

/**
 * Map one raw row `raw[rawOffset .. rawOffset+dims)` to its feature row
 * `out[outOffset .. outOffset+width)`, allocating nothing. `features` should come from
 * selectFeatures (canonical order); features that need a column the set lacks are skipped.
 * For dims > 2 the raw columns are copied as they are.
 * Example: dims 2, raw (2, 3), features ['x1sq', 'x1x2', 'sinx2'] → (4, 6, sin 3).
 */
export function mapFeaturesInto(
  raw: ArrayLike<number>,
  rawOffset: number,
  dims: number,
  features: readonly FeatureName[],
  out: Float64Array,
  outOffset: number,
): void {
  if (dims > 2) {
    for (let j = 0; j < dims; j++) out[outOffset + j] = raw[rawOffset + j]!;
    return;
  }
  const x1 = raw[rawOffset]!;
  const x2 = dims === 2 ? raw[rawOffset + 1]! : 0;
  let k = outOffset;
  for (const f of features) {
    if (FEATURE_INFO[f].needsDims > dims) continue;
    out[k++] = featureValue(f, x1, x2);
  }
}

/** The value of one feature at the raw point (x₁, x₂). */
export function featureValue(f: FeatureName, x1: number, x2: number): number {
  switch (f) {
    case 'x1':
      return x1;
    case 'x2':
      return x2;
    case 'x1sq':
      return x1 * x1;
    case 'x2sq':
      return x2 * x2;
    case 'x1x2':
      return x1 * x2;
    case 'sinx1':
      return Math.sin(x1);
    case 'sinx2':
      return Math.sin(x2);
  }
}

function subscript(k: number): string {
  return String(k).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]!);
}
