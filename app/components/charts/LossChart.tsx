import { useEffect, useRef } from 'react';
import { drawLossCurve } from '../../charts/lossCurve';
import type { LossCurveGeometry } from '../../charts/lossCurveGeometry';
import { drawScrubber, linesNear, type ScrubState } from '../../charts/lossScrubber';
import type { ReferenceRun } from '../../charts/lossReferences';
import '../../styles/charts.css';
import { useChartFont } from './useChartFont';
import { useElementSize } from './useElementSize';

type Series = Float64Array | number[];

export interface LossChartProps {
  epochs: Series;
  train: Series;
  test: Series;
  /** Validation loss; NaN or absent without a validation set. */
  validation?: Series;
  /** Fractions 0..1; NaN (regression) hides the accuracy axis. */
  trainAccuracy?: Series;
  testAccuracy?: Series;
  logScale: boolean;
  /** Epoch at which the run diverged, marked with a dashed rule. */
  divergedAt?: number;
  /** Fixed size in CSS px; without them the chart fills its container. */
  width?: number;
  height?: number;
  /** Kept epochs to scrub and the one shown; with `onScrub`, pressing on the plot rewinds. */
  rewind?: ScrubState;
  onScrub?: (epoch: number) => void;
  /** Other runs drawn faded under this one on the same axes (pinned runs, a sweep). */
  references?: readonly ReferenceRun[];
  /** E.g. "Loss curve: epochs 0 to 120, training loss 0.21, test loss 0.25 at epoch 120". */
  ariaLabel: string;
}

/**
 * Training, test and (when there is one) validation loss per epoch, with accuracy on a right
 * axis for classification, and a legend naming every line.
 * Redraws when any prop changes, reusing its SVG elements.
 */
export function LossChart(props: LossChartProps) {
  const { epochs, train, test, validation, trainAccuracy, testAccuracy, logScale, divergedAt } =
    props;
  const { references } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const measured = useElementSize(boxRef, props.width === undefined || props.height === undefined);
  const width = props.width ?? measured.width;
  const height = props.height ?? measured.height;
  const fontSize = useChartFont(boxRef);
  const geometry = useRef<LossCurveGeometry | null>(null);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || width <= 0 || height <= 0) return;
    geometry.current = drawLossCurve(
      svg,
      { epochs, train, test, validation, trainAccuracy, testAccuracy },
      { width, height, logScale, divergedAt, fontSize, references },
    );
  }, [
    epochs,
    train,
    test,
    validation,
    trainAccuracy,
    testAccuracy,
    logScale,
    divergedAt,
    width,
    height,
    fontSize,
    references,
  ]);

  // After the curve's effect (same render), so the scrubber uses the geometry just drawn.
  const { rewind, onScrub } = props;
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !geometry.current || !rewind || !onScrub) return;
    const g = geometry.current;
    const acc = g.accuracy;
    const lines = [
      ...[train, test, validation].map((values) => ({ values: values ?? [], y: g.y })),
      ...(acc
        ? [trainAccuracy, testAccuracy].map((values) => ({ values: values ?? [], y: acc }))
        : []),
    ];
    drawScrubber(svg, g, rewind, { scrub: onScrub }, (x0, x1) =>
      linesNear(epochs, lines, g.x, x0, x1),
    );
  });

  useEffect(() => {
    const svg = svgRef.current;
    // The chart's own elements are created by D3; clear them when the component goes away.
    return () => svg?.replaceChildren();
  }, []);

  const fixed = props.width !== undefined && props.height !== undefined;
  return (
    <div
      ref={boxRef}
      className="loss-chart chart"
      style={fixed ? { width: props.width, height: props.height } : undefined}
    >
      <svg ref={svgRef} role="img" aria-label={props.ariaLabel} />
    </div>
  );
}
