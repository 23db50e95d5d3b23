import { describe, expect, it } from 'vitest';
import type { SurfaceProbe } from '../engine/sessionProbes';
import {
  contourPathString,
  pathsLeaveSurface,
  projectPath,
  surfaceContours,
  surfaceScales,
  surfaceThresholds,
} from './lossSurface';

/** L(u, v) = u² + v² on a res × res grid over [−1, 1]². */
function bowl(res = 21): SurfaceProbe {
  const us = Float64Array.from({ length: res }, (_, k) => -1 + (2 * k) / (res - 1));
  const vs = us.slice();
  const losses = new Float64Array(res * res);
  for (let r = 0; r < res; r++)
    for (let c = 0; c < res; c++) losses[r * res + c] = us[c]! ** 2 + vs[r]! ** 2;
  return { i: 0, j: 1, us, vs, losses, current: [0, 0] };
}

const size = { width: 300, height: 300 };

describe('surfaceThresholds', () => {
  it('gives increasing levels inside the finite range', () => {
    const s = bowl();
    const t = surfaceThresholds(s.losses, 10);
    expect(t.length).toBeGreaterThan(5);
    for (let k = 1; k < t.length; k++) expect(t[k]!).toBeGreaterThan(t[k - 1]!);
    expect(t[0]!).toBeGreaterThan(0);
    expect(t[t.length - 1]!).toBeLessThan(2);
  });

  it('is empty when nothing is finite', () => {
    expect(surfaceThresholds([NaN, Infinity])).toEqual([]);
  });
});

describe('surfaceContours', () => {
  it('reports non-finite cells as gaps and never emits NaN coordinates', () => {
    const s = bowl();
    s.losses[0] = NaN;
    s.losses[5] = Infinity;
    const c = surfaceContours(s);
    expect(c.gaps).toEqual([
      [0, 0],
      [5, 0],
    ]);
    const { x, y } = surfaceScales(s, size);
    for (const b of c.bands) expect(contourPathString(b, s, x, y)).not.toContain('NaN');
  });

  it("fills each band where the loss is at or above its level (the bowl's rim for the top level)", () => {
    const s = bowl();
    const c = surfaceContours(s);
    const { x, y } = surfaceScales(s, size);
    const lowest = c.bands[0]!;
    expect(lowest.value).toBe(c.thresholds[0]);
    const d = contourPathString(c.bands[c.bands.length - 1]!, s, x, y);
    const xs = [...d.matchAll(/[ML]([\d.]+),/g)].map((mm) => Number(mm[1]));
    // The highest-level region is the corners: it reaches the plot's left and right edges.
    expect(Math.min(...xs)).toBeLessThan(x(-0.9));
    expect(Math.max(...xs)).toBeGreaterThan(x(0.9));
  });
});

describe('projectPath and pathsLeaveSurface', () => {
  it('maps parameter pairs to pixels with θj upwards, and stops at count', () => {
    const s = bowl();
    const { x, y } = surfaceScales(s, size);
    const d = projectPath([-1, -1, 1, 1, 0, 0], x, y, 2);
    expect(d).toBe(
      `M${x(-1).toFixed(1)},${y(-1).toFixed(1)}L${x(1).toFixed(1)},${y(1).toFixed(1)}`,
    );
    expect(y(1)).toBeLessThan(y(-1));
  });

  it('breaks the line at non-finite points', () => {
    const s = bowl();
    const { x, y } = surfaceScales(s, size);
    expect(projectPath([0, 0, NaN, 0, 0.5, 0.5], x, y).match(/M/g)).toHaveLength(2);
  });

  it('says when a path leaves the surface', () => {
    const s = bowl();
    expect(pathsLeaveSurface([[0, 0, 0.5, -0.5]], s)).toBe(false);
    expect(pathsLeaveSurface([[0, 0, 1.5, 0]], s)).toBe(true);
  });
});
