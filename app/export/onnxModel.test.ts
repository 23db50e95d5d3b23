import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { buildExportSource, rawRows } from './exportSource';
import { onnxModel, ONNX_INPUT, ONNX_OUTPUT } from './onnxModel';
import { caseConfig, restoredSession, trainedState, type ExportCase } from './verify/cases';
import { enginePredict, gridPoints, maxDifference } from './verify/engineReference';
import { findPython, PYTHON_REQUIRED, runPythonJobs } from './verify/pythonRunner';

/** float32 arithmetic through a few layers: outputs agree to about 1e-6 of their size. */
const FLOAT32_TOLERANCE = 1e-5;

const CASES: ExportCase[] = [
  { name: 'tanh layers with every feature, standardised (spiral)', config: caseConfig('spiral', { hidden: [8, 8], activations: ['tanh', 'tanh'], features: ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'], standardize: true }), before: 5 },
  { name: 'batch norm and maxout (gaussian)', config: caseConfig('gaussian', { hidden: [5, 4], activations: ['maxout', 'relu'], batchNorm: true, dropout: 0.1 }), before: 3 },
  { name: 'softmax over three classes, leaky ReLU and ELU (blobs3)', config: caseConfig('blobs3', { hidden: [6, 5], activations: ['leakyRelu', 'elu'], optimizer: 'adam', learningRate: 0.01 }), before: 3 },
  { name: 'regression on one column (sine)', config: caseConfig('sine', { hidden: [8], activations: ['tanh'] }), before: 4 },
  { name: 'raw columns of a three-column set (studyHours)', config: caseConfig('studyHours', { hidden: [4], activations: ['sigmoid'] }), before: 2 },
];

async function onnxPredict(bytes: Uint8Array, raw: number[][]): Promise<number[][]> {
  const session = await ort.InferenceSession.create(bytes);
  const dims = raw[0]!.length;
  const input = new ort.Tensor('float32', Float32Array.from(raw.flat()), [raw.length, dims]);
  const out = (await session.run({ [ONNX_INPUT]: input }))[ONNX_OUTPUT]!;
  const k = out.dims[1]!;
  const values = out.data as Float32Array;
  return raw.map((_, i) => Array.from(values.subarray(i * k, i * k + k)));
}

describe('ONNX export, run with onnxruntime-node', () => {
  for (const c of CASES) {
    it(`${c.name}: matches the engine on the training data and a grid`, async () => {
      const { state } = trainedState(c);
      const source = buildExportSource(c.config, state);
      const points = [...rawRows(source.data, 'train'), ...gridPoints(source.data, 15)];
      const expected = enginePredict(restoredSession(c, state), points);
      const got = await onnxPredict(onnxModel(source), points);
      const scale = Math.max(1, ...expected.flat().map(Math.abs));
      const gap = maxDifference(got, expected);
      console.warn(`onnx ${c.name}: largest difference ${gap.toExponential(2)} (scale ${scale.toPrecision(3)})`);
      expect(gap).toBeLessThan(FLOAT32_TOLERANCE * scale);
    });
  }

  it('passes the onnx package\'s own checker (full check, with shape inference)', () => {
    const finding = findPython(['onnx']);
    if (!finding.python) {
      expect(PYTHON_REQUIRED, `no Python with onnx (tried ${finding.tried.join('; ')})`).toBe(false);
      console.warn('ONNX checker skipped: no Python with the onnx package (install python3-onnx)');
      return;
    }
    const jobs = CASES.map((c) => ({
      kind: 'onnx' as const,
      text: onnxModel(buildExportSource(c.config, trainedState(c).state)),
      points: [],
      epochs: 0,
    }));
    for (const r of runPythonJobs(finding.python, jobs)) expect(r.error).toBeUndefined();
  }, 120_000);

  it('names its input and output and keeps the preprocessing in the file', async () => {
    const c = CASES[0]!;
    const source = buildExportSource(c.config, trainedState(c).state);
    const session = await ort.InferenceSession.create(onnxModel(source));
    expect(session.inputNames).toEqual([ONNX_INPUT]);
    expect(session.outputNames).toEqual([ONNX_OUTPUT]);
  });
});
