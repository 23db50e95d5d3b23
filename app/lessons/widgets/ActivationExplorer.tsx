import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import {
  activationCurveGeometry,
  functionCurveGeometry,
  type CurveSize,
} from '../../charts/activationCurve';
import { CurveChart } from './CurveChart';
import { ACTIVATIONS } from '../../engine/activations';
import { ACTIVATION_LABELS } from '../../store/optionLabels';
import type { WidgetProps } from './registry';
import { maxoutAt, maxoutFloor, type MaxoutPieces } from './maxoutMath';
import { usePublish } from './usePublish';
import { WIDGET_SPECS } from '../widgetSpecs';
import '../../styles/views.css';

/** What the widget shows first when a lesson or scene does not say (its spec's default). */
const SPEC_DEFAULT = WIDGET_SPECS['activation-explorer'].options.initial.default;

type Element = keyof typeof ACTIVATIONS;
/** The engine's element-wise activations, then maxout (a neuron of two weighted sums). */
type Name = Element | 'maxout';
const NAMES: Name[] = [...(Object.keys(ACTIVATIONS) as Element[]), 'maxout'];

const fmtRange = ([lo, hi]: [number, number]) =>
  `${lo === -Infinity ? '−∞' : Number(lo.toFixed(2))} to ${hi === Infinity ? '+∞' : hi}`;

/** One function the explorer draws: f, f′, its range and where it saturates, in words. */
interface Shape {
  f: (z: number) => number;
  df: (z: number) => number;
  range: [number, number];
  saturates: string;
}

function elementShape(name: Element, alpha: number): Shape {
  const act = ACTIVATIONS[name];
  return {
    f: (v) => act.f(v, alpha),
    df: (v) => act.df(v, act.f(v, alpha), alpha),
    range: name === 'elu' ? [-alpha, Infinity] : act.range,
    saturates: act.saturates(alpha),
  };
}

function maxoutShape(pieces: MaxoutPieces): Shape {
  const flat = pieces.w === 0;
  return {
    f: (v) => maxoutAt(v, pieces).value,
    df: (v) => maxoutAt(v, pieces).slope,
    range: [maxoutFloor(pieces), Infinity],
    saturates: flat
      ? 'where the flat second piece wins: its slope is 0 there, as for ReLU'
      : 'never: each piece has a slope, and the larger one always passes the gradient',
  };
}

/**
 * Every activation with its derivative, range and where it saturates: pick one, move z, and
 * read f(z) and f′(z) computed by the engine; the curve is the playground's activation chart.
 * Maxout is shown as one neuron of two weighted sums of z (z itself and w·z + b, both set by
 * sliders), the largest of which it outputs. Publishes `z`, `value` and `slope`.
 */
export function ActivationExplorer({ blockKey, options }: WidgetProps<'activation-explorer'>) {
  const initial = NAMES.includes(options.initial as Name)
    ? (options.initial as Name)
    : SPEC_DEFAULT;
  const [name, setName] = useState<Name>(initial);
  const [z, setZ] = useState(1);
  // ELU's α (how low its left side goes) and leaky ReLU's slope below 0, each kept per function.
  const [alphas, setAlphas] = useState<Partial<Record<Element, number>>>({});
  const [pieces, setPieces] = useState<MaxoutPieces>({ w: 0, b: 0 });
  const id = useId();
  const hasAlpha = name === 'elu' || name === 'leakyRelu';
  const alpha = name === 'maxout' ? 0 : (alphas[name] ?? ACTIVATIONS[name].defaultParam);
  const shape = useMemo(
    () => (name === 'maxout' ? maxoutShape(pieces) : elementShape(name, alpha)),
    [name, alpha, pieces],
  );
  const a = shape.f(z);
  const slope = shape.df(z);
  const publish = usePublish('activation-explorer', blockKey);
  useEffect(() => publish({ z, value: a, slope }), [publish, z, a, slope]);
  const geometry = useCallback(
    (size: CurveSize) =>
      name === 'maxout'
        ? functionCurveGeometry(shape.f, z, size)
        : activationCurveGeometry(name, z, size, alpha),
    [name, shape, z, alpha],
  );
  const slopeGeometry = useCallback(
    (size: CurveSize) =>
      name === 'maxout'
        ? functionCurveGeometry(shape.df, z, size)
        : activationCurveGeometry(name, z, size, alpha, 121, true),
    [name, shape, z, alpha],
  );
  const slopes = [-4, -2, -1, 0, 1, 2, 4].map((v) => ({ z: v, a: shape.f(v), d: shape.df(v) }));
  const label = name === 'maxout' ? 'Maxout of z and w·z + b' : ACTIVATION_LABELS[name];
  const piece = (key: keyof MaxoutPieces, text: string, min: number, max: number) => (
    <>
      <label htmlFor={`${id}-${key}`}>
        {text} = <output htmlFor={`${id}-${key}`}>{pieces[key]}</output>
      </label>
      <input
        id={`${id}-${key}`}
        type="range"
        min={min}
        max={max}
        step={0.1}
        value={pieces[key]}
        onChange={(e) => setPieces({ ...pieces, [key]: Number(e.target.value) })}
      />
    </>
  );
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
          {name === 'maxout' && (
            <>
              <p className="widget-given">
                The neuron outputs the larger of two weighted sums: z itself and w·z + b. With w = 0
                and b = 0 it is ReLU; w = 0.1 gives leaky ReLU, w = −1 gives |z|.
              </p>
              {piece('w', 'w, the second piece’s slope', -1.5, 1.5)}
              {piece('b', 'b, its bias', -2, 2)}
            </>
          )}
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
            <dd>{fmtRange(shape.range)}</dd>
            <dt>saturates</dt>
            <dd>{shape.saturates}</dd>
          </dl>
        </div>
        <div className="activation-charts">
          <figure>
            <figcaption>a = f(z)</figcaption>
            <CurveChart geometry={geometry} label={`${label} over z, with z = ${z} marked`} />
          </figure>
          <figure>
            <figcaption>slope f′(z)</figcaption>
            <CurveChart
              geometry={slopeGeometry}
              label={`Derivative of ${label} over z: ${slope.toFixed(3)} at z = ${z}`}
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
