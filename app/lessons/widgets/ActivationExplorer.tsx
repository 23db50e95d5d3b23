import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { activationCurveGeometry, drawActivationCurve } from '../../charts/activationCurve';
import { ACTIVATIONS } from '../../engine/activations';
import { ACTIVATION_LABELS } from '../../store/optionLabels';
import type { WidgetProps } from './registry';
import { usePublish } from './usePublish';
import '../../styles/views.css';

type Name = keyof typeof ACTIVATIONS;
const NAMES = Object.keys(ACTIVATIONS) as Name[];
const SIZE = { width: 300, height: 170 };

/** Where a function flattens out: the z where its slope falls below 5 % of its largest. */
const SATURATION: Record<Name, string> = {
  linear: 'never: its slope is 1 everywhere, so it also never bends',
  sigmoid: 'on both sides: for |z| above about 4 the slope is almost 0',
  tanh: 'on both sides: for |z| above about 2.5 the slope is almost 0',
  relu: 'for every z below 0: the slope is exactly 0 there (a "dead" neuron learns nothing)',
  leakyRelu: 'never completely: below 0 the slope is small (0.1) but not zero',
  elu: 'on the left only: below about −3 the output flattens towards −α',
};

const fmtRange = ([lo, hi]: [number, number]) =>
  `${lo === -Infinity ? '−∞' : lo} to ${hi === Infinity ? '+∞' : hi}`;

/**
 * Every activation with its derivative, range and where it saturates: pick one, move z, and
 * read f(z) and f′(z) computed by the engine; the curve is the playground's activation chart.
 * Publishes `z`, `value` and `slope`.
 */
export function ActivationExplorer({ blockKey, options }: WidgetProps<'activation-explorer'>) {
  const initial = NAMES.includes(options.initial as Name) ? (options.initial as Name) : 'sigmoid';
  const [name, setName] = useState<Name>(initial);
  const [z, setZ] = useState(1);
  // ELU's α (how low its left side goes) and leaky ReLU's slope below 0, each kept per function.
  const [alphas, setAlphas] = useState<Partial<Record<Name, number>>>({});
  const svgRef = useRef<SVGSVGElement>(null);
  const slopeRef = useRef<SVGSVGElement>(null);
  const id = useId();
  const act = ACTIVATIONS[name];
  const hasAlpha = name === 'elu' || name === 'leakyRelu';
  const alpha = alphas[name] ?? act.defaultParam;
  const a = act.f(z, alpha);
  const slope = act.df(z, a, alpha);
  const publish = usePublish('activation-explorer', blockKey);
  useEffect(() => publish({ z, value: a, slope }), [publish, z, a, slope]);
  const geometry = useMemo(() => activationCurveGeometry(name, z, SIZE, alpha), [name, z, alpha]);
  const slopeGeometry = useMemo(
    () => activationCurveGeometry(name, z, SIZE, alpha, 121, true),
    [name, z, alpha],
  );
  useEffect(() => {
    if (svgRef.current && geometry) drawActivationCurve(svgRef.current, geometry, SIZE);
    if (slopeRef.current && slopeGeometry)
      drawActivationCurve(slopeRef.current, slopeGeometry, SIZE);
  }, [geometry, slopeGeometry]);
  const slopes = [-4, -2, -1, 0, 1, 2, 4].map((v) => {
    const av = act.f(v, alpha);
    return { z: v, a: av, d: act.df(v, av, alpha) };
  });
  return (
    <section className="widget activation-explorer" aria-label="Activation explorer">
      <div className="widget-row">
        <div className="widget-controls">
          <label htmlFor={`${id}-f`}>Activation</label>
          <select id={`${id}-f`} value={name} onChange={(e) => setName(e.target.value as Name)}>
            {NAMES.map((n) => (
              <option key={n} value={n}>
                {ACTIVATION_LABELS[n]}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-z`}>
            z = <output htmlFor={`${id}-z`}>{z}</output>
          </label>
          <input
            id={`${id}-z`}
            type="range"
            min={-6}
            max={6}
            step={0.1}
            value={z}
            onChange={(e) => setZ(Number(e.target.value))}
          />
          {hasAlpha && (
            <>
              <label htmlFor={`${id}-alpha`}>
                α = <output htmlFor={`${id}-alpha`}>{alpha}</output>
                {name === 'elu' ? ' (the left side levels off at −α)' : ' (the slope below 0)'}
              </label>
              <input
                id={`${id}-alpha`}
                type="range"
                min={name === 'elu' ? 0.1 : 0}
                max={name === 'elu' ? 3 : 0.5}
                step={name === 'elu' ? 0.1 : 0.01}
                value={alpha}
                onChange={(e) => setAlphas({ ...alphas, [name]: Number(e.target.value) })}
              />
            </>
          )}
          <dl className="widget-numbers">
            <dt>f(z)</dt>
            <dd>{a.toFixed(3)}</dd>
            <dt>f′(z), the slope</dt>
            <dd>{slope.toFixed(3)}</dd>
            <dt>range</dt>
            <dd>{name === 'elu' ? fmtRange([-alpha, Infinity]) : fmtRange(act.range)}</dd>
            <dt>saturates</dt>
            <dd>{SATURATION[name]}</dd>
          </dl>
        </div>
        <div className="activation-charts">
          <figure>
            <figcaption>a = f(z)</figcaption>
            <svg
              ref={svgRef}
              className="view-chart"
              role="img"
              aria-label={`${ACTIVATION_LABELS[name]} over z, with z = ${z} marked`}
            />
          </figure>
          <figure>
            <figcaption>slope f′(z)</figcaption>
            <svg
              ref={slopeRef}
              className="view-chart"
              role="img"
              aria-label={`Derivative of ${ACTIVATION_LABELS[name]} over z: ${slope.toFixed(3)} at z = ${z}`}
            />
          </figure>
        </div>
      </div>
      <table className="widget-table">
        <caption>The derivative f′(z) at a few points</caption>
        <thead>
          <tr>
            <th scope="row">z</th>
            {slopes.map((s) => (
              <th key={s.z} scope="col">
                {s.z}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">f(z)</th>
            {slopes.map((s) => (
              <td key={s.z}>{s.a.toFixed(2)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">f′(z)</th>
            {slopes.map((s) => (
              <td key={s.z} className={Math.abs(s.d) < 0.05 ? 'flat' : undefined}>
                {s.d.toFixed(2)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}
