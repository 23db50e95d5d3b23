import { describe, expect, it } from 'vitest';
import { customDataProblem } from '../engine/customData';
import {
  addPoint,
  drawingFrom,
  drawingNeeds,
  emptyDrawing,
  movePoint,
  nearestPoint,
  removePoint,
} from './drawing';

describe('drawing', () => {
  it('adds, moves and removes points without changing the original', () => {
    const a = emptyDrawing('binary');
    const b = addPoint(addPoint(a, 1, 2, 0), 7, -3.456, 1);
    expect(a.y).toEqual([]);
    expect(b.x).toEqual([1, 2, 6, -3.46]);
    expect(movePoint(b, 0, -1, -1).x).toEqual([-1, -1, 6, -3.46]);
    expect(removePoint(b, 0)).toMatchObject({ x: [6, -3.46], y: [1] });
  });

  it('finds the nearest point within a radius', () => {
    const d = addPoint(addPoint(emptyDrawing('binary'), 0, 0, 0), 3, 0, 1);
    expect(nearestPoint(d, 2.5, 0.2, 1)).toBe(1);
    expect(nearestPoint(d, 1.5, 3, 1)).toBe(-1);
  });

  it('says what is missing until the data can train', () => {
    let d = emptyDrawing('binary');
    expect(drawingNeeds(d)).toMatch(/two classes/);
    d = addPoint(addPoint(d, 0, 0, 0), 1, 1, 0);
    expect(drawingNeeds(d)).toMatch(/two classes/);
    d = addPoint(d, 2, 2, 1);
    expect(drawingNeeds(d)).toBeNull();
    expect(customDataProblem(d)).toBeNull();
    const r = addPoint(emptyDrawing('regression'), 0, 0, 1.5);
    expect(drawingNeeds(r)).toMatch(/1 more point/);
  });
});

describe('drawingFrom', () => {
  it('copies a planar data set into an editable drawing', () => {
    const d = drawingFrom('Circle (edited)', {
      problem: 'multiclass',
      classes: 3,
      dims: 2,
      points: new Float64Array([1.234, -2, 3, 4.5678, 0, 0]),
      targets: new Float64Array([0, 2, 1]),
      domain: [
        [-6, 6],
        [-6, 6],
      ],
    });
    expect(d).toMatchObject({
      name: 'Circle (edited)',
      classNames: ['A', 'B', 'C'],
      x: [1.23, -2, 3, 4.57, 0, 0],
      y: [0, 2, 1],
    });
    expect(customDataProblem(d)).toBeNull();
  });
});
