import { describe, expect, it } from 'vitest';
import {
  THUMBNAIL_MAX_DOTS,
  thumbnailDots,
  thumbnailPaths,
  type ThumbnailData,
} from './datasetThumbnail';

const planar: ThumbnailData = {
  points: Float64Array.from([-1, 1, 1, -1, 0, 0]),
  targets: Float64Array.from([0, 1, 2]),
  dims: 2,
  domain: [
    [-1, 1],
    [-1, 1],
  ],
  problem: 'multiclass',
  classes: 3,
};

describe('thumbnailDots', () => {
  it('places planar points inside a 2 px inset, larger y higher', () => {
    const dots = thumbnailDots(planar, 48);
    expect(dots.map((d) => [d.x, d.y])).toEqual([
      [2, 2],
      [46, 46],
      [24, 24],
    ]);
  });
  it('colours classes through theme variables', () => {
    expect(thumbnailDots(planar, 48).map((d) => d.fill.slice(0, 13))).toEqual([
      'var(--class-0',
      'var(--class-1',
      'var(--class-2',
    ]);
  });
  it('plots 1-D regression as (x, target)', () => {
    const dots = thumbnailDots(
      {
        points: Float64Array.from([0, 10]),
        targets: Float64Array.from([100, 300]),
        dims: 1,
        domain: [[0, 10]],
        problem: 'regression',
        classes: 0,
      },
      48,
    );
    expect(dots.map((d) => [d.x, d.y])).toEqual([
      [2, 46],
      [46, 2],
    ]);
  });
  it('thins large data sets and skips non-finite rows', () => {
    const n = 5000;
    const big: ThumbnailData = {
      ...planar,
      points: new Float64Array(n * 2),
      targets: new Float64Array(n),
    };
    expect(thumbnailDots(big, 48).length).toBeLessThanOrEqual(THUMBNAIL_MAX_DOTS);
    const bad = { ...planar, points: Float64Array.from([NaN, 0, 1, -1, 0, 0]) };
    expect(thumbnailDots(bad, 48)).toHaveLength(2);
  });
});

describe('thumbnailPaths', () => {
  it('draws every dot as one circle in the path of its colour', () => {
    const dots = [
      { x: 4, y: 4, fill: 'red' },
      { x: 10, y: 6, fill: 'blue' },
      { x: 8, y: 4, fill: 'red' },
    ];
    const paths = thumbnailPaths(dots, 1);
    expect(paths.map((p) => p.fill)).toEqual(['red', 'blue']);
    // Each circle: a move to its left edge, then two half arcs of the radius back to it.
    expect(paths[0]!.d).toBe(
      'M3.0,4.0a1,1 0 1,0 2,0a1,1 0 1,0 -2,0M7.0,4.0a1,1 0 1,0 2,0a1,1 0 1,0 -2,0',
    );
    expect(paths[1]!.d.match(/M/g)).toHaveLength(1);
  });

  it('keeps a planar regression to a few shades, so its picture stays a few paths', () => {
    const n = 300;
    const data: ThumbnailData = {
      points: Float64Array.from({ length: 2 * n }, (_, i) => Math.sin(i)),
      targets: Float64Array.from({ length: n }, (_, i) => i / n),
      dims: 2,
      domain: [
        [-1, 1],
        [-1, 1],
      ],
      problem: 'regression',
      classes: 0,
    };
    const dots = thumbnailDots(data, 48);
    const paths = thumbnailPaths(dots, 1.2);
    expect(paths.length).toBeLessThanOrEqual(17);
    expect(paths.reduce((k, p) => k + p.d.split('M').length - 1, 0)).toBe(dots.length);
  });
});
