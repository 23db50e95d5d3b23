import { useEffect, useMemo, useRef, useState } from 'react';
import type { ChartId } from '../chartIds';
import { useChartBox } from '../charts/useChartBox';
import { drawLossSurface, pathsLeaveSurface, type SurfacePath } from '../../charts/lossSurface';
import type {
  NetworkInfo,
  ProbeRequest,
  ProbeResult,
  SurfaceProbe,
  Trail,
} from '../../worker/protocol';
import { sig } from './formatNumber';
import { RACE_EPOCHS, RACE_STEPS, raceLanes, type RaceKind } from './raceLanes';
import { parameterName, parameterOptions } from './parameterNames';
import { useProbe } from './useProbe';
import '../../styles/views.css';

export interface LossSurfaceViewProps {
  info: NetworkInfo;
  parameters: Float64Array;
  trail?: Trail;
  learningRate: number;
  /** Examples per mini-batch of the current run (the race's middle lane). */
  batchSize?: number;
  requestProbe: (req: ProbeRequest) => Promise<ProbeResult>;
  selection: [number, number] | null;
  onChooseParameters: (i: number, j: number) => void;
}

const SIZE = { width: 340, height: 300 };
const RACE_MS = 3000;
const REFRESH_MS = 500;
/** Lane styles: colour, dash and a word for the dash, so colour never carries meaning alone. */
const LANE_STYLE = [
  { color: '#f59322', dash: null, pattern: 'solid' },
  { color: '#56b4e9', dash: '7 4', pattern: 'dashed' },
  { color: '#ffffff', dash: '2 3', pattern: 'dotted' },
] as const;

/** The recorded (θi, θj) pairs of the optimiser's recent steps, or null if not recorded. */
function trailPairs(trail: Trail | undefined, i: number, j: number): Float64Array | null {
  if (!trail) return null;
  const ci = trail.indices.indexOf(i);
  const cj = trail.indices.indexOf(j);
  if (ci < 0 || cj < 0) return null;
  const k = trail.indices.length;
  const rows = Math.floor(trail.values.length / k);
  const out = new Float64Array(2 * rows);
  for (let r = 0; r < rows; r++) {
    out[2 * r] = trail.values[r * k + ci]!;
    out[2 * r + 1] = trail.values[r * k + cj]!;
  }
  return out;
}

/** True when (u, v) lies outside the middle third of the surface's box. */
function offCentre(s: SurfaceProbe, u: number, v: number): boolean {
  const inMiddle = (a: Float64Array, t: number) => {
    const lo = a[0]!;
    const w = a[a.length - 1]! - lo;
    return t >= lo + w / 3 && t <= lo + (2 * w) / 3;
  };
  return !inMiddle(s.us, u) || !inMiddle(s.vs, v);
}

/**
 * The training loss over the plane of two parameters as a contour map, with the optimiser's
 * path, and a race of three optimisers (or batch sizes) from the same initial weights.
 */
export function LossSurfaceView(props: LossSurfaceViewProps) {
  const { info, parameters, trail, requestProbe, selection, onChooseParameters } = props;
  const batch = Math.max(1, Math.min(props.batchSize ?? 10, info.trainCount));
  const svgRef = useRef<SVGSVGElement>(null);
  const [boxRef, box] = useChartBox(SIZE);
  const { width, height, fontSize } = box;
  const [surfaceState, askSurface] = useProbe(requestProbe, 'surface');
  const [raceState, askRace] = useProbe(requestProbe, 'race');
  const [raceKind, setRaceKind] = useState<RaceKind>('optimizers');
  const [raceOn, setRaceOn] = useState(false);
  const [shown, setShown] = useState(Infinity);
  const lastAsk = useRef(0);
  const options = useMemo(
    () => parameterOptions(info.layers, info.featureNames, info.parameterCount),
    [info],
  );
  const valid =
    selection !== null &&
    selection[0] !== selection[1] &&
    selection.every((p) => p >= 0 && p < info.parameterCount);
  const i = selection?.[0] ?? 0;
  const j = selection?.[1] ?? 1;
  const surface = surfaceState.result?.surface;
  const matches = !!surface && surface.i === i && surface.j === j;

  // When the last surface arrived and how long it took: a big network's surface is costly, so
  // routine refreshes wait twice as long as the last one took (training keeps most of the worker).
  const answered = useRef({ at: 0, took: 0 });
  useEffect(() => {
    if (!surface) return;
    const now = performance.now();
    answered.current = { at: now, took: now - lastAsk.current };
  }, [surface]);

  // Keep it cheap: a new surface when the pair changes, when the point leaves the middle
  // third, or now and then while the weights move.
  useEffect(() => {
    if (!valid) return;
    const u = parameters[i]!;
    const v = parameters[j]!;
    const now = performance.now();
    const due =
      now - lastAsk.current > REFRESH_MS && now - answered.current.at > 2 * answered.current.took;
    if (!matches || offCentre(surface, u, v) || due) {
      lastAsk.current = now;
      askSurface({ kind: 'surface', i, j, res: 41 });
    }
  }, [valid, i, j, parameters, matches, surface, askSurface]);

  const lanes = raceOn && raceState.result ? raceState.result.lanes : null;
  const racePaths = useMemo(
    () =>
      (lanes ?? []).map((l, k): SurfacePath => ({
        label: l.label,
        pairs: l.path,
        color: LANE_STYLE[k % 3]!.color,
        dash: LANE_STYLE[k % 3]!.dash,
      })),
    [lanes],
  );

  // Replay the race over about three seconds.
  useEffect(() => {
    if (!lanes) return;
    const start = performance.now();
    let frame = 0;
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / RACE_MS);
      setShown(Math.max(1, Math.round(t * (RACE_STEPS + 1))));
      if (t < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [lanes]);

  const own = valid ? trailPairs(trail, i, j) : null;
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !surface || !matches) return;
    const live = { ...surface, current: [parameters[i]!, parameters[j]!] as [number, number] };
    const paths: SurfacePath[] = racePaths.length
      ? racePaths
      : own
        ? [{ label: 'optimiser', pairs: own, color: '#ffffff', dash: null }]
        : [];
    drawLossSurface(
      svg,
      live,
      { width, height, fontSize },
      paths,
      racePaths.length ? shown : Infinity,
      [
        parameterName(info.layers, info.featureNames, i),
        parameterName(info.layers, info.featureNames, j),
      ],
    );
  }, [surface, matches, parameters, i, j, racePaths, own, shown, info, width, height, fontSize]);

  const runRace = (kind: RaceKind) => {
    setRaceKind(kind);
    setRaceOn(true);
    setShown(1);
    askRace({
      kind: 'race',
      i,
      j,
      steps: RACE_STEPS,
      lanes: raceLanes(kind, batch, info.trainCount),
    });
  };
  const clipped =
    !!surface &&
    racePaths.length > 0 &&
    pathsLeaveSurface(
      racePaths.map((p) => p.pairs),
      surface,
    );
  const nameOf = (p: number) => parameterName(info.layers, info.featureNames, p);
  const picker = (label: string, value: number, set: (v: number) => void) => (
    <label className="view-field">
      <span>{label}</span>
      <select value={valid ? String(value) : ''} onChange={(e) => set(Number(e.target.value))}>
        <option value="" disabled>
          Choose…
        </option>
        {options.map((o) => (
          <option key={o.index} value={o.index}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
  const pickOther = (p: number) => (p === 0 ? 1 : 0);

  return (
    <section className="view loss-surface" aria-label="Loss surface of two parameters">
      <div className="view-row">
        {picker('Across (θi)', i, (v) =>
          onChooseParameters(v, valid && v !== j ? j : pickOther(v)),
        )}
        {picker('Up (θj)', j, (v) => onChooseParameters(valid && v !== i ? i : pickOther(v), v))}
      </div>
      {!valid && (
        <p className="view-message">
          Choose two different weights or biases to see the training loss over their plane.
        </p>
      )}
      {valid && surfaceState.error && (
        <p className="view-message view-error">{surfaceState.error}</p>
      )}
      {valid && (
        <div className="view-chart-box" id={'chart-surface' satisfies ChartId} ref={boxRef}>
          <svg
            ref={svgRef}
            className="view-chart"
            role="img"
            width={width}
            height={height}
            aria-label={`Contour map of the training loss over ${nameOf(i)} (across) and ${nameOf(j)} (up); darker is lower loss${
              surface
                ? `; the current point is (${sig(parameters[i]!)}, ${sig(parameters[j]!)})`
                : ''
            }`}
          />
        </div>
      )}
      {valid && (
        <>
          <p className="view-legend">
            Darker colours are lower training loss; grey cells are where the loss is not a finite
            number. The circle is the current point
            {own && !racePaths.length ? '; the white line is the path of the recent steps' : ''}.
          </p>
          <div className="view-row" role="group" aria-label="Race">
            <button type="button" onClick={() => runRace('optimizers')}>
              Race optimisers
            </button>
            <button type="button" onClick={() => runRace('batch')}>
              Race batch sizes
            </button>
            {raceOn && (
              <button type="button" onClick={() => setRaceOn(false)}>
                Hide race
              </button>
            )}
          </div>
          {raceOn && raceState.error && (
            <p className="view-message view-error">{raceState.error}</p>
          )}
          {raceOn && !lanes && !raceState.error && <p className="view-message">Racing…</p>}
          {lanes && (
            <>
              <p className="view-note">
                {raceKind === 'optimizers'
                  ? `Each optimiser takes ${RACE_STEPS} steps from the same initial weights.`
                  : `Each lane trains ${RACE_EPOCHS} epochs from the same initial weights: the same examples, in steps of different sizes.`}
              </p>
              <ul
                className="view-race-legend"
                aria-label={`Race of ${raceKind === 'optimizers' ? `optimisers, ${RACE_STEPS} steps each` : `batch sizes, ${RACE_EPOCHS} epochs each`}, from the same initial weights`}
              >
                {lanes.map((l, k) => (
                  <li key={l.label}>
                    <svg width="28" height="8" aria-hidden="true">
                      <line
                        x1="0"
                        y1="4"
                        x2="28"
                        y2="4"
                        className="ls-path-key"
                        stroke={LANE_STYLE[k % 3]!.color}
                        strokeDasharray={LANE_STYLE[k % 3]!.dash ?? undefined}
                      />
                    </svg>
                    {l.label} ({LANE_STYLE[k % 3]!.pattern}): final loss {sig(l.finalLoss)}
                  </li>
                ))}
              </ul>
              {clipped && (
                <p className="view-note">
                  Some paths leave the plotted area (the surface is centred on the current weights,
                  the race starts from the initial ones): they are clipped at the edge.
                </p>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
