import { DescentDropoutNote } from './DropoutNotes';
import type { ChartId } from '../chartIds';
import type { BatchDropout } from '../../engine/dropoutMasks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { descentGeometry, drawWeightDescent, type XY } from '../../charts/weightDescent';
import type { SliceProbe } from '../../engine/sessionProbes';
import type { NetworkInfo, ProbeRequest, ProbeResult, Trail } from '../../worker/protocol';
import { sig, sigTerm } from './formatNumber';
import { parameterName, parameterOptions } from './parameterNames';
import { useProbe } from './useProbe';
import { useChartBox } from '../charts/useChartBox';
import '../../styles/views.css';

export interface WeightDescentViewProps {
  info: NetworkInfo;
  parameters: Float64Array;
  selectedIndex: number | null;
  learningRate: number;
  /** The run's step counter; a new step asks for a new slice. */
  step: number;
  /** Examples per mini-batch, for the legend (omit to leave the number out). */
  batchSize?: number;
  trail?: Trail;
  requestProbe: (req: ProbeRequest) => Promise<ProbeResult>;
  onSelect: (index: number) => void;
  /** The next batch's dropout masks (slow motion and steps): a note on the silenced examples. */
  dropout?: BatchDropout | null;
}

const SIZE = { width: 380, height: 230 };
const TRAIL_STEPS = 20;

/** The last `TRAIL_STEPS` recorded values of parameter `index`, oldest first. */
function trailOf(trail: Trail | undefined, index: number): number[] {
  const col = trail ? trail.indices.indexOf(index) : -1;
  if (!trail || col < 0) return [];
  const k = trail.indices.length;
  const rows = Math.floor(trail.values.length / k);
  const out: number[] = [];
  for (let r = Math.max(0, rows - TRAIL_STEPS); r < rows; r++) out.push(trail.values[r * k + col]!);
  return out;
}

/** The step's arithmetic in the lecture's words, from the engine's numbers. */
function arithmetic(s: SliceProbe) {
  const g = (s.batch ?? s.train).gradient;
  const eta = s.learningRate;
  const step = g * eta;
  return { g, eta, step, old: s.train.value, next: s.nextValue };
}

/**
 * One parameter's gradient descent: the loss along that parameter (training set solid, next
 * mini-batch dashed), the tangent with the backpropagated slope, the step arrow to w − η·∂L/∂w,
 * the recent trail, and the arithmetic written out with the real numbers.
 */
export function WeightDescentView(props: WeightDescentViewProps) {
  const { info, parameters, selectedIndex, step, trail, requestProbe, onSelect } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const [boxRef, box] = useChartBox(SIZE);
  const [probe, ask] = useProbe(requestProbe, 'slice');
  const [stale, setStale] = useState<string | null>(null);
  const lastGood = useRef<SliceProbe | null>(null);
  const drawn = useRef<{ step: number; point: XY } | null>(null);
  const options = useMemo(
    () => parameterOptions(info.layers, info.featureNames, info.parameterCount),
    [info],
  );
  const valid = selectedIndex !== null && selectedIndex >= 0 && selectedIndex < info.parameterCount;

  // A new learning rate (+/−) moves the arrow and the arithmetic at once, not at the next step.
  const { learningRate } = props;
  useEffect(() => {
    ask(valid ? { kind: 'slice', index: selectedIndex } : null, step);
  }, [ask, valid, selectedIndex, step, parameters, learningRate]);

  // A diverged run keeps the last finite picture.
  const fresh = probe.result?.slice;
  const slice =
    fresh && fresh.index === selectedIndex && Number.isFinite(fresh.train.loss)
      ? fresh
      : lastGood.current?.index === selectedIndex
        ? lastGood.current
        : null;
  useEffect(() => {
    if (!fresh || fresh.index !== selectedIndex) return;
    if (Number.isFinite(fresh.train.loss)) {
      lastGood.current = fresh;
      setStale(null);
    } else setStale('The loss is no longer finite: this is the last finite picture.');
  }, [fresh, selectedIndex]);

  const trailValues = useMemo(
    () => (selectedIndex === null ? [] : trailOf(trail, selectedIndex)),
    [trail, selectedIndex],
  );
  const geometry = useMemo(
    () => (slice ? descentGeometry(slice, box, trailValues) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the box's numbers, not its identity
    [slice, trailValues, box.width, box.height, box.fontSize],
  );

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !geometry) return;
    const prev = drawn.current;
    // Slide the point only for one slow step; while training fast it just follows.
    const animateFrom = prev && probe.tag === prev.step + 1 ? prev.point : undefined;
    drawn.current = { step: probe.tag, point: geometry.point };
    return drawWeightDescent(svg, geometry, box, { animateFrom });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- geometry already follows the box
  }, [geometry, probe.tag]);

  const name = valid ? parameterName(info.layers, info.featureNames, selectedIndex) : '';
  const a = slice ? arithmetic(slice) : null;
  const label = a
    ? `Loss along ${name}: value ${sig(a.old)}, slope ${sig(a.g)}, step ${sig(a.step)}, new value ${sig(a.next)}`
    : 'Loss along the selected parameter';

  return (
    <section className="view weight-descent" aria-label="Gradient descent on one parameter">
      <label className="view-field">
        <span>Parameter</span>
        <select
          value={valid ? String(selectedIndex) : ''}
          onChange={(e) => onSelect(Number(e.target.value))}
        >
          <option value="" disabled>
            Choose a weight or bias…
          </option>
          {options.map((o) => (
            <option key={o.index} value={o.index}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      {!valid && (
        <p className="view-message">
          {selectedIndex === null
            ? 'Pick a weight or bias (click an edge or a bias on the network, or choose one above) to watch its descent.'
            : 'The selected parameter no longer exists in this network: choose another.'}
        </p>
      )}
      {valid && probe.error && <p className="view-message view-error">{probe.error}</p>}
      {valid && stale && <p className="view-message view-warning">{stale}</p>}
      {valid && (
        <div className="view-chart-box" id={'chart-descent' satisfies ChartId} ref={boxRef}>
          <svg
            ref={svgRef}
            className="view-chart"
            role="img"
            aria-label={label}
            width={box.width}
            height={box.height}
          />
        </div>
      )}
      {valid && slice && a && (
        <>
          <p className="view-legend">
            <span className="key key-solid" aria-hidden="true" /> solid: the loss over all{' '}
            {info.trainCount} training examples
            {slice.batch && (
              <>
                ; <span className="key key-dashed" aria-hidden="true" /> dashed: the loss over the
                next mini-batch{props.batchSize ? ` of ${props.batchSize} examples` : ''} — the one
                the next Step uses, which is why single steps look noisy
              </>
            )}
            . The straight line is the tangent: its slope is the gradient from backpropagation.
          </p>
          <dl className="view-numbers">
            <dt>slope</dt>
            <dd>∂L/∂w = {sig(a.g)}</dd>
            <dt>learning rate</dt>
            <dd>η = {sig(a.eta)}</dd>
            <dt>step</dt>
            <dd>
              step size = slope × learning rate = {sig(a.g)} × {sig(a.eta)} = {sig(a.step)}
            </dd>
            <dt>new value</dt>
            <dd>
              new value = old − step = {sig(a.old)} − {sigTerm(a.step)} = {sig(a.next)}
            </dd>
          </dl>
          {props.dropout && selectedIndex !== null && (
            <DescentDropoutNote info={info} dropout={props.dropout} index={selectedIndex} />
          )}
          {Math.abs(a.eta - props.learningRate) > 1e-12 * Math.abs(props.learningRate) && (
            <p className="view-note">
              η is the schedule&apos;s current value (the base learning rate is{' '}
              {sig(props.learningRate)}).
            </p>
          )}
        </>
      )}
    </section>
  );
}
