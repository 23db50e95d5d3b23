import { beforeAll, describe, expect, it } from 'vitest';
import { buildExportSource, rawRows } from './exportSource';
import { exportProblem } from './exportProblems';
import { numpyScript } from './numpyScript';
import { caseConfig, restoredSession, trainedState, type ExportCase } from './verify/cases';
import { enginePredict, gridPoints, maxDifference } from './verify/engineReference';
import { findPython, PYTHON_REQUIRED, runPythonJobs, type PythonResult } from './verify/pythonRunner';

const CASES: ExportCase[] = [
  { name: 'tanh and ReLU, standardised features (spiral)', config: caseConfig('spiral', { hidden: [8, 6], activations: ['tanh', 'relu'], features: ['x1', 'x2', 'x1sq', 'sinx2'], standardize: true }), before: 4 },
  { name: 'maxout, leaky ReLU and dropout (moons)', config: caseConfig('moons', { hidden: [5, 4], activations: ['maxout', 'leakyRelu'], dropout: 0.2 }), before: 3 },
  { name: 'softmax with ELU (spiral3)', config: caseConfig('spiral3', { hidden: [6], activations: ['elu'] }), before: 2 },
  { name: 'regression (housePrices)', config: caseConfig('housePrices', { hidden: [4], activations: ['sigmoid'] }), before: 2 },
];

const finding = findPython(['numpy']);
const missing = `No Python that imports numpy was found (tried ${finding.tried.join('; ')}). Install Debian's python3-numpy or set PYTHON.`;

describe('NumPy forward pass, run with NumPy', () => {
  if (!finding.python && !PYTHON_REQUIRED) {
    it.skip(`skipped: ${missing}`, () => {});
    return;
  }
  const prepared = CASES.map((c) => {
    const { state } = trainedState(c);
    const source = buildExportSource(c.config, state);
    expect(exportProblem(source, 'numpy')).toBeNull();
    const points = [...rawRows(source.data, 'train'), ...gridPoints(source.data, 9)];
    return { c, text: numpyScript(source), points, expected: enginePredict(restoredSession(c, state), points) };
  });
  let results: PythonResult[] = [];
  beforeAll(() => {
    if (!finding.python) throw new Error(missing);
    results = runPythonJobs(finding.python, prepared.map((p) => ({ kind: 'numpy', text: p.text, points: p.points, epochs: 0 })));
  }, 300_000);

  prepared.forEach((p, i) => {
    it(`${p.c.name}: predictions within 1e-9 of the engine`, () => {
      const r = results[i]!;
      expect(r.error).toBeUndefined();
      const gap = maxDifference(r.predictions, p.expected);
      console.warn(`numpy ${p.c.name}: largest difference ${gap.toExponential(2)}`);
      expect(gap).toBeLessThan(1e-9);
    });
  });

  it('refuses a batch-norm network with a message saying what to change', () => {
    const source = buildExportSource(caseConfig('xor', { hidden: [4], activations: ['tanh'], batchNorm: true }), null);
    expect(exportProblem(source, 'numpy')).toMatch(/batch norm.*turn Batch norm off.*PyTorch/i);
    expect(exportProblem(source, 'pytorch')).toBeNull();
  });
});
