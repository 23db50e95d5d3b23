import { inputTerms, termCode } from './featureTerms';
import type { ExportSource } from './exportSource';
import { rawRows, targetRows } from './exportSource';
import { lessonNote } from './lessonRefs';
import { pyList, pyRows, pyStrings } from './pythonText';

/** The array library a Python script uses: PyTorch tensors or NumPy arrays. */
export type PythonLib = 'torch' | 'np';

/** One line per layer: '3 inputs (x₁, x₂, x₁x₂) → 8 tanh → 8 tanh → 1 sigmoid'. */
export function networkSummary(source: ExportSource): string {
  const { data, layers } = source;
  const parts = layers.map(({ plan: l }) => {
    const kind = l.pieces > 1 ? `maxout of ${l.pieces} pieces` : l.act;
    const extra = [l.batchNorm ? 'batch norm' : '', l.dropout > 0 ? `dropout ${l.dropout}` : '']
      .filter(Boolean)
      .join(', ');
    return `${l.units} ${kind}${extra ? ` (${extra})` : ''}`;
  });
  return [`${data.width} inputs (${data.featureNames.join(', ')})`, ...parts].join(' → ');
}

/** How the targets are encoded, for the comment above them. */
function targetNote(source: ExportSource): string {
  const { dataset } = source.data;
  const hinge = source.config.loss === 'hinge';
  if (dataset.problem === 'regression') return `the value to predict (${dataset.targetName})`;
  if (source.data.outputs === 1) return hinge ? '+1 for class 1, −1 for class 0' : '1 for class 1, 0 for class 0';
  return hinge ? 'one column per class: +1 for the class, −1 elsewhere' : 'one-hot: 1 in the column of the class';
}

/**
 * The data section of a Python script: the exported rows (raw inputs and the targets the
 * network learnt from, train and test splits), the feature map and the standardisation
 * constants, and a `features(raw)` function that turns raw rows into network inputs.
 */
export function pythonData(source: ExportSource, lib: PythonLib): string {
  const { data } = source;
  const dims = data.dataset.dims;
  const terms = inputTerms(data.features, dims);
  const col = (c: number) => `x${c + 1}`;
  const sin = lib === 'torch' ? 'torch.sin' : 'np.sin';
  const used = [...new Set(terms.flatMap((t) => ('columns' in t ? t.columns : [t.column])))].sort();
  const stack = lib === 'torch' ? 'torch.stack' : 'np.stack';
  const dim = lib === 'torch' ? 'dim=1' : 'axis=1';
  const array = lib === 'torch' ? 'torch.tensor' : 'np.array';
  const s = data.standardizer;
  const mapLines =
    dims > 2
      ? ['    columns = raw  # this data set feeds its raw columns as they are']
      : [
          `    ${used.map(col).join(', ')} = ${used.map((c) => `raw[:, ${c}]`).join(', ')}`,
          `    columns = ${stack}([${terms.map((t) => termCode(t, col, sin)).join(', ')}], ${dim})`,
        ];
  return [
    `# ── The data ───────────────────────────────────────────────────────────────`,
    `# The exact rows Gradient Lab trained on, in raw units: ${data.dataset.inputNames.join(', ')}.`,
    `RAW_COLUMNS = ${pyStrings(data.dataset.inputNames)}`,
    `TRAIN_INPUTS = ${pyRows(rawRows(data, 'train'))}`,
    `# Targets as the network learns them: ${targetNote(source)} (${lessonNote('outputs')}).`,
    `TRAIN_TARGETS = ${pyRows(targetRows(data, 'train'))}`,
    `# The test split: never trained on, only measured (${lessonNote('overfitting')}).`,
    `TEST_INPUTS = ${pyRows(rawRows(data, 'test'))}`,
    `TEST_TARGETS = ${pyRows(targetRows(data, 'test'))}`,
    '',
    `# ── Features and standardisation ───────────────────────────────────────────`,
    `FEATURE_NAMES = ${pyStrings(data.featureNames)}`,
    ...(s
      ? [
          `# Mean and standard deviation of each feature over the training split only (${lessonNote('standardise')}).`,
          `FEATURE_MEAN = ${pyList(s.mean)}`,
          `FEATURE_STD = ${pyList(s.std)}`,
        ]
      : []),
    '',
    '',
    'def features(raw):',
    `    """Network inputs from raw rows (n × ${dims}): the feature map${s ? ', then standardisation' : ''}."""`,
    ...mapLines,
    s
      ? `    return (columns - ${array}(FEATURE_MEAN)) / ${array}(FEATURE_STD)  # x′ = (x − mean) / std`
      : '    return columns  # standardisation was off',
  ].join('\n');
}
