import { exportProblem, type ExportFormat } from './exportProblems';
import type { ExportSource } from './exportSource';
import { numpyScript } from './numpyScript';
import { pytorchScript } from './pytorchScript';

/** One file of an export, ready to download. */
export interface ExportedFile {
  name: string;
  data: string | ArrayBuffer;
  /** Its media type. */
  type: string;
}

/** An export's files, or the message saying why the network cannot be written in that format. */
export type ExportOutcome = { ok: true; files: ExportedFile[] } | { ok: false; error: string };

/** What each format is, for the export panel. */
export const FORMAT_INFO: Record<ExportFormat, { label: string; detail: string }> = {
  pytorch: { label: 'PyTorch script', detail: 'model, weights, data and the same training loop (.py)' },
  onnx: { label: 'ONNX model', detail: 'inference graph with the feature map, float32 (.onnx)' },
  tfjs: { label: 'TensorFlow.js model', detail: 'LayersModel for tfjs and Keras (model.json + weights)' },
  numpy: { label: 'NumPy forward pass', detail: 'every line of the prediction, no framework (.py)' },
};

/** The stem of an export's file names: 'gradient_lab_spiral_epoch_12'. */
export function exportStem(source: ExportSource): string {
  const name = source.config.dataset.replace(/[^A-Za-z0-9]+/g, '_');
  return `gradient_lab_${name}_epoch_${source.epoch}`;
}

/**
 * Write a network in a format. ONNX and TensorFlow.js load their libraries here, on the first
 * export that asks for them, so they never weigh on the page's first load. A network the
 * format cannot express gives its message and no file.
 */
export async function writeExport(source: ExportSource, format: ExportFormat): Promise<ExportOutcome> {
  const problem = exportProblem(source, format);
  if (problem) return { ok: false, error: problem };
  const stem = exportStem(source);
  switch (format) {
    case 'pytorch':
      return { ok: true, files: [{ name: `${stem}.py`, data: pytorchScript(source), type: 'text/x-python' }] };
    case 'numpy':
      return { ok: true, files: [{ name: `${stem}_numpy.py`, data: numpyScript(source), type: 'text/x-python' }] };
    case 'onnx': {
      const { onnxModel } = await import('./onnxModel');
      // A copy: in Node protobufjs returns a view into a shared pool, whose .buffer is larger.
      return { ok: true, files: [{ name: `${stem}.onnx`, data: new Uint8Array(onnxModel(source)).buffer, type: 'application/octet-stream' }] };
    }
    case 'tfjs': {
      const { tfjsModel } = await import('./tfjsModel');
      const weights = `${stem}.weights.bin`;
      const files = await tfjsModel(source, weights);
      return {
        ok: true,
        files: [
          { name: `${stem}.json`, data: files.modelJson, type: 'application/json' },
          { name: weights, data: files.weights, type: 'application/octet-stream' },
        ],
      };
    }
  }
}
