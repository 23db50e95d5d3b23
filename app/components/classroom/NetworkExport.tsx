import { useState } from 'react';
import { portabilityProblem } from '../../classroom/weightsFile';
import { customDataset, isCustomDataset } from '../../engine/customData';
import { FORMAT_INFO, writeExport, type ExportedFile } from '../../export/exportFiles';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/exportProblems';
import { buildExportSource, type ExportSource } from '../../export/exportSource';
import { useAppStore } from '../../store/store';
import { downloadFile } from './files';

/** What the message line says after an export. */
export type ExportMessage = { tone: 'ok' | 'error'; text: string };

function sizeText(files: ExportedFile[]): string {
  const bytes = files.reduce((n, f) => n + (typeof f.data === 'string' ? new Blob([f.data]).size : f.data.byteLength), 0);
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}

/**
 * The network to export: the live one (as the worker holds it: weights, optimiser state,
 * batch-norm statistics, the user's own data) or a saved scene (its weights, or the initial
 * weights of its seed when it was saved without). Null with a message when it cannot be built.
 */
async function sourceFor(choice: number): Promise<ExportSource | string> {
  const s = useAppStore.getState();
  try {
    if (choice < 0) {
      s.pause();
      const state = await s.saveTraining();
      if (!state) return 'The network is not ready yet.';
      const own = isCustomDataset(s.config.dataset) && s.userData ? customDataset(s.userData) : undefined;
      return buildExportSource(s.config, state, own);
    }
    const scene = s.deck.scenes[choice];
    if (!scene) return 'That scene is no longer in the deck.';
    const unportable = portabilityProblem(scene.config);
    if (unportable) return `The scene "${scene.title}" cannot be exported: ${unportable}`;
    return buildExportSource(scene.config, scene.weights ?? null);
  } catch (err) {
    return `The network cannot be built: ${err instanceof Error ? err.message : String(err)}`;
  }
}

/**
 * "Take it further": the live network or any scene as a PyTorch script, an ONNX model, a
 * TensorFlow.js model or a NumPy forward pass. The exporters are pure (app/export); this only
 * picks the network, downloads the files and reports their size and how long writing took.
 */
export function NetworkExport({ onMessage }: { onMessage: (m: ExportMessage) => void }) {
  const scenes = useAppStore((s) => s.deck.scenes);
  const [choice, setChoice] = useState(-1);
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const run = async (format: ExportFormat) => {
    setBusy(format);
    try {
      const started = performance.now();
      const source = await sourceFor(choice);
      if (typeof source === 'string') return onMessage({ tone: 'error', text: `Not exported: ${source}` });
      const out = await writeExport(source, format);
      if (!out.ok) return onMessage({ tone: 'error', text: `Not exported: ${out.error}` });
      const ms = Math.round(performance.now() - started);
      for (const f of out.files) {
        downloadFile(f.name, typeof f.data === 'string' ? f.data : new Blob([f.data], { type: f.type }), f.type);
      }
      onMessage({
        tone: 'ok',
        text: `Saved ${out.files.map((f) => f.name).join(' and ')} (${sizeText(out.files)}, written in ${ms} ms).`,
      });
    } catch (err) {
      onMessage({ tone: 'error', text: `Not exported: ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="dialog-section" aria-label="Other frameworks">
      <h3>Take it to PyTorch, ONNX or TensorFlow.js</h3>
      <label className="export-network-choice">
        Network to export
        <select value={choice} onChange={(e) => setChoice(Number(e.target.value))}>
          <option value={-1}>The network on screen</option>
          {scenes.map((sc, i) => (
            <option key={i} value={i}>
              Scene {i + 1}: {sc.title}
              {sc.weights ? ` (epoch ${sc.weights.epoch})` : ' (initial weights)'}
            </option>
          ))}
        </select>
      </label>
      <ul className="export-list export-formats">
        {EXPORT_FORMATS.map((f) => (
          <li key={f}>
            <span>
              <strong>{FORMAT_INFO[f].label}</strong> <small>{FORMAT_INFO[f].detail}</small>
            </span>
            <button
              type="button"
              className="tool-button"
              aria-label={`Export as ${FORMAT_INFO[f].label}`}
              disabled={busy !== null}
              onClick={() => void run(f)}
            >
              {busy === f ? 'Writing…' : 'Download'}
            </button>
          </li>
        ))}
      </ul>
      <p className="dialog-note">
        Each file carries the weights and the data preparation; the PyTorch script also
        continues training exactly as Gradient Lab would.
      </p>
    </section>
  );
}
