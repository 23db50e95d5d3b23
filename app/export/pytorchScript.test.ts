import { beforeAll, describe, expect, it } from 'vitest';
import { buildExportSource, rawRows } from './exportSource';
import { pytorchScript } from './pytorchScript';
import { caseConfig, restoredSession, trainedState, type ExportCase } from './verify/cases';
import { engineTrajectory, enginePredict, gridPoints, maxDifference } from './verify/engineReference';
import { findPython, PYTHON_REQUIRED, runPythonJobs, type PythonResult } from './verify/pythonRunner';

const EPOCHS = 20;

/** Each case with the tolerance its loss trajectory must meet over 20 epochs. */
const CASES: (ExportCase & { trajectory: number })[] = [
  { name: 'plain SGD, two tanh layers (xor)', config: caseConfig('xor', { hidden: [6, 4], activations: ['tanh', 'tanh'], optimizer: 'sgd', learningRate: 0.1 }), before: 0, trajectory: 1e-9 },
  { name: 'momentum, relu (circle)', config: caseConfig('circle', { hidden: [8], activations: ['relu'], optimizer: 'momentum', momentum: 0.9, learningRate: 0.01 }), before: 0, trajectory: 1e-6 },
  { name: 'Adam continuing from epoch 3, softmax (blobs3)', config: caseConfig('blobs3', { hidden: [6], activations: ['elu'], optimizer: 'adam', learningRate: 0.01 }), before: 3, trajectory: 1e-6 },
  { name: 'L2 and a step schedule, sigmoid features (spiral)', config: caseConfig('spiral', { hidden: [6, 6], activations: ['tanh', 'leakyRelu'], features: ['x1', 'x2', 'x1x2', 'sinx1', 'sinx2'], optimizer: 'sgd', learningRate: 0.05, regularization: 'l2', regRate: 0.003, schedule: 'step', decayRate: 0.5, decayEvery: 5 }), before: 0, trajectory: 1e-9 },
  { name: 'dropout, disabled at evaluation (moons)', config: caseConfig('moons', { hidden: [8, 8], activations: ['relu', 'tanh'], dropout: 0.2, optimizer: 'sgd', learningRate: 0.05 }), before: 2, trajectory: 1e-9 },
  { name: 'batch norm and maxout, evaluation mode (gaussian)', config: caseConfig('gaussian', { hidden: [5, 4], activations: ['maxout', 'tanh'], batchNorm: true, optimizer: 'momentum', learningRate: 0.02 }), before: 2, trajectory: 1e-6 },
  { name: 'regression with L1, Nesterov, exponential decay (sine)', config: caseConfig('sine', { hidden: [8], activations: ['tanh'], loss: 'huber', optimizer: 'nesterov', learningRate: 0.01, regularization: 'l1', regRate: 0.001, schedule: 'exponential', decayRate: 0.9, decayEvery: 2 }), before: 0, trajectory: 1e-6 },
  { name: 'raw columns, RMSProp (studyHours)', config: caseConfig('studyHours', { hidden: [4], activations: ['sigmoid'], optimizer: 'rmsprop', learningRate: 0.01 }), before: 1, trajectory: 1e-6 },
];

const finding = findPython(['torch']);
const missing = `No Python that imports torch was found (tried ${finding.tried.join('; ')}). Install Debian's python3-torch or set PYTHON.`;

describe('PyTorch export, run with PyTorch in float64', () => {
  if (!finding.python && !PYTHON_REQUIRED) {
    it.skip(`skipped: ${missing}`, () => {});
    return;
  }
  const prepared = CASES.map((c) => {
    const { state } = trainedState(c);
    const source = buildExportSource(c.config, state);
    const points = [...rawRows(source.data, 'train'), ...gridPoints(source.data, 9)];
    const reference = restoredSession(c, state);
    const predictions = enginePredict(reference, points);
    const losses = engineTrajectory(reference, EPOCHS);
    return { c, text: pytorchScript(source), points, predictions, losses };
  });
  let results: PythonResult[] = [];
  beforeAll(() => {
    if (!finding.python) throw new Error(missing);
    results = runPythonJobs(
      finding.python,
      prepared.map((p) => ({ kind: 'pytorch', text: p.text, points: p.points, epochs: EPOCHS })),
    );
  }, 600_000);

  prepared.forEach((p, i) => {
    it(`${p.c.name}: predictions within 1e-9, ${EPOCHS} epochs within ${p.c.trajectory}`, () => {
      const r = results[i]!;
      expect(r.error).toBeUndefined();
      const predictionGap = maxDifference(r.predictions, p.predictions);
      const lossGap = maxDifference([r.losses], [p.losses]);
      console.warn(`pytorch ${p.c.name}: predictions ${predictionGap.toExponential(2)}, losses ${lossGap.toExponential(2)}`);
      expect(predictionGap).toBeLessThan(1e-9);
      expect(r.losses).toHaveLength(EPOCHS);
      expect(lossGap).toBeLessThan(p.c.trajectory);
      // The run learns something, so matching trajectories are not two flat lines.
      expect(Math.abs(p.losses[EPOCHS - 1]! - p.losses[0]!)).toBeGreaterThan(1e-4);
    });
  });
});
