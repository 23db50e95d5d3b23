import { useEffect, useMemo, useRef, useState } from 'react';
import type { ChartId } from '../chartIds';
import { useChartBox } from '../charts/useChartBox';
import {
  drawHistograms,
  histogramGeometry,
  type HistogramPanelData,
} from '../../charts/layerHistogram';
import { ACTIVATIONS } from '../../engine/activations';
import { SATURATION_TOLERANCE } from '../../engine/layerStatistics';
import { BN_MOMENTUM } from '../../engine/network';
import type { NeuronRef } from '../../engine/neuronRef';
import type {
  LayerStatistics,
  NetworkInfo,
  ProbeRequest,
  ProbeResult,
} from '../../worker/protocol';
import { sig } from './formatNumber';
import { neuronName } from './parameterNames';
import { useProbe } from './useProbe';
import '../../styles/views.css';

export interface BatchNormViewProps {
  info: NetworkInfo;
  /** The live weights: a change asks the worker again. */
  parameters: Float64Array;
  step: number;
  requestProbe: (req: ProbeRequest) => Promise<ProbeResult>;
  /** The followed neuron (shared with the neuron view); the output layer falls back to a hidden one. */
  focus: NeuronRef | null;
  onFocus(neuron: NeuronRef): void;
  /** Presenter mode: the all-neuron table gives its room to the chart. */
  presenter: boolean;
}

const SIZE = { width: 380, height: 260 };

/** Column r of a batch × rows matrix. */
const column = (m: Float64Array, rows: number, r: number) =>
  Float64Array.from({ length: m.length / rows }, (_, i) => m[i * rows + r]!);

/**
 * A mean printed against the spread of its values: a rounding residue far below the spread
 * (3e−17 for a mean that is exactly β = 0 in exact arithmetic) prints as 0.
 */
const meanAgainst = (mean: number, spread: number) =>
  sig(Math.abs(mean) < 1e-12 * Math.max(Math.abs(spread), 1e-300) ? 0 : mean);

const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;

/**
 * Batch norm made visible, for one hidden layer over the mini-batch the next step trains on:
 * each neuron's sums z before normalising and y = γ·ẑ + β after (histograms), its γ and β,
 * and the running mean and variance used at evaluation. With batch norm off, z and the
 * activations, and how many activations sit where the activation is flat.
 */
export function BatchNormView(props: BatchNormViewProps) {
  const { info, parameters, step, requestProbe, focus, onFocus, presenter } = props;
  const hidden = info.layers.length - 1;
  const layer = Math.min(Math.max(0, focus?.layer ?? 0), hidden - 1);
  const units = info.layers[layer]?.units ?? 0;
  const unit = focus && focus.layer === layer ? Math.min(focus.unit, units - 1) : 0;
  const [piece, setPiece] = useState(0);
  const [probe, ask] = useProbe(requestProbe, 'layer');

  useEffect(() => {
    ask(hidden > 0 ? { kind: 'layer', layer } : null, step);
  }, [ask, hidden, layer, step, parameters]);

  if (hidden < 1)
    return (
      <section className="view batch-norm" aria-label="Batch norm">
        <p className="view-message">This network has no hidden layer: add one to see its sums.</p>
      </section>
    );
  const stats = probe.result?.layer;
  const current = stats && stats.layer === layer && stats.units === units ? stats : null;
  const name = (u: number) => neuronName(info.layers, layer, u);
  return (
    <section className="view batch-norm" aria-label={`Batch norm, hidden layer ${layer + 1}`}>
      <div className="view-row">
        <label className="view-field">
          <span>Layer</span>
          <select
            value={layer}
            onChange={(e) => onFocus({ layer: Number(e.target.value), unit: 0 })}
          >
            {Array.from({ length: hidden }, (_, l) => (
              <option key={l} value={l}>
                hidden layer {l + 1}
              </option>
            ))}
          </select>
        </label>
        <label className="view-field">
          <span>Neuron</span>
          <select value={unit} onChange={(e) => onFocus({ layer, unit: Number(e.target.value) })}>
            {Array.from({ length: units }, (_, u) => (
              <option key={u} value={u}>
                {name(u)}
              </option>
            ))}
          </select>
        </label>
        {current && current.pieces > 1 && (
          <label className="view-field">
            <span>Piece</span>
            <select
              value={Math.min(piece, current.pieces - 1)}
              onChange={(e) => setPiece(Number(e.target.value))}
            >
              {Array.from({ length: current.pieces }, (_, k) => (
                <option key={k} value={k}>
                  piece {k + 1}
                </option>
              ))}
            </select>
          </label>
        )}
        {current && <p className="view-note bn-source">{sourceSentence(current)}</p>}
      </div>
      {probe.error && <p className="view-error">{probe.error}</p>}
      {current ? (
        <LayerFigures
          stats={current}
          unit={unit}
          piece={Math.min(piece, current.pieces - 1)}
          name={name}
          presenter={presenter}
        />
      ) : (
        !probe.error && <p className="view-message">Computing the layer over the next batch…</p>
      )}
    </section>
  );
}

/** Where the examples come from, in words. */
function sourceSentence(s: LayerStatistics): string {
  const n = s.dataRows.length;
  return s.wholeTrainingSet
    ? `Over the whole training set (${n} examples): the batch of full-batch step ${s.step}.`
    : `Over the ${n} example${n === 1 ? '' : 's'} of the mini-batch step ${s.step} trains on.`;
}

function LayerFigures(props: {
  stats: LayerStatistics;
  unit: number;
  piece: number;
  name: (u: number) => string;
  presenter: boolean;
}) {
  const { stats: s, unit, piece, name, presenter } = props;
  const r = unit * s.pieces + piece;
  const svgRef = useRef<SVGSVGElement>(null);
  const [boxRef, box] = useChartBox(SIZE);
  const { width, height, fontSize } = box;
  const act = s.activation;
  const range = ACTIVATIONS[act as keyof typeof ACTIVATIONS]?.range;
  const bounded = !!range && Number.isFinite(range[0]) && Number.isFinite(range[1]);
  const panels = useMemo<HistogramPanelData[]>(() => {
    const z = {
      title: s.batchNorm ? 'Before: z = W·a + b' : 'z = W·a + b',
      values: column(s.z, s.rows, r),
    };
    if (s.batchNorm)
      return [z, { title: 'After: y = γ·ẑ + β', values: column(s.scaled, s.rows, r) }];
    const t = SATURATION_TOLERANCE;
    return [
      z,
      {
        title: s.pieces > 1 ? 'a = max of the pieces' : `a = ${act}(z)`,
        values: column(s.activations, s.units, unit),
        domain: bounded ? range : undefined,
        bands:
          bounded && s.saturation
            ? [
                [range[0], range[0] + t],
                [range[1] - t, range[1]],
              ]
            : undefined,
      },
    ];
  }, [s, r, unit, act, bounded, range]);
  const geometry = useMemo(
    () => histogramGeometry(panels, { width, height, fontSize }),
    [panels, width, height, fontSize],
  );
  useEffect(() => {
    if (svgRef.current) drawHistograms(svgRef.current, geometry, { width, height, fontSize });
  }, [geometry, width, height, fontSize]);

  const who = `${name(unit)}${s.pieces > 1 ? ` piece ${piece + 1}` : ''}`;
  const numbers: [string, string][] = s.batchNorm
    ? [
        ['batch mean μ of z', sig(s.mean[r]!)],
        ['batch variance σ²', sig(s.variance[r]!)],
        ['γ (learned scale)', sig(s.gamma[r]!)],
        ['β (learned shift)', sig(s.beta[r]!)],
        ['mean of y (= β)', meanAgainst(s.scaledMean[r]!, s.scaledSd[r]!)],
        ['sd of y (≈ |γ|)', sig(s.scaledSd[r]!)],
        ['running mean', sig(s.runningMean[r]!)],
        ['running variance', sig(s.runningVariance[r]!)],
      ]
    : [
        ['mean of z', meanAgainst(s.mean[r]!, Math.sqrt(s.variance[r]!))],
        ['sd of z', sig(Math.sqrt(s.variance[r]!))],
        ['mean of a', meanAgainst(s.activationMean[unit]!, s.activationSd[unit]!)],
        ['sd of a', sig(s.activationSd[unit]!)],
      ];
  const sat = s.saturation;
  return (
    <>
      <div className="view-chart-box" id={'chart-batchnorm' satisfies ChartId} ref={boxRef}>
        <svg
          ref={svgRef}
          className="view-chart"
          role="img"
          width={width}
          height={height}
          aria-label={`Histograms of ${who} over the batch: ${panels.map((p) => p.title).join(' and ')}`}
        />
      </div>
      <p className="view-legend">
        Bars: examples per bin; dashed line: the mean
        {!s.batchNorm && bounded && sat ? '; shaded: where the slope is almost 0' : ''}.
      </p>
      <dl className="view-numbers bn-numbers" aria-label={`Numbers of ${who}`}>
        {numbers.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {sat && (
        <p className="view-sum bn-saturation">
          {percent(sat.layerShare)} of this layer’s activations are {sat.rule}
          {s.units > 1 ? `; ${name(unit)}: ${percent(sat.unitShare[unit]!)}` : ''}.
        </p>
      )}
      {s.batchNorm ? (
        <p className="view-note">
          ẑ = (z − μ)/√(σ² + ε), ε = {sig(s.epsilon)}; evaluation (test loss, output plot) uses the
          running mean and variance instead of the batch’s.
          <span className="bn-long">
            {' '}
            Each step moves them {Math.round((1 - BN_MOMENTUM) * 100)} % of the way to its batch’s μ
            and σ².
          </span>
        </p>
      ) : (
        <p className="view-note">
          Batch norm is off: the activation reads z as it is.
          <span className="bn-long"> Turn it on (Network section) to see z normalised.</span>
        </p>
      )}
      {!presenter && <UnitTable stats={s} name={name} />}
    </>
  );
}

/** Every neuron of the layer at once (first piece of a maxout unit). */
function UnitTable({ stats: s, name }: { stats: LayerStatistics; name: (u: number) => string }) {
  const heads = s.batchNorm
    ? ['neuron', 'γ', 'β', 'running mean', 'running var.']
    : ['neuron', 'mean z', 'sd z', 'mean a', ...(s.saturation ? ['flat'] : [])];
  return (
    <div className="view-table-wrap">
      <table className="view-ledger">
        <caption>Every neuron of the layer{s.pieces > 1 ? ' (first piece)' : ''}</caption>
        <thead>
          <tr>
            {heads.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: s.units }, (_, u) => {
            const r = u * s.pieces;
            const cells = s.batchNorm
              ? [s.gamma[r]!, s.beta[r]!, s.runningMean[r]!, s.runningVariance[r]!].map((v) =>
                  sig(v),
                )
              : [
                  sig(s.mean[r]!),
                  sig(Math.sqrt(s.variance[r]!)),
                  sig(s.activationMean[u]!),
                  ...(s.saturation ? [percent(s.saturation.unitShare[u]!)] : []),
                ];
            return (
              <tr key={u}>
                <th scope="row">{name(u)}</th>
                {cells.map((c, k) => (
                  <td key={k} className="num">
                    {c}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
