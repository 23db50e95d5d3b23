import { useEffect, useMemo, useRef } from 'react';
import type { ChartId } from '../chartIds';
import { useChartBox } from '../charts/useChartBox';
import { activationCurveGeometry, drawActivationCurve } from '../../charts/activationCurve';
import type { NetworkInfo, TraceProbe } from '../../worker/protocol';
import { sig, sigTerm } from './formatNumber';
import { standardisedInputs } from './inputOriginText';
import { neuronName, sourceName } from './parameterNames';
import '../../styles/views.css';

export interface NeuronFocusProps {
  info: NetworkInfo;
  parameters: Float64Array;
  /** Layer (0 = first hidden layer) and neuron within it. */
  layer: number;
  unit: number;
  /** A traced example: gives the neuron's inputs, z and a. */
  trace?: TraceProbe;
}

const SIZE = { width: 220, height: 130 };

/**
 * One neuron up close: its incoming weights and bias, z and a for the traced example as one
 * worked sum (z = 0.4·1.2 + (−0.7)·0.3 + 0.1 = 0.37), and its activation with z marked.
 */
export function NeuronFocus({ info, parameters, layer, unit, trace }: NeuronFocusProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [boxRef, box] = useChartBox(SIZE);
  const { width, height, fontSize } = box;
  const l = info.layers[layer];
  const valid = !!l && unit >= 0 && unit < l.units;
  const isLast = layer === info.layers.length - 1;
  // With a trace, show the weights the trace used so the sum adds up.
  const params = trace ? trace.parameters : parameters;
  const t = trace?.trace.layers[layer];
  const inputs = trace
    ? layer === 0
      ? trace.trace.input
      : trace.trace.layers[layer - 1]?.a
    : undefined;
  const pieces = l?.pieces ?? 1;
  // With batch norm the activation reads the normalised z, so the raw z is not marked.
  const z = valid && t && pieces === 1 && l.gammaOffset < 0 ? (t.z[unit] ?? null) : null;
  const activation = l?.activation ?? '';
  const geometry = useMemo(
    () =>
      valid && pieces === 1
        ? activationCurveGeometry(activation, z, { width, height, fontSize })
        : null,
    [valid, pieces, activation, z, width, height, fontSize],
  );

  useEffect(() => {
    if (svgRef.current && geometry)
      drawActivationCurve(svgRef.current, geometry, { width, height, fontSize });
  }, [geometry, width, height, fontSize]);

  if (!l || !valid)
    return (
      <section className="view neuron-focus" aria-label="Neuron">
        <p className="view-message">That neuron is not in this network any more: pick another.</p>
      </section>
    );

  const name = neuronName(info.layers, layer, unit);
  const rows = Array.from({ length: pieces }, (_, k) => unit * pieces + k);
  // The first layer reads the data: say when its inputs were standardised, and from what.
  const standardised = trace && layer === 0 ? standardisedInputs(trace, info) : null;
  const weightOf = (r: number, c: number) => params[l.wOffset + r * l.fanIn + c]!;

  return (
    <section className="view neuron-focus" aria-label={`Neuron ${name}`}>
      <h3 className="view-title">
        {name}{' '}
        <span className="view-muted">({pieces > 1 ? `maxout of ${pieces}` : activation})</span>
      </h3>
      {standardised && (
        <div className="view-inputs" role="group" aria-label="Standardised inputs">
          <p className="view-note">
            This example’s inputs are standardised: x = (value − mean) / sd, with the training set’s
            mean and sd.
          </p>
          <ul className="view-list">
            {standardised.map((s) => (
              <li key={s.name}>
                {s.name}: <strong>{s.value}</strong>, standardised from {s.original} as{' '}
                <span className="view-working">{s.working}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {rows.map((r, k) => (
        <div key={r}>
          {pieces > 1 && <h4 className="view-subtitle">Piece {k + 1}</h4>}
          <dl className="view-numbers">
            {Array.from({ length: l.fanIn }, (_, c) => (
              <div key={c}>
                <dt>w from {sourceName(info.layers, info.featureNames, layer, c)}</dt>
                <dd>{sig(weightOf(r, c))}</dd>
              </div>
            ))}
            <div>
              <dt>bias</dt>
              <dd>{sig(params[l.bOffset + r]!)}</dd>
            </div>
          </dl>
          {t && inputs && (
            <p className="view-sum">
              z = {inputs.map((a, c) => `${sigTerm(weightOf(r, c))}·${sigTerm(a)}`).join(' + ')} +{' '}
              {sigTerm(params[l.bOffset + r]!)} = <strong>{sig(t.z[r]!)}</strong>
            </p>
          )}
        </div>
      ))}
      {t ? (
        <p className="view-sum">
          a ={' '}
          {pieces > 1
            ? `max(${rows.map((r) => sig(t.z[r]!)).join(', ')})`
            : isLast
              ? 'output(z)'
              : `${activation}(z)`}
          {l.gammaOffset >= 0 ? ' after batch norm' : ''} = <strong>{sig(t.a[unit]!)}</strong>
        </p>
      ) : (
        <p className="view-message">
          Pick an example (click a point on the data plot) to see z and a.
        </p>
      )}
      {geometry && (
        <div
          className="view-chart-box view-chart-small"
          id={'chart-activation' satisfies ChartId}
          ref={boxRef}
        >
          <svg
            ref={svgRef}
            className="view-chart"
            role="img"
            width={width}
            height={height}
            aria-label={`${activation} activation${z !== null ? `, marked at z = ${sig(z)}, a = ${sig(geometry.marker?.[1] ?? NaN)}` : ''}`}
          />
        </div>
      )}
      {isLast && activation === 'softmax' && (
        <p className="view-note">Softmax uses every output at once, so it has no single curve.</p>
      )}
    </section>
  );
}
