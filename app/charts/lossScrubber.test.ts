import { describe, expect, it } from 'vitest';
import { keptTicksPath, linesNear, scrubLabelSpot } from './lossScrubber';

const plot = { x: 40, y: 10, width: 300, height: 200 };

describe('scrubLabelSpot', () => {
  it('writes the label at the top beside the rule when no line is near', () => {
    expect(scrubLabelSpot(100, plot, 12, 60, [])).toEqual({
      x: 106,
      y: expect.closeTo(10 + 13.2, 9),
      anchor: 'start',
    });
    expect(scrubLabelSpot(300, plot, 12, 60, [])).toMatchObject({ x: 294, anchor: 'end' });
  });

  it('moves to the bottom when a line runs along the top of the plot under the label', () => {
    const testLoss: [number, number][] = [
      [40, 18],
      [340, 20],
    ];
    const spot = scrubLabelSpot(100, plot, 12, 60, [testLoss]);
    expect(spot.y).toBeGreaterThan(150);
    // Its box clears the line by more than the label's own height.
    expect(spot.y - 12 * 0.9 - 20).toBeGreaterThan(12);
  });

  it('takes the other side of the rule when a line crosses only one side at the top', () => {
    // A line falling steeply right of the rule, clear of the top left of it.
    const line: [number, number][] = [
      [40, 200],
      [99, 200],
      [101, 15],
      [340, 15],
    ];
    const bottomLine: [number, number][] = [
      [40, 195],
      [340, 195],
    ];
    const spot = scrubLabelSpot(100, plot, 12, 50, [line, bottomLine]);
    expect(spot).toMatchObject({ anchor: 'end', x: 94 });
    expect(spot.y).toBeLessThan(40);
  });

  it('stays inside the plot when a side has no room', () => {
    const spot = scrubLabelSpot(45, plot, 12, 60, []);
    expect(spot.anchor).toBe('start');
  });
});

describe('linesNear', () => {
  it('keeps the points in the window and one either side, in px', () => {
    const epochs = [0, 1, 2, 3, 4, 5];
    const x = (e: number) => 40 + e * 10;
    const [a] = linesNear(epochs, [{ values: [5, 4, 3, NaN, 1, 0], y: (v) => v * 10 }], x, 61, 79);
    expect(a).toEqual([
      [60, 30],
      [80, 10],
    ]);
  });
});

describe('keptTicksPath', () => {
  it('draws one tick per pixel column', () => {
    expect(keptTicksPath([0, 5, 10], (e) => 50 + e * 10, 120, 6)).toBe(
      'M50,120v-6M100,120v-6M150,120v-6',
    );
  });
});
