import { describe, expect, it } from 'vitest';
import { scatterGeometry } from './scatter';

describe('scatterGeometry', () => {
  const data = {
    xs: [0, 1],
    ys: [0, 1],
    targets: [0, 1],
    isTrain: [1, 0],
    regression: false,
  };

  it('places the smallest values bottom-left and the largest top-right', () => {
    const g = scatterGeometry(data, 300, 300);
    const [a, b] = g.dots;
    expect(a!.x).toBeLessThan(b!.x);
    expect(a!.y).toBeGreaterThan(b!.y);
    expect(a!.train).toBe(true);
    expect(b!.train).toBe(false);
    expect(g.xTicks.length).toBeGreaterThan(1);
  });

  it('samples evenly beyond the dot limit', () => {
    const n = 10;
    const g = scatterGeometry(
      {
        ...data,
        xs: Array.from({ length: n }, (_, i) => i),
        ys: new Array(n).fill(0),
        targets: new Array(n).fill(0),
        isTrain: new Array(n).fill(1),
      },
      200,
      200,
      5,
    );
    expect(g.dots.map((d) => d.row)).toEqual([0, 2, 4, 6, 8]);
  });
});
