import { describe, expect, it } from 'vitest';
import { exportProblem, EXPORT_FORMATS } from './exportProblems';
import { buildExportSource } from './exportSource';
import { writeExport } from './exportFiles';
import { caseConfig } from './verify/cases';

describe('what a format cannot express', () => {
  const config = caseConfig('xor', { hidden: [3], activations: ['tanh'] });

  it('every format takes an ordinary network', () => {
    const source = buildExportSource(config, null);
    for (const f of EXPORT_FORMATS) expect(exportProblem(source, f), f).toBeNull();
  });

  it('refuses weights beyond float32 for ONNX and TensorFlow.js, naming the layer, and writes no file', async () => {
    const source = buildExportSource(config, null);
    const huge = source.parameters.slice();
    huge[source.plan.layers[1]!.wOffset] = 1e39;
    const big = buildExportSource(config, { epoch: 7, step: 70, parameters: huge });
    expect(exportProblem(big, 'onnx')).toMatch(/weight of the output layer is 1\.000e\+39, too large for the float32/);
    expect(exportProblem(big, 'tfjs')).toMatch(/float32/);
    expect(exportProblem(big, 'pytorch')).toBeNull();
    expect(await writeExport(big, 'onnx')).toEqual({ ok: false, error: exportProblem(big, 'onnx') });
  });

  it('names an activation the exporters do not know, and what to choose instead', () => {
    const source = buildExportSource(config, null);
    const layers = source.layers.map((l, i) => (i === 0 ? { ...l, plan: { ...l.plan, act: 'gelu' as never } } : l));
    expect(exportProblem({ ...source, layers }, 'pytorch')).toMatch(/^Hidden layer 1 uses the activation "gelu".*choose tanh/);
  });

  it('refuses weights that do not fit the network instead of exporting something else', () => {
    expect(() => buildExportSource(config, { epoch: 1, step: 1, parameters: [1, 2, 3] })).toThrow(/do not fit/);
  });
});
