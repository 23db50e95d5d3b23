import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { BN_EPSILON, BN_MOMENTUM } from '../engine/network';
import { ACTIVATION_FORMS } from './activationForms';
import type { ExportLayer, ExportSource } from './exportSource';
import { networkSummary } from './pythonData';

/** A TensorFlow.js LayersModel as files: model.json (topology + manifest) and its weights. */
export interface TfjsFiles {
  modelJson: string;
  weights: ArrayBuffer;
}

/** Name of the model's input, for callers and the documentation. */
export const TFJS_INPUT = 'features';

type SymbolicTensor = tfl.SymbolicTensor;
/** Each layer with the weights to set once the model is built (tensors in Keras's layout). */
type Pending = { layer: tfl.layers.Layer; weights: tf.Tensor[] };

/** Keras's Dense kernel is fanIn × units: kernel[j][u] = W[row(u)][j]. */
function kernel(l: ExportLayer, row: (u: number) => number): tf.Tensor2D {
  const { fanIn, units } = l.plan;
  const k = new Float32Array(fanIn * units);
  for (let j = 0; j < fanIn; j++) for (let u = 0; u < units; u++) k[j * units + u] = l.weight[row(u)]![j]!;
  return tf.tensor2d(k, [fanIn, units]);
}

function pick(values: number[], row: (u: number) => number, units: number): tf.Tensor1D {
  return tf.tensor1d(Array.from({ length: units }, (_, u) => values[row(u)]!));
}

/** Dense (+ batch norm) for the rows `row(u)` of a layer: the whole layer, or one maxout piece. */
function affine(l: ExportLayer, x: SymbolicTensor, tag: string, row: (u: number) => number, activation: string, pending: Pending[]): SymbolicTensor {
  const units = l.plan.units;
  const dense = tfl.layers.dense({ units, activation: l.norm ? 'linear' : (activation as 'linear'), name: tag });
  let z = dense.apply(x) as SymbolicTensor;
  pending.push({ layer: dense, weights: [kernel(l, row), pick(l.bias, row, units)] });
  if (l.norm) {
    const norm = tfl.layers.batchNormalization({ epsilon: BN_EPSILON, momentum: BN_MOMENTUM, name: `${tag}_norm` });
    z = norm.apply(z) as SymbolicTensor;
    const n = l.norm;
    pending.push({ layer: norm, weights: [n.gamma, n.beta, n.runMean, n.runVar].map((v) => pick(v, row, units)) });
    if (activation !== 'linear') z = tfl.layers.activation({ activation: activation as 'linear', name: `${tag}_${activation}` }).apply(z) as SymbolicTensor;
  }
  return z;
}

/** One engine layer as Keras layers: Dense, BatchNormalization, Maximum for maxout, the activation, Dropout. */
function kerasLayer(l: ExportLayer, x: SymbolicTensor, pending: Pending[]): SymbolicTensor {
  const p = l.plan;
  const tag = l.isOutput ? 'output' : `hidden${l.number}`;
  let a: SymbolicTensor;
  if (p.pieces > 1) {
    // Maxout: one Dense per piece (piece k of neuron u is row u·pieces + k), then their maximum.
    const pieces = Array.from({ length: p.pieces }, (_, k) =>
      affine(l, x, `${tag}_piece${k + 1}`, (u) => u * p.pieces + k, 'linear', pending),
    );
    a = tfl.layers.maximum({ name: `${tag}_maxout` }).apply(pieces) as SymbolicTensor;
  } else {
    const form = ACTIVATION_FORMS[p.act]!.keras;
    const builtin = 'activation' in form ? form.activation : 'linear';
    a = affine(l, x, tag, (u) => u, builtin, pending);
    if ('layer' in form) {
      const layer = form.layer === 'ELU' ? tfl.layers.elu({ alpha: p.alpha, name: `${tag}_elu` }) : tfl.layers.leakyReLU({ alpha: p.alpha, name: `${tag}_leaky_relu` });
      a = layer.apply(a) as SymbolicTensor;
    }
  }
  if (p.dropout > 0) a = tfl.layers.dropout({ rate: p.dropout, name: `${tag}_dropout` }).apply(a) as SymbolicTensor;
  return a;
}

/**
 * The trained network as a TensorFlow.js LayersModel, which Keras reads through the
 * tensorflowjs converter. Its input is the feature columns (the feature map is not a Keras
 * layer: compute it as the metadata says); a frozen Dense layer "standardise" applies the
 * training split's mean and std, then every layer follows as standard Keras layers.
 * `weightsFile` is the name model.json gives its weights file.
 */
export async function tfjsModel(source: ExportSource, weightsFile: string): Promise<TfjsFiles> {
  await tf.setBackend('cpu');
  const { data } = source;
  const pending: Pending[] = [];
  const input = tfl.input({ shape: [data.width], name: TFJS_INPUT });
  let a: SymbolicTensor = input;
  const s = data.standardizer;
  if (s) {
    const std = tfl.layers.dense({ units: data.width, name: 'standardise', trainable: false });
    a = std.apply(a) as SymbolicTensor;
    const diagonal = new Float32Array(data.width * data.width);
    for (let j = 0; j < data.width; j++) diagonal[j * data.width + j] = 1 / s.std[j]!;
    const shift = Array.from(s.mean, (m, j) => -m / s.std[j]!);
    pending.push({ layer: std, weights: [tf.tensor2d(diagonal, [data.width, data.width]), tf.tensor1d(shift)] });
  }
  for (const l of source.layers) a = kerasLayer(l, a, pending);
  const model = tfl.model({ inputs: input, outputs: a, name: 'gradient_lab_network' });
  for (const p of pending) {
    p.layer.setWeights(p.weights);
    tf.dispose(p.weights);
  }
  let saved: tf.io.ModelArtifacts | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      saved = artifacts;
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    }),
  );
  model.dispose();
  const artifacts = saved as tf.io.ModelArtifacts | null;
  if (!artifacts?.weightSpecs || !artifacts.weightData) throw new Error('TensorFlow.js saved no weights.');
  const weights = Array.isArray(artifacts.weightData) ? tf.io.concatenateArrayBuffers(artifacts.weightData) : artifacts.weightData;
  const json = {
    format: 'layers-model',
    generatedBy: artifacts.generatedBy,
    convertedBy: null,
    modelTopology: artifacts.modelTopology,
    weightsManifest: [{ paths: [weightsFile], weights: artifacts.weightSpecs }],
    userDefinedMetadata: {
      gradientLab: {
        network: networkSummary(source),
        input: `"${TFJS_INPUT}": the feature columns ${data.featureNames.join(', ')} computed from the raw columns ${data.dataset.inputNames.join(', ')}; the model standardises them itself.`,
        features: data.featureNames,
        rawColumns: data.dataset.inputNames,
        epoch: source.epoch,
      },
    },
  };
  return { modelJson: JSON.stringify(json), weights };
}
