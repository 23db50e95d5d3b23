import { TraceDropoutNote } from './DropoutNotes';
import { exampleNumber } from '../../engine/exampleNumber';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { NeuronNote } from '../../engine/neuronRef';
import type { NetworkInfo, ProbeRequest, ProbeResult } from '../../worker/protocol';
import { inputsPhrase } from './inputOriginText';
import { sig } from './formatNumber';
import { Math as TeX } from './Math';
import {
  ledgerRows,
  phaseEquations,
  phaseLabel,
  phaseNotes,
  tracePhases,
  updatedParameters,
} from './traceLedger';
import { useProbe } from './useProbe';
import '../../styles/views.css';

export interface BackpropStepperProps {
  info: NetworkInfo;
  requestProbe: (req: ProbeRequest) => Promise<ProbeResult>;
  /** Data-set row of the chosen example, or null when none is chosen. */
  exampleRow: number | null;
  onPickExample?: (row: number) => void;
  learningRate: number;
  /** Write the update's new weights into the network (the learner's own SGD step). */
  onApplyUpdate?: (parameters: Float64Array) => void;
  /** The current phase's numbers to write on the network diagram (null clears them). */
  onDiagramNotes?: (notes: readonly NeuronNote[] | null) => void;
  /** The phase shown (kept by the caller, so keys and scenes can move it) and its page. */
  phase: number;
  page: number;
  onPhase: (phase: number) => void;
  /** How many phases there are and how many pages the current one takes in its box. */
  onPaging: (paging: { phases: number; pages: number }) => void;
  /** Equations wrap at their operators instead of each taking one long line (a projector). */
  wrapEquations?: boolean;
  /** Only the forward pass, layer by layer (a lesson that comes before losses). */
  forwardOnly?: boolean;
}

/**
 * Lay the `[data-item]` children of `box` out in pages that fit its height, show page `page`
 * (clamped) and return the page count. A box that is not height-limited is one page.
 */
function layOutPages(box: HTMLElement, page: number): number {
  const items = [...box.querySelectorAll<HTMLElement>(':scope > [data-item]')];
  for (const el of items) el.style.display = '';
  const pad = getComputedStyle(box);
  const height = box.clientHeight - parseFloat(pad.paddingTop) - parseFloat(pad.paddingBottom);
  const starts = [0];
  let top = items[0]?.offsetTop ?? 0;
  items.forEach((el, k) => {
    if (k > starts[starts.length - 1]! && el.offsetTop + el.offsetHeight - top > height + 1) {
      starts.push(k);
      top = el.offsetTop;
    }
  });
  const p = Math.max(0, Math.min(starts.length - 1, page));
  const end = starts[p + 1] ?? items.length;
  items.forEach((el, k) => {
    el.style.display = k >= starts[p]! && k < end ? '' : 'none';
  });
  return starts.length;
}

/** A random training row (the view's own convenience, not part of any run). */
function randomTrainingRow(info: NetworkInfo): number | null {
  const rows: number[] = [];
  info.isTrain.forEach((t, r) => {
    if (t) rows.push(r);
  });
  return rows.length ? rows[Math.floor(Math.random() * rows.length)]! : null;
}

/**
 * Backpropagation of one example (or, with `forwardOnly`, its forward pass), one phase at a time: forward layer by layer (z = Σ w·a + b,
 * a = f(z)), the loss, backward (dL/da, dL/dz, dW, db) and the update, each with the engine's
 * numbers as equations and as a ledger table.
 */
export function BackpropStepper(props: BackpropStepperProps) {
  const { info, requestProbe, exampleRow, onPickExample } = props;
  const [state, ask] = useProbe(requestProbe, 'trace');
  const { onPhase, onPaging, page } = props;
  const [playing, setPlaying] = useState(false);
  const backward = !props.forwardOnly;
  const phases = useMemo(
    () => tracePhases(info.layers.length, backward),
    [info.layers.length, backward],
  );
  const last = phases.length - 1;
  const at = Math.max(0, Math.min(last, props.phase));
  const setAt = (f: (k: number) => number) => onPhase(f(at));
  const pagesRef = useRef<HTMLDivElement>(null);
  const [layoutTick, setBoxHeight] = useState(0);

  useEffect(() => {
    if (exampleRow !== null) ask({ kind: 'trace', row: exampleRow });
  }, [ask, exampleRow]);

  const probe = state.result?.trace ?? null;
  const current = probe && probe.row === exampleRow ? probe : null;

  // A new example stops the autoplay (the store starts its phases from the first layer).
  const row = current?.row;
  useEffect(() => setPlaying(false), [row]);

  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => {
      if (at >= last) setPlaying(false);
      else onPhase(at + 1);
    }, 1000);
    return () => clearInterval(id);
  }, [playing, last, at, onPhase]);

  // Follow the box's height and its equations' (typeset a moment after they mount).
  useEffect(() => {
    const el = pagesRef.current;
    if (!el) return;
    const o = new ResizeObserver(() => setBoxHeight((n) => n + 1));
    o.observe(el);
    for (const item of el.querySelectorAll(':scope > [data-item]')) o.observe(item);
    return () => o.disconnect();
  }, [current, at]);

  // Page the equations through the box whenever the phase, its numbers or the box change.
  const [pageCount, setPageCount] = useState(1);
  const wrap = props.wrapEquations;
  useLayoutEffect(() => {
    const el = pagesRef.current;
    const pages = el ? layOutPages(el, page) : 1;
    setPageCount(pages);
    onPaging({ phases: phases.length, pages });
  }, [page, at, current, layoutTick, phases.length, onPaging, wrap]);

  // The diagram shows where the step-through is, and forgets it when the view closes.
  const onDiagramNotes = props.onDiagramNotes;
  const phaseNow = phases[Math.min(at, last)]!;
  useEffect(() => {
    onDiagramNotes?.(current ? phaseNotes(current, info, phaseNow) : null);
  }, [onDiagramNotes, current, info, phaseNow]);
  useEffect(() => () => onDiagramNotes?.(null), [onDiagramNotes]);

  const pickRandom = () => {
    const row = randomTrainingRow(info);
    if (row !== null) onPickExample?.(row);
  };

  if (exampleRow === null)
    return (
      <section className="view backprop" aria-label="Backpropagation step by step">
        <p className="view-message">
          Choose one example to follow through the network: click a point on the data plot.
        </p>
        {onPickExample && (
          <button type="button" onClick={pickRandom}>
            Pick a random training example
          </button>
        )}
      </section>
    );

  const phase = phases[Math.min(at, last)]!;
  const rows = current ? ledgerRows(current, info, phase) : [];
  const equations = current ? phaseEquations(current, info, phase) : [];
  const label = phaseLabel(phase, info.layers.length);

  return (
    <section className="view backprop" aria-label="Backpropagation step by step">
      {state.error && <p className="view-message view-error">{state.error}</p>}
      {state.result && !state.result.trace && (
        <p className="view-message view-error">Example {exampleNumber(exampleRow)} is not in the data set.</p>
      )}
      {!current && !state.error && <p className="view-message">Tracing example {exampleNumber(exampleRow)}…</p>}
      {current && (
        <>
          <p className="view-note">
            Example {exampleNumber(current.row)} ({current.isTrain ? 'training' : 'test'}): input{' '}
            {inputsPhrase(current, info)}; target{' '}
            {current.trace.target.map((v) => sig(v)).join(', ')}; learning rate η ={' '}
            {sig(current.learningRate)}.{' '}
            <button type="button" onClick={() => ask({ kind: 'trace', row: current.row })}>
              Use the current weights
            </button>
          </p>
          <TraceDropoutNote info={info} trace={current} />
          <div className="view-row" role="group" aria-label="Step through">
            <button
              type="button"
              onClick={() => setAt((k) => Math.max(0, k - 1))}
              disabled={at === 0}
            >
              Previous
            </button>
            <button
              type="button"
              onClick={() => setAt((k) => Math.min(last, k + 1))}
              disabled={at >= last}
            >
              Next
            </button>
            <button
              type="button"
              aria-pressed={playing}
              onClick={() => {
                if (!playing && at >= last) onPhase(0);
                setPlaying((p) => !p);
              }}
            >
              {playing ? 'Pause' : 'Play'}
            </button>
            <span className="view-phase" aria-live="polite">
              {label}{' '}
              <span className="view-muted">
                ({at + 1} / {phases.length})
              </span>
            </span>
          </div>
          {pageCount > 1 && (
            <p className="view-note view-pages-note" aria-live="polite">
              Page {Math.min(page, pageCount - 1) + 1} of {pageCount} of this step ({'}'} for the
              next)
            </p>
          )}
          <div className="view-pages view-equations" ref={pagesRef}>
            {equations.map((tex) => (
              <div key={tex} data-item className="view-equation">
                <TeX tex={tex} display={!props.wrapEquations} />
              </div>
            ))}
            {phase.kind === 'update' && props.onApplyUpdate && (
              <p className="view-row" data-item>
                <button
                  type="button"
                  onClick={() => {
                    props.onApplyUpdate?.(updatedParameters(current, info));
                    ask({ kind: 'trace', row: current.row });
                  }}
                >
                  Apply this update to the network
                </button>
                <span className="view-muted">
                  One step of stochastic gradient descent on this example alone.
                </span>
              </p>
            )}
          </div>
          <div className="view-table-wrap">
            <table role="table" className="view-ledger">
              <caption>{label}: every quantity, 4 significant digits</caption>
              <thead>
                <tr>
                  <th scope="col">Quantity</th>
                  <th scope="col">Working</th>
                  <th scope="col">Value</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.quantity}>
                    <th scope="row">{r.quantity}</th>
                    <td>{r.working}</td>
                    <td className="num">{r.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
