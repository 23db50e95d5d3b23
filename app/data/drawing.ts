import type { CustomData } from '../engine/customData';
import type { ProblemType } from '../engine/dataset';

/** The plane drawings live on: the same [-6, 6]² square as the built-in planar sets. */
export const DRAW_DOMAIN: [number, number][] = [
  [-6, 6],
  [-6, 6],
];

/** Class names of a drawing: two for two classes, four for several. */
const CLASS_NAMES: Record<ProblemType, string[]> = {
  binary: ['A', 'B'],
  multiclass: ['A', 'B', 'C', 'D'],
  regression: [],
};

/**
 * An empty drawing of the given kind on DRAW_DOMAIN.
 * Example: emptyDrawing('binary').classNames → ['A', 'B'].
 */
export function emptyDrawing(problem: ProblemType): CustomData {
  return {
    name: 'Drawn points',
    problem,
    dims: 2,
    inputNames: ['x₁', 'x₂'],
    targetName: problem === 'regression' ? 'value' : 'class',
    classNames: CLASS_NAMES[problem].slice(),
    x: [],
    y: [],
    domain: DRAW_DOMAIN.map((d) => [d[0], d[1]]),
  };
}

/** A coordinate rounded to 0.01 and kept inside the domain. */
function snap(v: number, [lo, hi]: [number, number]): number {
  return Math.round(Math.min(hi, Math.max(lo, v)) * 100) / 100;
}

function domainOf(d: CustomData): [number, number][] {
  return d.domain ?? DRAW_DOMAIN;
}

/** A copy with one more point at (x₁, x₂) (rounded to 0.01, inside the domain). */
export function addPoint(d: CustomData, x1: number, x2: number, target: number): CustomData {
  const [a, b] = domainOf(d);
  return { ...d, x: [...d.x, snap(x1, a!), snap(x2, b!)], y: [...d.y, target] };
}

/** A copy with point i moved to (x₁, x₂). */
export function movePoint(d: CustomData, i: number, x1: number, x2: number): CustomData {
  const [a, b] = domainOf(d);
  const x = d.x.slice();
  x[2 * i] = snap(x1, a!);
  x[2 * i + 1] = snap(x2, b!);
  return { ...d, x };
}

/** A copy without point i. */
export function removePoint(d: CustomData, i: number): CustomData {
  return {
    ...d,
    x: [...d.x.slice(0, 2 * i), ...d.x.slice(2 * i + 2)],
    y: [...d.y.slice(0, i), ...d.y.slice(i + 1)],
  };
}

/**
 * The point nearest (x₁, x₂) within `radius` (data units, Euclidean), or −1.
 * Example: points (0, 0) and (3, 0), query (2.5, 0.2), radius 1 → 1.
 */
export function nearestPoint(d: CustomData, x1: number, x2: number, radius: number): number {
  let best = -1;
  let bestD = radius * radius;
  for (let i = 0; i < d.y.length; i++) {
    const dx = d.x[2 * i]! - x1;
    const dy = d.x[2 * i + 1]! - x2;
    const dist = dx * dx + dy * dy;
    if (dist <= bestD) {
      best = i;
      bestD = dist;
    }
  }
  return best;
}

/**
 * What the drawing still needs before a network can train on it, as a sentence, or null
 * when it is ready: at least two points, and for classes at least two different classes.
 */
export function drawingNeeds(d: CustomData): string | null {
  const n = d.y.length;
  if (d.problem === 'regression') {
    return n >= 2 ? null : `Add ${2 - n} more point${n === 1 ? '' : 's'} to train.`;
  }
  if (new Set(d.y).size < 2) return 'Add points of at least two classes to train.';
  return null;
}

/** What drawingFrom copies: a planar data set as the page has it. */
export interface PlanarPoints {
  problem: ProblemType;
  classes: number;
  dims: number;
  points: ArrayLike<number>;
  targets: ArrayLike<number>;
  domain: [number, number][];
}

/**
 * A drawing that starts from an existing planar data set (coordinates rounded to 0.01), so
 * its points can be moved, erased and added to. Classes are named A, B, C, …
 * Example: the 400 circle points → a two-class drawing of 400 points named `name`.
 */
export function drawingFrom(name: string, d: PlanarPoints): CustomData {
  const base = emptyDrawing(d.problem);
  const n = d.targets.length;
  const x: number[] = [];
  for (let i = 0; i < n * 2; i++) x.push(Math.round(d.points[i]! * 100) / 100);
  const classNames =
    d.problem === 'regression'
      ? []
      : Array.from({ length: Math.max(2, d.classes) }, (_, k) => String.fromCharCode(65 + k));
  return {
    ...base,
    name,
    classNames,
    x,
    y: Array.from(d.targets),
    domain: d.domain.map((r) => [r[0], r[1]]),
  };
}
