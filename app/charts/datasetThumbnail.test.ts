import { describe, expect, it } from 'vitest';
import { THUMBNAIL_MAX_DOTS, thumbnailDots, type ThumbnailData } from './datasetThumbnail';

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
