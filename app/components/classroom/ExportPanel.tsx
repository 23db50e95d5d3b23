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
import { downloadFile, fileSlug } from './files';
import { topologyOf } from './topology';
import { NetworkExport } from './NetworkExport';

import { EXPORTABLE_CHARTS, type ChartId } from '../chartIds';
import { equationsTexDocument } from '../../classroom/equationsTex';
import { captureStepThrough, stepThroughOnScreen } from './stepThroughPicture';

/** Two frames: React has drawn what a store change asked for, and the browser has laid it out. */
const nextFrames = () =>
  new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));

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
  // What is on screen as the dialog opens: the teaching views' charts only while open.
  const [charts] = useState(() =>
    EXPORTABLE_CHARTS.filter((c) => c.view === null || document.getElementById(c.id)),
  );
  const closedViews = EXPORTABLE_CHARTS.filter((c) => !charts.includes(c)).map((c) => c.view);
  const [stepThrough] = useState(stepThroughOnScreen);

  const exportChart = async (id: ChartId, name: string, ext: 'png' | 'svg') => {
    // The presenter look is the chart as the projector shows it: labels at the presenter
    // size relative to the chart, drawn by the charts' own layout in presenter mode.
    const store = useAppStore.getState();
    const asPresented = theme === 'presenter' && !store.presenter;
    if (asPresented) {
      store.setPresenter(true);
      await nextFrames();
      await nextFrames();
    }
    let captured: ReturnType<typeof captureChartSvg> | null = null;
    try {
      const box = document.getElementById(id);
      if (box) captured = captureChartSvg(box, theme, `Gradient Lab: ${name}`);
    } finally {
      if (asPresented) useAppStore.getState().setPresenter(false);
    }
    if (!captured)
      return setMessage({ tone: 'error', text: `The ${name} chart is not on screen.` });
    const { svg, width, height } = captured;
    const file = chartFileName(name, theme, ext);
    try {
      if (ext === 'svg') downloadFile(file, svg, 'image/svg+xml');
      else downloadFile(file, await svgToPng(svg, width, height));
      setMessage({ tone: 'ok', text: `Saved ${file}.` });
    } catch (err) {
      setMessage({ tone: 'error', text: err instanceof Error ? err.message : String(err) });
    }
  };

  // The step-through as it looks: typeset, in presenter type for the presenter look.
  const exportStepThroughPicture = async (ext: 'png' | 'svg') => {
    const now = stepThroughOnScreen() ?? stepThrough;
    if (!now) return setMessage({ tone: 'error', text: 'The step-through is not on screen.' });
    const store = useAppStore.getState();
    const was = store.presenter;
    const want = theme === 'presenter';
    if (was !== want) {
      store.setPresenter(want);
      await nextFrames();
      await nextFrames();
    }
    const file = chartFileName(now.heading, theme, ext);
    try {
      const { svg, width, height } = await captureStepThrough(now.heading);
      if (ext === 'svg') downloadFile(file, svg, 'image/svg+xml');
      else downloadFile(file, await svgToPng(svg, width, height, 'data'));
      setMessage({ tone: 'ok', text: `Saved ${file} (${now.tex.length} equations).` });
    } catch (err) {
      setMessage({
        tone: 'error',
        text: `The step-through was not saved: ${err instanceof Error ? err.message : String(err)}`,
      });
    } finally {
      if (was !== want) useAppStore.getState().setPresenter(was);
    }
  };

  const exportEquations = () => {
    const now = stepThroughOnScreen() ?? stepThrough;
    if (!now) return setMessage({ tone: 'error', text: 'The step-through is not on screen.' });
    const file = `gradient-lab-${fileSlug(now.heading, 'step-through')}.tex`;
    downloadFile(
      file,
      equationsTexDocument(now.heading, now.note ? [now.note] : [], now.tex),
      'application/x-tex',
    );
    setMessage({ tone: 'ok', text: `Saved ${file} (${now.tex.length} equations).` });
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
          {charts.map(({ id, name }) => (
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
        <p className="dialog-note">
          PNG files are at twice the size on screen.
          {closedViews.length > 0 &&
            ` Open a teaching view (${closedViews.join(', ')}) to export its chart too.`}
        </p>
        {stepThrough && (
          <div className="dialog-actions">
            <span>
              {stepThrough.heading}: {stepThrough.tex.length} equation
              {stepThrough.tex.length === 1 ? '' : 's'}
            </span>
            <button
              type="button"
              className="tool-button"
              aria-label="Step-through as PNG"
              onClick={() => void exportStepThroughPicture('png')}
            >
              PNG
            </button>
            <button
              type="button"
              className="tool-button"
              aria-label="Step-through as SVG"
              onClick={() => void exportStepThroughPicture('svg')}
            >
              SVG
            </button>
            <button type="button" className="tool-button" onClick={exportEquations}>
              Equations as LaTeX
            </button>
          </div>
        )}
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
