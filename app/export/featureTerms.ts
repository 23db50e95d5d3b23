import type { FeatureName } from '../engine/trainingConfig';

/**
 * How each input feature is computed from the raw columns, as a term every exporter can write
 * in its own language (Python, NumPy, ONNX ops): a raw column, a product of two columns, or
 * the sine of one. featureTerms.test.ts checks each term against the engine's featureValue.
 */
export type FeatureTerm =
  | { kind: 'column'; column: number }
  | { kind: 'product'; columns: [number, number] }
  | { kind: 'sin'; column: number };

/** The term of each feature (columns are 0-based raw columns: 0 is x₁, 1 is x₂). */
export const FEATURE_TERMS: Record<FeatureName, FeatureTerm> = {
  x1: { kind: 'column', column: 0 },
  x2: { kind: 'column', column: 1 },
  x1sq: { kind: 'product', columns: [0, 0] },
  x2sq: { kind: 'product', columns: [1, 1] },
  x1x2: { kind: 'product', columns: [0, 1] },
  sinx1: { kind: 'sin', column: 0 },
  sinx2: { kind: 'sin', column: 1 },
};

/**
 * The network's input columns as terms over the raw columns: the chosen features in the
 * engine's order, or every raw column as it is for data sets with more than two columns.
 */
export function inputTerms(features: readonly FeatureName[], dims: number): FeatureTerm[] {
  if (dims > 2 || features.length === 0) {
    return Array.from({ length: dims }, (_, column) => ({ kind: 'column', column }));
  }
  return features.map((f) => FEATURE_TERMS[f]);
}

/** A term as code, given how a raw column and the sine are written: (c) => `x${c + 1}`. */
export function termCode(t: FeatureTerm, column: (c: number) => string, sin: string): string {
  switch (t.kind) {
    case 'column':
      return column(t.column);
    case 'product':
      return `${column(t.columns[0])} * ${column(t.columns[1])}`;
    case 'sin':
      return `${sin}(${column(t.column)})`;
  }
}
