import { mapFeaturesInto } from './features';
import type { PreparedData } from './prepareData';

/**
 * Where one network input of an example came from: its value before standardisation (the
 * data table's value for a raw column, the mapped value such as x₁² for a feature map) and,
 * when the inputs are standardised, the training split's mean and standard deviation that
 * turned it into the network's input: input = (original − mean) / std.
 */
export interface InputOrigin {
  original: number;
  /** Absent when the inputs are not standardised (the network reads the original). */
  mean?: number;
  std?: number;
}

/**
 * The origin of each network input of data-set row `row`, from the same feature map and
 * standardiser the engine used to build its inputs.
 * Example (studyHours, standardised, row 0 = 115 h, 4 h, 100 %): [{ original: 115, mean:
 * 63.75, std: 42.2… }, …], and (115 − 63.75) / 42.2… is the first input the network reads.
 */
export function inputOrigins(data: PreparedData, row: number): InputOrigin[] {
  const { dataset, features, width, standardizer } = data;
  const mapped = new Float64Array(width);
  mapFeaturesInto(dataset.x, row * dataset.dims, dataset.dims, features, mapped, 0);
  return Array.from(mapped, (original, j) =>
    standardizer
      ? { original, mean: standardizer.mean[j]!, std: standardizer.std[j]! }
      : { original },
  );
}
