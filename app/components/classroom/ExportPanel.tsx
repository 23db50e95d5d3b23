import { useState } from 'react';
import { portabilityProblem, readWeightsFile, writeWeightsFile } from '../../classroom/weightsFile';
import { chartFileName } from '../../classroom/svgText';
import type { ExportTheme } from '../../classroom/svgText';
import { sameConfig } from '../../engine/configRules';
import { useAppStore } from '../../store/store';
import { captureChartSvg, svgToPng } from './chartCapture';
import { Dialog } from '../Dialog';
import { JsonFileButton } from './JsonFileButton';
import '../../styles/classroomDialogs.css';
import { downloadFile } from './files';
import { topologyOf } from './topology';
import { NetworkExport } from './NetworkExport';

import { EXPORTABLE_CHARTS, type ChartId } from '../chartIds';

/**
 * Export for slides and for later: each chart as PNG (2×) or SVG in the light or presenter
 * theme; the configuration with its trained weights as JSON, and importing such a file to
 * continue training where it stopped; and the network in other frameworks' formats.
 */
export default function ExportPanel({ onClose }: { onClose: () => void }) {
  const [theme, setTheme] = useState<ExportTheme>(
    useAppStore.getState().presenter ? 'presenter' : 'light',
  );
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const exportChart = async (id: ChartId, name: string, ext: 'png' | 'svg') => {
    const box = document.getElementById(id);
    if (!box) return setMessage({ tone: 'error', text: `The ${name} chart is not on screen.` });
    const { svg, width, height } = captureChartSvg(box, theme, `Gradient Lab: ${name}`);
    const file = chartFileName(name, theme, ext);
    try {
      if (ext === 'svg') downloadFile(file, svg, 'image/svg+xml');
      else downloadFile(file, await svgToPng(svg, width, height));
      setMessage({ tone: 'ok', text: `Saved ${file}.` });
    } catch (err) {
      setMessage({ tone: 'error', text: err instanceof Error ? err.message : String(err) });
    }
  };

  const exportWeights = async () => {
    const s = useAppStore.getState();
    const unportable = portabilityProblem(s.config);
    if (unportable) return setMessage({ tone: 'error', text: `Not exported: ${unportable}` });
    // Paused first, so the file holds the state the page shows.
    s.pause();
    const state = await s.saveTraining();
    if (!state) return setMessage({ tone: 'error', text: 'The network is not ready yet.' });
    const text = writeWeightsFile({ config: s.config, state });
    downloadFile(`gradient-lab-${s.config.dataset}-epoch-${state.epoch}.json`, text);
    setMessage({
      tone: 'ok',
      text: `Saved the configuration and weights at epoch ${state.epoch}.`,
    });
  };

  const importWeights = async (file: File) => {
    const r = readWeightsFile(await file.text());
    if (!r.ok) return setMessage({ tone: 'error', text: `Not imported: ${r.error}` });
    const s = useAppStore.getState();
    const now = topologyOf(s.config);
    const next = topologyOf(r.value.config);
    if (
      now !== next &&
      !window.confirm(
        `This file is for a different network (${next}) than the current one (${now}). Replace the current network and its training?`,
      )
    ) {
      return setMessage({ tone: 'ok', text: 'Import cancelled: nothing was changed.' });
    }
    s.loadTrained(r.value.config, r.value.state);
    for (const n of r.value.notices) s.addNotice(n, 'warning', { group: 'file' });
    const same = sameConfig(s.config, r.value.config) ? '' : ' with its configuration';
    setMessage({
      tone: 'ok',
      text: `Loaded ${file.name}${same}: training continues from epoch ${r.value.state.epoch}.`,
    });
  };

  return (
    <Dialog title="Export and import" onClose={onClose} className="classroom-dialog export-dialog">
      <section className="dialog-section" aria-label="Charts">
        <h3>Charts for slides</h3>
        <fieldset className="theme-choice">
          <legend>Look</legend>
          {(['light', 'presenter'] as const).map((t) => (
            <label key={t}>
              <input
                type="radio"
                name="export-theme"
                value={t}
                checked={theme === t}
                onChange={() => setTheme(t)}
              />
              {t === 'light' ? 'Light' : 'Presenter (bold lines, large text)'}
            </label>
          ))}
        </fieldset>
        <ul className="export-list">
          {EXPORTABLE_CHARTS.map(({ id, name }) => (
            <li key={id}>
              <span>{name}</span>
              <button
                type="button"
                className="tool-button"
                aria-label={`${name} as PNG`}
                onClick={() => void exportChart(id, name, 'png')}
              >
                PNG
              </button>
              <button
                type="button"
                className="tool-button"
                aria-label={`${name} as SVG`}
                onClick={() => void exportChart(id, name, 'svg')}
              >
                SVG
              </button>
            </li>
          ))}
        </ul>
        <p className="dialog-note">PNG files are at twice the size on screen.</p>
      </section>
      <section className="dialog-section" aria-label="Trained network">
        <h3>Trained network</h3>
        <div className="dialog-actions">
          <button type="button" className="primary-button" onClick={() => void exportWeights()}>
            Download configuration and weights
          </button>
          <JsonFileButton
            label="Import configuration and weights…"
            inputLabel="Weights file to import"
            onFile={(f) => void importWeights(f)}
          />
        </div>
      </section>
      <NetworkExport onMessage={setMessage} />
      <p
        role={message?.tone === 'error' ? 'alert' : 'status'}
        className={`dialog-message ${message?.tone ?? ''}`}
      >
        {message?.text ?? ''}
      </p>
    </Dialog>
  );
}
