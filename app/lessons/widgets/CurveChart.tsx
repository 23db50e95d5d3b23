import { useEffect, useMemo, useRef } from 'react';
import {
  drawActivationCurve,
  type ActivationCurveGeometry,
  type CurveSize,
} from '../../charts/activationCurve';
import { useChartBox } from '../../components/charts/useChartBox';

/** The size a curve is drawn at before its box is measured. */
const FALLBACK = { width: 300, height: 170 };

/**
 * A function of one variable drawn as a small chart (an activation, a loss along z), at the
 * size its box is laid out and with the margins of its axis font, so its ticks keep the size
 * they are set in (presenter mode's included) and none is cut off at the edge. `geometry`
 * gives the curve for a size; keep it stable (useCallback) so the chart redraws only when the
 * curve or the size changes.
 */
export function CurveChart({
  geometry,
  label,
}: {
  geometry: (size: CurveSize) => ActivationCurveGeometry | null;
  label: string;
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [boxRef, box] = useChartBox(FALLBACK);
  const { width, height, fontSize } = box;
  const curve = useMemo(
    () => geometry({ width, height, fontSize }),
    [geometry, width, height, fontSize],
  );
  useEffect(() => {
    if (svgRef.current && curve)
      drawActivationCurve(svgRef.current, curve, { width, height, fontSize });
  }, [curve, width, height, fontSize]);
  return (
    <div className="view-chart-box curve-chart-box" ref={boxRef}>
      <svg
        ref={svgRef}
        className="view-chart"
        role="img"
        aria-label={label}
        width={width}
        height={height}
      />
    </div>
  );
}
