import { useState } from 'react';
import { isWidgetScene } from '../../classroom/sceneKind';
import { FORMAT_INFO, writeExport, type ExportedFile } from '../../export/exportFiles';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/exportProblems';
import { useAppStore } from '../../store/store';
import { exportSourceFor } from './exportChoice';
import { downloadFile } from './files';

/** What the message line says after an export. */
export type ExportMessage = { tone: 'ok' | 'error'; text: string };

function sizeText(files: ExportedFile[]): string {
  const bytes = files.reduce((n, f) => n + (typeof f.data === 'string' ? new Blob([f.data]).size : f.data.byteLength), 0);
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
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
      const source = await exportSourceFor(choice);
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
          {scenes.map((sc, i) =>
            isWidgetScene(sc) ? null : (
              <option key={i} value={i}>
                Scene {i + 1}: {sc.title}
                {sc.weights ? ` (epoch ${sc.weights.epoch})` : ' (initial weights)'}
              </option>
            ),
          )}
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
