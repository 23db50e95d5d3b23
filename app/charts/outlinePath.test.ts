import { describe, expect, it } from 'vitest';
import type { BoundaryOutline } from '../engine/boundaryOutline';
import { outlinePath } from './outlinePath';

/** A level outline of v = x over [-1, 1]² (res points a side): the boundary is x = 0. */
function vertical(
  res: number,
  plane: BoundaryOutline['plane'] = [
    [-1, 1],
    [-1, 1],
  ],
): BoundaryOutline {
  const values: number[] = [];
  for (let j = 0; j < res; j++) for (let i = 0; i < res; i++) values.push(-1 + (2 * i) / (res - 1));
  return { res, plane, axes: [0, 1], kind: 'level', level: 0, values };
}

/** Every point of an SVG path of M/L commands. */
function points(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('outlinePath', () => {
  it('puts a boundary at x = 0 down the middle of the box; its border edges lie outside', () => {
    const pts = points(
      outlinePath(
        vertical(11),
        [
          [-1, 1],
          [-1, 1],
        ],
        { width: 200, height: 100 },
      ),
    );
    const inside = pts.filter(([x, y]) => x > 0 && x < 200 && y > 0 && y < 100);
    expect(inside.length).toBeGreaterThan(3);
    for (const [x] of inside) expect(x).toBeCloseTo(100, 0);
    // Whatever is not on the boundary is on or beyond the box's edge, where clipping hides it.
    for (const [x, y] of pts.filter((p) => !inside.includes(p)))
      expect(x <= 0 || x >= 200 || y <= 0 || y >= 100 || Math.abs(x - 100) < 0.1).toBe(true);
  });

  it('places an outline from another plane by its input values', () => {
    // Drawn on [0, 2] across: its boundary (x = 1) shows a quarter of the way over [0, 4].
    const o = vertical(11, [
      [0, 2],
      [-1, 1],
    ]);
    const pts = points(
      outlinePath(
        o,
        [
          [0, 4],
          [-1, 1],
        ],
        { width: 400, height: 100 },
      ),
    );
    const inside = pts.filter(([x, y]) => x > 1 && x < 199 && y > 0 && y < 100);
    expect(inside.length).toBeGreaterThan(3);
    for (const [x] of inside) expect(x).toBeCloseTo(100, 0);
  });

  it('draws the edges between classes', () => {
    const res = 9;
    const labels = Array.from({ length: res * res }, (_, k) =>
      k % res < 4 ? 0 : k % res > 4 ? 1 : 2,
    );
    const d = outlinePath(
      {
        res,
        plane: [
          [-1, 1],
          [-1, 1],
        ],
        axes: [0, 1],
        kind: 'classes',
        classes: 3,
        labels,
      },
      [
        [-1, 1],
        [-1, 1],
      ],
      { width: 80, height: 80 },
    );
    expect(points(d).length).toBeGreaterThan(8);
  });
});
