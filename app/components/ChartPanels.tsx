import { Suspense, lazy, useEffect, useMemo, useRef } from 'react';
import { neuronGrid } from '../store/neuronPicture';
import { seriesOf } from '../store/runHistory';
import { useAppStore } from '../store/store';
import { gridAxes } from '../engine/gridEvaluation';
import { BoundaryChart } from './charts/BoundaryChart';
import { AxisPairPicker } from './data/AxisPairPicker';
import { LossChart } from './charts/LossChart';
import { useElementSize } from './charts/useElementSize';
import type { ChartId } from './chartIds';
import { describeBoundary, describeTraced } from '../charts/boundarySummary';
import { formatNumber } from '../engine/numberText';
import { RewindBar } from './RewindBar';
import { PinBar } from './pins/PinBar';
import { usePinReferences } from './pins/usePinReferences';

// The draw tool loads with its first use.
// Pinned runs' outlines (and d3-contour with them) load once a run is pinned.
const PinOutlines = lazy(() =>
  import('./pins/PinOutlines').then((m) => ({ default: m.PinOutlines })),
);
const DrawLayer = lazy(() => import('./data/DrawLayer').then((m) => ({ default: m.DrawLayer })));
const DrawToolbar = lazy(() =>
  import('./data/DrawToolbar').then((m) => ({ default: m.DrawToolbar })),
);

/**
 * The decision boundary (or 1-D fit): redraws on new grids only. While a hidden neuron is
 * hovered on the diagram (two-class planar data), its own picture is shown here, enlarged.
 */
export function BoundaryPanel() {
  const info = useAppStore((s) => s.info);
  const grid = useAppStore((s) => s.grid);
  const showTest = useAppStore((s) => s.showTest);
  const discretize = useAppStore((s) => s.discretize);
  const signedOutput = useAppStore((s) => s.config.loss === 'hinge');
  const hovered = useAppStore((s) => s.hoveredNeuron);
  const testAccuracy = useAppStore((s) => s.testAccuracy);
  const exampleRow = useAppStore((s) => s.exampleRow);
  const presenter = useAppStore((s) => s.presenter);
  const pinned = useAppStore((s) => s.pins.length > 0);
  const drawing = useAppStore((s) => s.drawing);
  const chosenAxes = useAppStore((s) => s.boundaryAxes);
  const dims = info?.dims ?? 2;
  // One array per choice: the chart redraws its points only when the pair changes.
  const axes = useMemo(() => gridAxes(dims, chosenAxes), [dims, chosenAxes]);
  const boxRef = useRef<HTMLDivElement>(null);
  // The plot is square: the smaller side of its box (its width before the box has a height).
  const box = useElementSize(boxRef);
  const side = Math.min(box.width, box.height > 0 ? box.height : box.width);
  // The picture's cells follow the plot's device pixels (sharp on a projector and a phone).
  const setOutputPixels = useAppStore((s) => s.setOutputPixels);
  useEffect(
    () => setOutputPixels(Math.round(side * window.devicePixelRatio)),
    [side, setOutputPixels],
  );
  const neuron =
    info && info.problem === 'binary' && info.dims === 2 ? neuronGrid(info, grid, hovered) : null;
  const label = info
    ? info.problem === 'regression'
      ? 'Network output over the inputs, with the data'
      : 'Decision boundary: the network’s prediction over the input plane, with the data'
    : 'Decision boundary (waiting for the network)';
  // The text alternative: what the picture shows, in one sentence, and how well it fits.
  const accuracy = Number.isFinite(testAccuracy)
    ? ` Test accuracy ${(testAccuracy * 100).toFixed(1)}%.`
    : '';
  const traced = info ? describeTraced(info, exampleRow, axes) : '';
  const summary = info
    ? ` ${describeBoundary(info, grid, signedOutput)}${accuracy}${traced ? ` ${traced}` : ''}`
    : '';
  return (
    <section className={`panel boundary-panel${drawing ? ' drawing' : ''}`} aria-label="Output">
      <h2 className="panel-title">
        Output{neuron && <span className="muted"> · {neuron.label}</span>}
      </h2>
      {info && info.dims > 2 && <AxisPairPicker names={info.inputNames} axes={axes} />}
      <div className="chart-box square" id={'chart-output' satisfies ChartId} ref={boxRef}>
        {info && side > 0 && (
          <BoundaryChart
            info={info}
            grid={neuron ? neuron.picture : (grid ?? undefined)}
            showTest={showTest}
            discretize={discretize}
            // Neuron values lie around [−1, 1]: drawn like a ±1 output on the two-class scale.
            signedOutput={neuron ? true : signedOutput}
            size={side}
            axes={axes}
            selectedExample={exampleRow ?? undefined}
            onPointClick={followExample}
            // On a projector the marks must read from the back row.
            pointArea={presenter ? 90 : undefined}
            ariaLabel={
              neuron ? `Picture of ${neuron.label} over the input plane` : `${label}.${summary}`
            }
            overlay={(plot) =>
              pinned && (
                <Suspense fallback={null}>
                  <PinOutlines plot={plot} domain={info.domain} axes={axes} />
                </Suspense>
              )
            }
          />
        )}
        {drawing && side > 0 && (
          <Suspense fallback={null}>
            <DrawLayer size={side} />
          </Suspense>
        )}
      </div>
      {drawing && (
        <Suspense fallback={null}>
          <DrawToolbar />
        </Suspense>
      )}
    </section>
  );
}

/** Clicking a data point follows that example through the network, step by step. */
function followExample(row: number): void {
  const { pickExample, openTeaching, teachingTab } = useAppStore.getState();
  pickExample(row);
  if (teachingTab !== 'neuron') openTeaching('backprop');
}

/** Loss (and accuracy) per epoch: redraws when the history grows. */
export function LossPanel() {
  const history = useAppStore((s) => s.history);
  const logScale = useAppStore((s) => s.logScale);
  const divergedAt = useAppStore((s) => s.divergence?.epoch);
  const classification = useAppStore((s) => s.info?.problem !== 'regression');
  const rewind = useAppStore((s) => s.rewind);
  const scrubTo = useAppStore((s) => s.scrubTo);
  const references = usePinReferences();
  // The same arrays while the history stays the same, so a scrub redraws the scrubber only.
  const series = useMemo(
    () => ({
      epochs: seriesOf(history, 'epoch'),
      train: seriesOf(history, 'trainLoss'),
      test: seriesOf(history, 'testLoss'),
      validation: seriesOf(history, 'validationLoss'),
      trainAccuracy: seriesOf(history, 'trainAccuracy'),
      testAccuracy: seriesOf(history, 'testAccuracy'),
    }),
    [history],
  );
  const n = history.length;
  const last = n - 1;
  const label =
    n > 0
      ? `Loss curve: epochs ${history.epoch[0]} to ${history.epoch[last]}, training loss ${formatNumber(history.trainLoss[last] ?? NaN)}, test loss ${formatNumber(history.testLoss[last] ?? NaN)} at epoch ${history.epoch[last]}`
      : 'Loss curve: no epochs yet';
  return (
    <section className="panel loss-panel" aria-label="Loss">
      <div className="panel-head">
        <h2 className="panel-title">Loss</h2>
        <PinBar />
      </div>
      <div className="chart-box" id={'chart-loss' satisfies ChartId}>
        <LossChart
          epochs={series.epochs}
          train={series.train}
          test={series.test}
          validation={series.validation}
          trainAccuracy={classification ? series.trainAccuracy : undefined}
          testAccuracy={classification ? series.testAccuracy : undefined}
          logScale={logScale}
          divergedAt={divergedAt}
          rewind={rewind ?? undefined}
          onScrub={scrubTo}
          references={references}
          ariaLabel={label}
        />
      </div>
      <RewindBar />
    </section>
  );
}
