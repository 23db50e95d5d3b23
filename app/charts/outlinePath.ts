import { contours, type ContourMultiPolygon } from 'd3-contour';
import type { BoundaryOutline, OutlinePlane } from '../engine/boundaryOutline';

/** Size of the plot area the outline is drawn over, in px. */
export interface OutlineBox {
  width: number;
  height: number;
}

/**
 * The regions whose boundaries make the outline, in grid units (cell (c, r) centred at
 * (c + ½, r + ½)): the part at or above the level, or one region per class present.
 */
export function outlineRegions(outline: BoundaryOutline): ContourMultiPolygon[] {
  const { res } = outline;
  const gen = contours().size([res, res]).thresholds([0.5]);
  if (outline.kind === 'level') {
    return contours().size([res, res]).thresholds([outline.level])(outline.values);
  }
  const regions: ContourMultiPolygon[] = [];
  for (let k = 0; k < outline.classes; k++) {
    const mask = outline.labels.map((c) => (c === k ? 1 : 0));
    // A class everywhere or nowhere has no boundary to draw.
    const count = mask.reduce<number>((a, b) => a + b, 0);
    if (count > 0 && count < mask.length) regions.push(...gen(mask));
  }
  return regions;
}

/**
 * SVG path of a run's decision boundary over a plot that shows the plane `shown` in a box of
 * `box` px (x across, y up). The outline's own plane may differ (another data set, other
 * ranges): each point is placed by its input values. A region's edge along the grid's border
 * lies half a cell outside the outline's plane, so clipping to the plot hides it.
 * Example: a level outline crossing at x = 0 over shown [[-1, 1], [-1, 1]] → a vertical path
 * through the middle of the box.
 */
export function outlinePath(
  outline: BoundaryOutline,
  shown: OutlinePlane,
  box: OutlineBox,
): string {
  const [[ox0, ox1], [oy0, oy1]] = outline.plane;
  const [[sx0, sx1], [sy0, sy1]] = shown;
  const step = 1 / Math.max(1, outline.res - 1);
  const px = (gx: number) => {
    const x = ox0 + (gx - 0.5) * step * (ox1 - ox0);
    return ((x - sx0) / (sx1 - sx0 || 1)) * box.width;
  };
  const py = (gy: number) => {
    const y = oy1 - (gy - 0.5) * step * (oy1 - oy0);
    return ((sy1 - y) / (sy1 - sy0 || 1)) * box.height;
  };
  let d = '';
  for (const region of outlineRegions(outline))
    for (const polygon of region.coordinates)
      for (const ring of polygon) {
        ring.forEach(([gx, gy], k) => {
          d += `${k ? 'L' : 'M'}${px(gx!).toFixed(1)},${py(gy!).toFixed(1)}`;
        });
        d += 'Z';
      }
  return d;
}
