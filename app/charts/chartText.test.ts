import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { distinctTickFormat, epochTicks, scaleMargin, spacedTicks, tickCount } from './chartText';

describe('chart text helpers', () => {
  it('grows margins with the font and never shrinks them', () => {
    const m = { top: 8, right: 8, bottom: 34, left: 42 };
    expect(scaleMargin(m, 22)).toEqual({ top: 16, right: 16, bottom: 68, left: 84 });
    expect(scaleMargin(m, 8)).toEqual(m);
  });

  it('gives fewer ticks to larger text, never fewer than two', () => {
    expect(tickCount(250, 11)).toBe(4);
    expect(tickCount(250, 24)).toBe(2);
    expect(tickCount(10, 24)).toBe(2);
  });

  it('puts epoch ticks on whole epochs only, each label once', () => {
    expect(epochTicks([165507, 165509], 5)).toEqual([165507, 165508, 165509]);
    expect(epochTicks([0, 1000], 5)).toEqual([0, 200, 400, 600, 800, 1000]);
    const ticks = epochTicks([3, 4], 8);
    expect(ticks).toEqual([3, 4]);
  });

  it('never prints two ticks alike, however close the values', () => {
    for (const ticks of [
      [105000, 106000, 107000, 108000],
      [0.5001, 0.5002, 0.5003],
      [-0.00003, -0.00002, -0.00001, 0],
    ]) {
      const f = distinctTickFormat(ticks);
      const labels = ticks.map((t) => f(t));
      expect(new Set(labels).size, labels.join(' ')).toBe(ticks.length);
    }
    expect(distinctTickFormat([105000, 106000])(105000)).toBe('1.05×10⁵');
    expect(distinctTickFormat([-1, 0, 1])(-1)).toBe('−1');
  });
});

describe('spacedTicks', () => {
  it('keeps every n-th tick so labels stay `gap` px apart', () => {
    const y = scaleLinear().domain([0, 0.3]).range([60, 0]);
    expect(spacedTicks([0, 0.1, 0.2, 0.3], y, 36)).toEqual([0, 0.2]);
    expect(spacedTicks([0, 0.1, 0.2, 0.3], y, 20)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(spacedTicks([0.1], y, 100)).toEqual([0.1]);
  });
});
