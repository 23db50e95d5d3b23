import { describe, expect, it } from 'vitest';
import { clampForLog, downsampleMinMax, lossCurveGeometry } from './lossCurveGeometry';
import { hoverReadout, nearestIndex } from './lossReadout';

// One legend row (11 px type) above the plot: the plot starts 26 px down.
const size = { width: 262, height: 160, logScale: false };

describe('lossCurveGeometry', () => {
  it('draws known data as exact path strings', () => {
    // Plot area: x 50..250 (200 px), y 26..126 (100 px); y domain 0..1.
    const g = lossCurveGeometry(
      { epochs: [0, 1, 2], train: [1, 0.5, 0], test: [1, 1, 1] },
      { ...size, width: 262 },
    );
    expect(g.frame.plot).toEqual({ x: 50, y: 26, width: 200, height: 100 });
    expect(g.paths.train).toBe('M50,26L150,76L250,126');
    expect(g.paths.test).toBe('M50,26L150,26L250,26');
    expect(g.paths.trainAccuracy).toBe('');
    expect(g.accuracy).toBeUndefined();
  });
  it('breaks the line at NaN and infinite values instead of failing', () => {
    const g = lossCurveGeometry(
      { epochs: [0, 1, 2, 3], train: [1, NaN, 0.5, Infinity], test: [1, 1, 1, 1] },
      size,
    );
    expect(g.paths.train.match(/M/g)).toHaveLength(2);
    expect(g.paths.train).not.toContain('NaN');
    expect(g.y.domain()).toEqual([0, 1]);
  });
  it('handles an empty history and a single point', () => {
    const empty = lossCurveGeometry({ epochs: [], train: [], test: [] }, size);
    expect(empty.paths.train).toBe('');
    expect(empty.x.domain()).toEqual([0, 1]);
    expect(empty.note).toEqual(['No epochs yet.']);
    // Other runs' curves alone (a sweep's overlay) are not 'no epochs'.
    const others = lossCurveGeometry(
      { epochs: [], train: [], test: [] },
      {
        ...size,
        references: [{ key: 'a', slot: 0, epochs: [0, 1], train: [0.7, 0.5], test: [0.8, 0.6] }],
      },
    );
    expect(others.note).toEqual([]);
    expect(others.references[0]!.train).not.toBe('');
    const one = lossCurveGeometry({ epochs: [5], train: [0.3], test: [0.4] }, size);
    expect(one.x.domain()).toEqual([4, 6]);
    expect(one.paths.train).toMatch(/^M150,/);
  });
  it('shows the loss before training (epoch 0) as dots on an axis from 0, with a note', () => {
    const g = lossCurveGeometry(
      { epochs: [0], train: [0.892], test: [0.811], trainAccuracy: [0.5], testAccuracy: [0.54] },
      size,
    );
    // No negative epochs: the axis runs from epoch 0 to 1.
    expect(g.x.domain()).toEqual([0, 1]);
    expect(g.dots.map((d) => d.line)).toEqual(['train', 'test', 'trainAccuracy', 'testAccuracy']);
    const train = g.dots.find((d) => d.line === 'train')!;
    expect(train.x).toBe(g.x(0));
    expect(train.y).toBeCloseTo(g.y(0.892), 9);
    expect(g.dots.find((d) => d.line === 'testAccuracy')!.y).toBeCloseTo(g.accuracy!(0.54), 9);
    expect(g.note.join(' ')).toMatch(/^Before training/);
    // Two epochs make a curve: no dots, no note.
    const two = lossCurveGeometry({ epochs: [0, 1], train: [0.9, 0.7], test: [0.8, 0.75] }, size);
    expect(two.dots).toEqual([]);
    expect(two.note).toEqual([]);
    // A trained run restored without its history is not "before training", and its epoch
    // axis reads in whole epochs.
    const restored = lossCurveGeometry({ epochs: [165_507], train: [0.2], test: [0.3] }, size);
    expect(restored.note).toEqual(['Trained to epoch 165,507:', 'the curve goes on from here']);
    // A run that diverged has no note beside its rule.
    const diverged = lossCurveGeometry(
      { epochs: [0], train: [0.2], test: [0.3] },
      {
        ...size,
        divergedAt: 0,
      },
    );
    expect(diverged.note).toEqual([]);
  });
  it('clamps non-positive losses on a log scale', () => {
    const g = lossCurveGeometry(
      { epochs: [0, 1, 2], train: [1, 0.01, 0], test: [1, -1, 0.1] },
      { ...size, logScale: true },
    );
    const [lo, hi] = g.y.domain() as [number, number];
    expect(lo).toBeLessThanOrEqual(0.01);
    expect(lo).toBeGreaterThan(0);
    expect(hi).toBeGreaterThanOrEqual(1);
    expect(g.paths.train).not.toContain('NaN');
    expect(g.paths.train.match(/M/g)).toHaveLength(1);
    // epoch 2's clamped 0 sits at the same height as epoch 1's 0.01
    const ys = g.paths.train
      .split(/[ML]/)
      .filter(Boolean)
      .map((p) => Number(p.split(',')[1]));
    expect(ys[2]).toBe(ys[1]);
  });
  it('adds an accuracy scale 0..1 when accuracies are finite', () => {
    const g = lossCurveGeometry(
      {
        epochs: [0, 1],
        train: [1, 0.5],
        test: [1, 0.6],
        trainAccuracy: [0.5, 1],
        testAccuracy: [NaN, NaN],
      },
      size,
    );
    expect(g.accuracy?.domain()).toEqual([0, 1]);
    expect(g.paths.trainAccuracy).not.toBe('');
    expect(g.paths.testAccuracy).toBe('');
  });
  it('places the divergence rule at its epoch, inside the plot', () => {
    const g = lossCurveGeometry(
      { epochs: [0, 1, 2], train: [1, 2, 3], test: [1, 2, 3] },
      { ...size, divergedAt: 1 },
    );
    expect(g.divergedX).toBe(150);
    expect(lossCurveGeometry({ epochs: [0, 1], train: [1, 1], test: [1, 1] }, size).divergedX).toBe(
      null,
    );
  });
  it('keeps a 100,000-point path near the plot width and keeps the spike', () => {
    const n = 100_000;
    const epochs = Float64Array.from({ length: n }, (_, i) => i);
    const train = new Float64Array(n).fill(1);
    train[54_321] = 50;
    const g = lossCurveGeometry({ epochs, train, test: train }, size);
    const points = g.paths.train.split(/[ML]/).filter(Boolean);
    expect(points.length).toBeLessThanOrEqual(2 * 200 + 2);
    expect(points.some((p) => p.endsWith(',26'))).toBe(true);
  });
});

describe('the loss chart legend', () => {
  it('names every line that has data, and only those', () => {
    const loss = lossCurveGeometry({ epochs: [0, 1], train: [1, 0.5], test: [1, 0.6] }, size);
    expect(loss.legend.map((l) => l.label)).toEqual(['training loss', 'test loss']);
    const all = lossCurveGeometry(
      {
        epochs: [0, 1],
        train: [1, 0.5],
        test: [1, 0.6],
        validation: [1, 0.55],
        trainAccuracy: [0.5, 0.8],
        testAccuracy: [0.5, 0.7],
      },
      { ...size, width: 900 },
    );
    expect(all.legend.map((l) => l.line)).toEqual([
      'train',
      'test',
      'validation',
      'trainAccuracy',
      'testAccuracy',
    ]);
    expect(all.paths.validation).not.toBe('');
  });

  it('names no test line where a run is shown with its validation loss alone', () => {
    // A sweep judged on the validation set draws training and validation, no test points.
    const g = lossCurveGeometry(
      { epochs: [0, 1], train: [1, 0.5], test: [], validation: [1, 0.55] },
      size,
    );
    expect(g.legend.map((l) => l.line)).toEqual(['train', 'validation']);
    expect(g.paths.test).toBe('');
    expect(g.paths.validation).toMatch(/^M/);
    // Before any epoch the chart still names both of its usual lines.
    const empty = lossCurveGeometry({ epochs: [], train: [], test: [] }, size);
    expect(empty.legend.map((l) => l.line)).toEqual(['train', 'test']);
  });

  it('wraps into rows that fit the width and pushes the plot down to make room', () => {
    const series = {
      epochs: [0, 1],
      train: [1, 0.5],
      test: [1, 0.6],
      validation: [1, 0.55],
      trainAccuracy: [0.5, 0.8],
      testAccuracy: [0.5, 0.7],
    };
    for (const [width, font] of [
      [262, 11],
      [300, 24],
      [900, 16],
    ] as const) {
      const g = lossCurveGeometry(series, { ...size, width, fontSize: font });
      const rows = new Set(g.legend.map((l) => l.y)).size;
      for (const item of g.legend) {
        const right = item.x + (1.8 + 0.4) * font + item.label.length * font * 0.55;
        expect(right).toBeLessThanOrEqual(width);
        expect(item.y).toBeLessThan(g.frame.plot.y);
      }
      // Same-row entries never overlap.
      const byRow = g.legend.filter((l) => l.y === g.legend[0]!.y);
      for (let k = 1; k < byRow.length; k++) expect(byRow[k]!.x).toBeGreaterThan(byRow[k - 1]!.x);
      expect(g.frame.plot.y).toBeGreaterThanOrEqual(10 + rows * font * 1.4 - 1);
    }
  });
});

describe('downsampleMinMax', () => {
  it('keeps every index when there are few points', () => {
    expect(downsampleMinMax([0, 1, 2], [3, 2, 1], 0, 2, 10)).toEqual([0, 1, 2]);
  });
  it('keeps the minimum and maximum of each column in index order', () => {
    const xs = [0, 1, 2, 3, 4, 5, 6, 7];
    const ys = [5, 1, 9, 4, 2, 2, 8, 0];
    // two columns: indices 0..3 and 4..7
    expect(downsampleMinMax(xs, ys, 0, 8, 2)).toEqual([1, 2, 6, 7]);
  });
  it('keeps a non-finite value so the gap survives', () => {
    const xs = [0, 1, 2, 3, 4, 5];
    const ys = [1, NaN, 3, 1, 1, 1];
    expect(downsampleMinMax(xs, ys, 0, 6, 1)).toContain(1);
  });
});

describe('helpers', () => {
  it('clampForLog lifts non-positive values and keeps gaps', () => {
    expect(clampForLog(0, 1e-3)).toBe(1e-3);
    expect(clampForLog(-2, 1e-3)).toBe(1e-3);
    expect(clampForLog(0.5, 1e-3)).toBe(0.5);
    expect(clampForLog(Infinity, 1e-3)).toBeNaN();
  });
  it('finds the nearest epoch', () => {
    expect(nearestIndex([1, 2, 3], 2.4)).toBe(1);
    expect(nearestIndex([1, 2, 3], 99)).toBe(2);
    expect(nearestIndex([], 1)).toBe(-1);
  });
  it('writes the hover readout with accuracy as percentages', () => {
    const s = {
      epochs: [120],
      train: [0.21],
      test: [0.25],
      trainAccuracy: [0.93],
      testAccuracy: [0.9],
    };
    expect(hoverReadout(s, 0)).toEqual([
      'epoch 120',
      'train 0.21',
      'test 0.25',
      'accuracy 93% / 90%',
    ]);
    expect(hoverReadout({ epochs: [1], train: [1], test: [NaN] }, 0)).toEqual([
      'epoch 1',
      'train 1',
      'test –',
    ]);
  });
});

describe('reference runs on the loss chart', () => {
  it('share the axes: the epochs and losses of every run fit, each with its own two lines', () => {
    const g = lossCurveGeometry(
      { epochs: [0, 1, 2], train: [0.7, 0.5, 0.4], test: [0.8, 0.6, 0.5] },
      {
        width: 400,
        height: 200,
        logScale: false,
        references: [
          { key: 'pin-0', slot: 0, epochs: [0, 5, 10], train: [0.9, 2, 0.3], test: [1, 1.5, 0.4] },
        ],
      },
    );
    expect(g.x.domain()).toEqual([0, 10]);
    expect(g.y.domain()[1]).toBeGreaterThanOrEqual(2);
    expect(g.references).toHaveLength(1);
    const ref = g.references[0]!;
    expect(ref.train.startsWith('M')).toBe(true);
    expect(ref.test.startsWith('M')).toBe(true);
    // The reference's last point sits at the right end of the plot.
    const plot = g.frame.plot;
    expect(ref.train).toContain(`${(plot.x + plot.width).toFixed(1).replace(/\.0$/, '')},`);
  });

  it('only reference runs (a sweep’s overlay): curves and no "No epochs yet" over them', () => {
    const references = [
      { key: 'sweep-0', slot: 0, epochs: [0, 1, 2], train: [1, 0.5, 0.2], test: [1, 0.6, 0.4] },
    ];
    const g = lossCurveGeometry(
      { epochs: [], train: [], test: [] },
      { width: 400, height: 200, logScale: true, references },
    );
    expect(g.references[0]!.train.startsWith('M')).toBe(true);
    expect(g.note).toEqual([]);
    // Reference runs that have not reported yet leave the chart empty, and it says so.
    const waiting = [{ ...references[0]!, epochs: [], train: [], test: [] }];
    expect(
      lossCurveGeometry(
        { epochs: [], train: [], test: [] },
        { width: 400, height: 200, logScale: true, references: waiting },
      ).note,
    ).toEqual(['No epochs yet.']);
  });

  it('draw a long pinned run at most twice per pixel column, its highest loss still drawn', () => {
    const n = 100_000;
    const epochs = Float64Array.from({ length: n }, (_, i) => i);
    const train = Float64Array.from(epochs, (e) => 1 / (1 + e / 100));
    train[61_234] = 5;
    const g = lossCurveGeometry(
      { epochs: [0, 1], train: [0.7, 0.6], test: [0.8, 0.7] },
      {
        width: 400,
        height: 200,
        logScale: false,
        references: [{ key: 'pin-0', slot: 0, epochs, train, test: train }],
      },
    );
    const points = g.references[0]!.train.match(/[ML]/g)!.length;
    expect(points).toBeLessThanOrEqual(2 * Math.round(g.frame.plot.width) + 2);
    // The spike's y (5 is the top of the y domain) is among the points drawn.
    expect(g.references[0]!.train).toContain(`,${g.y(5).toFixed(1).replace(/\.0$/, '')}`);
  });

  it('stay drawn while the live run trains on: moved onto the grown epoch axis, not rebuilt', () => {
    const references = [
      { key: 'pin-0', slot: 0, epochs: [0, 40, 80], train: [0.9, 0.5, 0.3], test: [1, 0.6, 0.4] },
    ];
    const live = (n: number) => ({
      epochs: Array.from({ length: n }, (_, i) => i),
      train: Array.from({ length: n }, () => 0.5),
      test: Array.from({ length: n }, () => 0.6),
    });
    const options = { width: 400, height: 200, logScale: false, references };
    const first = lossCurveGeometry(live(100), options);
    expect(first.referenceTransform).toBe('');
    const next = lossCurveGeometry(live(110), options, first);
    expect(next.references).toBe(first.references);
    // The transform takes each point where the new x scale puts its epoch.
    const m = /^matrix\(([^,]+),0,0,1,([^,]+),0\)$/.exec(next.referenceTransform)!;
    const [k, t] = [Number(m[1]), Number(m[2])];
    for (const e of [0, 40, 80]) expect(k * first.x(e) + t).toBeCloseTo(next.x(e), 6);
    // Grown by more than a quarter, other runs, or another size: drawn afresh on the new axes.
    const far = lossCurveGeometry(live(200), options, next);
    expect(far.references).not.toBe(first.references);
    expect(far.referenceTransform).toBe('');
    const other = lossCurveGeometry(live(110), { ...options, references: [...references] }, first);
    expect(other.references).not.toBe(first.references);
    const wider = lossCurveGeometry(live(110), { ...options, width: 500 }, first);
    expect(wider.references).not.toBe(first.references);
  });
});
