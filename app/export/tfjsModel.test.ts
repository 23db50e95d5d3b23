import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { mapFeaturesInto } from '../engine/features';
import { buildExportSource, rawRows, type ExportSource } from './exportSource';
import { tfjsModel, TFJS_INPUT } from './tfjsModel';
import { caseConfig, restoredSession, trainedState, type ExportCase } from './verify/cases';
import { enginePredict, gridPoints, maxDifference } from './verify/engineReference';

const FLOAT32_TOLERANCE = 1e-5;

const CASES: ExportCase[] = [
  { name: 'tanh layers, standardised features (spiral)', config: caseConfig('spiral', { hidden: [8, 8], activations: ['tanh', 'tanh'], features: ['x1', 'x2', 'x1x2', 'sinx1'], standardize: true }), before: 5 },
  { name: 'batch norm, maxout and dropout (gaussian)', config: caseConfig('gaussian', { hidden: [5, 4], activations: ['maxout', 'relu'], batchNorm: true, dropout: 0.1 }), before: 3 },
  { name: 'softmax, leaky ReLU and ELU (blobs3)', config: caseConfig('blobs3', { hidden: [6, 5], activations: ['leakyRelu', 'elu'], optimizer: 'adam', learningRate: 0.01 }), before: 3 },
  { name: 'regression on one column (sine)', config: caseConfig('sine', { hidden: [8], activations: ['tanh'] }), before: 4 },
];

/** Feature columns of raw rows (the model's input): the feature map, not standardised. */
function featureRows(source: ExportSource, raw: number[][]): number[][] {
  const { data } = source;
  return raw.map((r) => {
    const out = new Float64Array(data.width);
    mapFeaturesInto(r, 0, data.dataset.dims, data.features, out, 0);
    return Array.from(out);
  });
}

/** Load model.json and its weights the way tf.loadLayersModel reads files. */
async function load(modelJson: string, weights: ArrayBuffer): Promise<tf.LayersModel> {
  const json = JSON.parse(modelJson) as tf.io.ModelJSON;
  return tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: json.modelTopology,
      weightSpecs: json.weightsManifest[0]!.weights,
      weightData: weights,
    }),
  );
}

describe('TensorFlow.js export, loaded with @tensorflow/tfjs in Node', () => {
  for (const c of CASES) {
    it(`${c.name}: matches the engine on the training data and a grid`, async () => {
      const { state } = trainedState(c);
      const source = buildExportSource(c.config, state);
      const files = await tfjsModel(source, 'model.weights.bin');
      const model = await load(files.modelJson, files.weights);
      const raw = [...rawRows(source.data, 'train'), ...gridPoints(source.data, 15)];
      const expected = enginePredict(restoredSession(c, state), raw);
      const x = tf.tensor2d(featureRows(source, raw));
      const y = model.predict(x) as tf.Tensor;
      const got = (await y.array()) as number[][];
      tf.dispose([x, y]);
      model.dispose();
      const gap = maxDifference(got, expected);
      console.warn(`tfjs ${c.name}: largest difference ${gap.toExponential(2)}`);
      expect(gap).toBeLessThan(FLOAT32_TOLERANCE * Math.max(1, ...expected.flat().map(Math.abs)));
    });
  }

  it('is made of standard Keras layers and names its weights file', async () => {
    const c = CASES[1]!;
    const source = buildExportSource(c.config, trainedState(c).state);
    const files = await tfjsModel(source, 'gaussian.weights.bin');
    const json = JSON.parse(files.modelJson) as {
      format: string;
      modelTopology: { class_name: string; config: { layers: { class_name: string }[]; input_layers: unknown[][] } };
      weightsManifest: { paths: string[] }[];
    };
    expect(json.format).toBe('layers-model');
    expect(json.weightsManifest[0]!.paths).toEqual(['gaussian.weights.bin']);
    const kinds = new Set(json.modelTopology.config.layers.map((l) => l.class_name));
    const keras = ['InputLayer', 'Dense', 'BatchNormalization', 'Maximum', 'Activation', 'Dropout', 'LeakyReLU', 'ELU'];
    for (const k of kinds) expect(keras).toContain(k);
    expect(kinds).toContain('Maximum');
    expect(json.modelTopology.config.input_layers[0]![0]).toBe(TFJS_INPUT);
  });
});
