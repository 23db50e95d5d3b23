import { describe, expect, it } from 'vitest';
import { binCount, histogramBins, histogramGeometry, panelDomain } from './layerHistogram';

describe('histogramBins', () => {
  it('counts every value in range once, the top edge in the last bin', () => {
    const bins = histogramBins([0, 0.1, 0.5, 0.9, 1, 2, NaN], [0, 1], 2);
    expect(bins.map((b) => b.count)).toEqual([2, 3]);
    expect(bins.map((b) => [b.x0, b.x1])).toEqual([
      [0, 0.5],
      [0.5, 1],
    ]);
  });
});

describe('panelDomain', () => {
  it('pads the values to nice ends, keeps a fixed range, and gives one value room', () => {
    const [lo, hi] = panelDomain([-0.93, 0.2, 1.41]);
    expect(lo).toBeLessThanOrEqual(-0.93 - 0.05 * 2.34 + 1e-12);
    expect(hi).toBeGreaterThanOrEqual(1.41 + 0.05 * 2.34 - 1e-12);
    expect(panelDomain([3, 3])).toEqual([2, 4]);
    expect(panelDomain([0.5], [-1, 1])).toEqual([-1, 1]);
    expect(panelDomain([])).toEqual([-1, 1]);
  });
});

describe('histogramGeometry', () => {
  const size = { width: 400, height: 300, fontSize: 20 };
  const values = Array.from({ length: 50 }, (_, i) => Math.sin(i) * 3);
  const panels = histogramGeometry(
    [
      { title: 'before', values },
      {
        title: 'after',
        values: values.map(Math.tanh),
        domain: [-1, 1],
        bands: [
          [-1, -0.99],
          [0.99, 1],
        ],
      },
    ],
    size,
  );

  it('stacks the panels without overlap, each title above its bars', () => {
    const [a, b] = panels;
    expect(a!.titleY + 20 <= a!.plotTop).toBe(true);
    // The first panel's axis labels (about two fonts under its plot) end before the next title.
    expect(a!.plotBottom + 2 * 20 <= b!.titleY + 1).toBe(true);
    expect(b!.plotBottom + 2 * 20 <= size.height + 1).toBe(true);
  });

  it('draws every value: bar heights follow the counts, the tallest fills the plot', () => {
    const p = panels[0]!;
    expect(p.bins.reduce((t, bin) => t + bin.count, 0)).toBe(50);
    expect(p.bins.length).toBe(binCount(50));
    const tallest = Math.max(...p.bars.map((r) => r.height));
    expect(tallest).toBeCloseTo(p.plotBottom - p.plotTop, 9);
    for (const r of p.bars) expect(r.y + r.height).toBeCloseTo(p.plotBottom, 9);
    const mean = values.reduce((t, v) => t + v, 0) / 50;
    expect(p.meanX).toBeCloseTo(p.x(mean), 9);
    expect(p.rug.map((x) => p.x.invert(x))).toEqual(values.map((v) => expect.closeTo(v, 9)));
  });

  it('puts the panels side by side in a short, wide box, each in its own half', () => {
    const wide = histogramGeometry(
      [
        { title: 'a', values },
        { title: 'b', values },
      ],
      { width: 900, height: 200, fontSize: 20 },
    );
    expect(wide[0]!.plotBottom).toBe(wide[1]!.plotBottom);
    expect(wide[0]!.x.range()[1]! < wide[1]!.x.range()[0]!).toBe(true);
    expect(wide[1]!.x.range()[1]!).toBeLessThanOrEqual(900);
    expect(wide[0]!.plotBottom - wide[0]!.plotTop).toBeGreaterThan(100);
  });

  it('keeps a thin saturation zone visible at each end of a fixed range', () => {
    const [lo, hi] = panels[1]!.bands;
    expect(lo!.x).toBeCloseTo(panels[1]!.x(-1), 9);
    expect(lo!.width).toBeGreaterThanOrEqual(4);
    expect(hi!.x + hi!.width).toBeCloseTo(panels[1]!.x(1), 9);
  });
});
