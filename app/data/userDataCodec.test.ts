import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomData } from '../engine/customData';
import { addPoint, emptyDrawing } from './drawing';
import { MAX_LINK_ROWS, decodeLinkData, encodeLinkData, readCustomData } from './userDataCodec';

const drawing = (): CustomData => {
  let d = emptyDrawing('binary');
  d = addPoint(d, -3, 2.5, 0);
  d = addPoint(d, 1.25, -4, 1);
  return { ...d, name: 'My, odd ~ name & more' };
};

describe('link data', () => {
  it('round-trips a drawing exactly, names with separators included', () => {
    const d = drawing();
    const text = encodeLinkData(d)!;
    expect(text).not.toMatch(/[&=#]/);
    expect(decodeLinkData(text).data).toEqual(d);
  });

  it('round-trips any small data set (property)', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
    const data = fc
      .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 30 }))
      .chain(([dims, n]) =>
        fc.record({
          name: fc.string({ maxLength: 10 }).map((s) => s.replace(/\p{Cc}/gu, ' ')),
          problem: fc.constant('regression' as const),
          dims: fc.constant(dims),
          inputNames: fc.array(
            fc.string({ maxLength: 6 }).map((s) => s.replace(/\p{Cc}/gu, ' ')),
            {
              minLength: dims,
              maxLength: dims,
            },
          ),
          targetName: fc.constant('y'),
          classNames: fc.constant([] as string[]),
          x: fc.array(finite, { minLength: n * dims, maxLength: n * dims }),
          y: fc.array(finite, { minLength: n, maxLength: n }),
        }),
      );
    fc.assert(
      fc.property(data, (d) => {
        const clean = { ...d, x: d.x.map((v) => v + 0), y: d.y.map((v) => v + 0) };
        expect(decodeLinkData(encodeLinkData(clean)!).data).toEqual(clean);
      }),
    );
  });

  it('refuses data too large for a link', () => {
    let d = emptyDrawing('regression');
    for (let i = 0; i <= MAX_LINK_ROWS; i++) d = addPoint(d, 0, 0, i);
    expect(encodeLinkData(d)).toBeNull();
  });

  it('reports unreadable values without throwing', () => {
    for (const bad of [
      '',
      'x',
      'q~a~b~c~d~-~1,2',
      'b~a~x,y~c~A,B~-~1,2',
      'b~a~x,y~c~A,B~-~1,2,0;1,2,0',
      'b~%E0~x,y~c~A,B~-~1,2,0;3,4,1',
    ]) {
      const r = decodeLinkData(bad);
      expect(r.data).toBeNull();
      expect(r.error).toMatch(/^The data in the link/);
    }
  });
});

describe('readCustomData', () => {
  it('accepts valid data and rejects anything else', () => {
    expect(readCustomData(JSON.parse(JSON.stringify(drawing())))).toEqual(drawing());
    for (const bad of [
      null,
      1,
      'x',
      [],
      { ...drawing(), x: ['1'] },
      { ...drawing(), problem: 'x' },
    ]) {
      expect(readCustomData(bad)).toBeNull();
    }
  });
});
