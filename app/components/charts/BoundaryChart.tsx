import { useEffect, useRef } from 'react';
import type { GridValues, NetworkInfo } from '../../engine/sessionTypes';
import {
  drawDecisionBoundary,
  NO_MARGIN,
  PLOT_MARGIN,
  plotFrame,
} from '../../charts/decisionBoundary';
import type { ReactNode } from 'react';
import { paintHeatmap } from '../../charts/heatmap';
import { drawRegressionCurve } from '../../charts/regressionCurve';
import '../../styles/charts.css';
import { useChartFont } from './useChartFont';

export interface BoundaryChartProps {
  info: NetworkInfo;
  grid?: GridValues;
  showTest: boolean;
  discretize: boolean;
  selectedExample?: number;
  onPointClick?: (index: number) => void;
  /** Binary output in [−1, 1] (hinge targets): colour the plane by sign. */
  signedOutput?: boolean;
  /** Point symbol area in px² (default 36; presenter mode draws them larger). */
  pointArea?: number;
  /** Side of the square chart in CSS px (default 320). */
  size?: number;
  /** The two raw columns across and up, for data with more than two (default [0, 1]). */
  axes?: readonly [number, number];
  /** No axes: the picture fills its square (small multiples of a chart with axes). */
  bare?: boolean;
  ariaLabel: string;
  /** Drawn over the picture inside the plot area, given the plot's size (pinned runs' outlines). */
  overlay?: (plot: { width: number; height: number }) => ReactNode;
}

/**
 * The network's output over the input plane (a canvas heatmap under an SVG of axes and
 * points) or, for 1-D data, the data with the network's curve. The heatmap canvas and its
 * ImageData persist; only a new `grid` repaints them.
 */
export function BoundaryChart(props: BoundaryChartProps) {
  const { info, grid, showTest, discretize, selectedExample, onPointClick, signedOutput } = props;
  const { pointArea } = props;
  const size = props.size ?? 320;
  const axes = props.axes;
  const bare = props.bare === true;
  const svgRef = useRef<SVGSVGElement>(null);
  const fontSize = useChartFont(svgRef);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const planar = info.dims >= 2;

  // Axes and points: they change with the data, the size and the view options, not per frame.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !planar) return;
    drawDecisionBoundary(svg, info, {
      size,
      showTest,
      selectedExample,
      onPointClick,
      axes,
      area: pointArea,
      fontSize,
      bare,
    });
  }, [
    info,
    size,
    showTest,
    selectedExample,
    onPointClick,
    planar,
    axes,
    pointArea,
    fontSize,
    bare,
  ]);

  // 1-D regression: the curve follows the grid, so the whole (small) chart redraws with it.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || planar) return;
    drawRegressionCurve(svg, info, grid, {
      width: size,
      height: size,
      showTest,
      selectedExample,
      fontSize,
    });
  }, [info, grid, size, showTest, selectedExample, planar, fontSize]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !grid || !planar) return;
    paintHeatmap(canvas, grid, info.problem, {
      discretize,
      classes: info.classes,
      valueDomain: info.targetDomain,
      signedOutput,
    });
  }, [grid, planar, discretize, signedOutput, info.problem, info.classes, info.targetDomain]);

  useEffect(() => {
    const svg = svgRef.current;
    return () => svg?.replaceChildren();
  }, [planar]);

  const { plot } = plotFrame(size, size, bare ? NO_MARGIN : PLOT_MARGIN, fontSize);
  // Grid values sit on the domain's corners, so each pixel's centre must land on its grid
  // point: the canvas overhangs the plot by half a cell on every side and is clipped.
  const cellX = grid && grid.res > 1 ? plot.width / (grid.res - 1) : 0;
  const cellY = grid && grid.res > 1 ? plot.height / (grid.res - 1) : 0;
  return (
    <div className="boundary-chart chart" style={{ width: size, height: size }}>
      {planar && (
        <div
          className="boundary-plot"
          style={{ left: plot.x, top: plot.y, width: plot.width, height: plot.height }}
        >
          <canvas
            ref={canvasRef}
            aria-hidden="true"
            style={{
              left: -cellX / 2,
              top: -cellY / 2,
              width: plot.width + cellX,
              height: plot.height + cellY,
              visibility: grid ? 'visible' : 'hidden',
            }}
          />
          {props.overlay?.(plot)}
        </div>
      )}
      <svg ref={svgRef} role="img" aria-label={props.ariaLabel} width={size} height={size} />
    </div>
  );
}
