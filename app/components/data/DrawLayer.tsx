import { useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { classCss, regressionCss } from '../../charts/colors';
import { useChartFont } from '../charts/useChartFont';
import { plotFrame, symbolFor, symbolPath } from '../../charts/decisionBoundary';
import { DRAW_DOMAIN, addPoint, movePoint, nearestPoint, removePoint } from '../../data/drawing';
import { fittedDomain } from '../../engine/customData';
import { useAppStore } from '../../store/store';
import '../../styles/dataTools.css';

/** Reach of a click or tap on a point, in px (fingers get more). */
const HIT_PX = 12;
const TOUCH_HIT_PX = 22;
/** Cursor steps of the arrow keys, in data units (Shift: the larger one). */
const STEP = 0.25;
const BIG_STEP = 1;

const fmt = (v: number) => String(Math.round(v * 100) / 100).replace('-', '−');

/**
 * The draw tool over the output plot: click or tap adds a point of the chosen class (or
 * value), dragging a point moves it, Shift- or Alt-click (or the eraser) removes one. By
 * keyboard: arrows move a cursor, Enter adds, Delete removes the nearest point, Ctrl+Z undoes.
 */
export function DrawLayer({ size }: { size: number }) {
  const data = useAppStore((s) => s.userData);
  const target = useAppStore((s) => s.drawTarget);
  const eraser = useAppStore((s) => s.eraser);
  const setUserData = useAppStore((s) => s.setUserData);
  const undo = useAppStore((s) => s.undoUserData);
  const setTarget = useAppStore((s) => s.setDrawTarget);
  const [cursor, setCursor] = useState<[number, number] | null>(null);
  const [drag, setDrag] = useState<{ index: number; at: [number, number]; moved: boolean } | null>(
    null,
  );
  const [said, setSaid] = useState('');
  const svgRef = useRef<SVGSVGElement>(null);
  // The plot frame must match the chart's underneath, whose margins follow its axis text.
  const fontSize = useChartFont(svgRef);
  if (!data || data.dims !== 2) return null;

  const { plot } = plotFrame(size, size, undefined, fontSize);
  const [dx, dy] = data.domain ?? DRAW_DOMAIN;
  const sx = scaleLinear()
    .domain(dx!)
    .range([plot.x, plot.x + plot.width]);
  const sy = scaleLinear()
    .domain(dy!)
    .range([plot.y + plot.height, plot.y]);
  const n = data.y.length;
  const regression = data.problem === 'regression';
  // Big marks are easy to grab; many points get the chart's usual size.
  const area = n > 150 ? 36 : 64;
  const [t0, t1] = regression && n > 0 ? fittedDomain(data.y, n, 1)[0]! : [0, 1];
  const fill = (t: number) => (regression ? regressionCss((t - t0) / (t1 - t0 || 1)) : classCss(t));
  const label = (t: number) => (regression ? `value ${fmt(t)}` : `class ${data.classNames[t]}`);

  const toData = (e: PointerEvent): [number, number] => {
    const box = svgRef.current!.getBoundingClientRect();
    const scale = box.width / size || 1;
    return [sx.invert((e.clientX - box.left) / scale), sy.invert((e.clientY - box.top) / scale)];
  };
  const reach = (e: PointerEvent) =>
    sx.invert(plot.x + (e.pointerType === 'touch' ? TOUCH_HIT_PX : HIT_PX)) - sx.invert(plot.x);
  const inside = ([x, y]: [number, number]) =>
    x >= dx![0] && x <= dx![1] && y >= dy![0] && y <= dy![1];

  const add = ([x, y]: [number, number]) => {
    setUserData(addPoint(data, x, y, target), { undoable: true });
    setSaid(`Added a point of ${label(target)} at (${fmt(x)}, ${fmt(y)}). ${n + 1} points.`);
  };
  const erase = (i: number) => {
    if (i < 0) {
      setSaid('No point there to remove.');
      return;
    }
    setUserData(removePoint(data, i), { undoable: true });
    setSaid(`Removed a point. ${n - 1} point${n - 1 === 1 ? '' : 's'} left.`);
  };

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    const at = toData(e);
    if (!inside(at)) return;
    e.preventDefault();
    svgRef.current?.focus({ preventScroll: true });
    setCursor(at);
    const hit = nearestPoint(data, at[0], at[1], reach(e));
    if (eraser || e.shiftKey || e.altKey) return erase(hit);
    if (hit >= 0) {
      e.currentTarget.setPointerCapture(e.pointerId);
      setDrag({ index: hit, at, moved: false });
    } else add(at);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const at = toData(e);
    setDrag({ ...drag, at, moved: true });
  };
  const onPointerUp = () => {
    if (!drag) return;
    if (drag.moved) {
      setUserData(movePoint(data, drag.index, drag.at[0], drag.at[1]), { undoable: true });
      setSaid(`Moved a point to (${fmt(drag.at[0])}, ${fmt(drag.at[1])}).`);
    }
    setDrag(null);
  };

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const c = cursor ?? [(dx![0] + dx![1]) / 2, (dy![0] + dy![1]) / 2];
    const step = e.shiftKey ? BIG_STEP : STEP;
    const move = (ddx: number, ddy: number) => {
      const next: [number, number] = [
        Math.min(dx![1], Math.max(dx![0], c[0] + ddx)),
        Math.min(dy![1], Math.max(dy![0], c[1] + ddy)),
      ];
      setCursor(next);
      setSaid(`Cursor at (${fmt(next[0])}, ${fmt(next[1])}).`);
    };
    const key = e.key;
    if (key === 'ArrowLeft') move(-step, 0);
    else if (key === 'ArrowRight') move(step, 0);
    else if (key === 'ArrowUp') move(0, step);
    else if (key === 'ArrowDown') move(0, -step);
    else if (key === 'Enter' || key === ' ') {
      if (eraser) erase(nearestPoint(data, c[0], c[1], 0.6));
      else add(c);
    } else if (key === 'Delete' || key === 'Backspace') erase(nearestPoint(data, c[0], c[1], 0.6));
    else if ((e.ctrlKey || e.metaKey) && key.toLowerCase() === 'z') undo();
    else if (!regression && /^[1-8]$/.test(key) && Number(key) <= data.classNames.length) {
      setTarget(Number(key) - 1);
      setSaid(`New points: class ${data.classNames[Number(key) - 1]}.`);
    } else return;
    e.preventDefault();
    if (!cursor) setCursor(c);
  };

  return (
    <div className="draw-layer" style={{ width: size, height: size }}>
      <svg
        ref={svgRef}
        width={size}
        height={size}
        tabIndex={0}
        role="application"
        aria-label="Drawing area"
        aria-describedby="draw-help"
        className={eraser ? 'erasing' : undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
        onKeyDown={onKeyDown}
        onFocus={() => setCursor((c) => c ?? [(dx![0] + dx![1]) / 2, (dy![0] + dy![1]) / 2])}
      >
        <rect
          className="draw-surface"
          x={plot.x}
          y={plot.y}
          width={plot.width}
          height={plot.height}
        />
        <g className="draw-points">
          {data.y.map((t, i) => {
            const [x, y] = drag?.index === i ? drag.at : [data.x[2 * i]!, data.x[2 * i + 1]!];
            return (
              <path
                key={i}
                className={`point drawn${drag?.index === i ? ' dragging' : ''}`}
                transform={`translate(${sx(x).toFixed(1)},${sy(y).toFixed(1)})`}
                d={symbolPath(symbolFor(regression ? -1 : t), area)}
                style={{ fill: fill(t) }}
              />
            );
          })}
        </g>
        {cursor && (
          <g
            className="draw-cursor"
            transform={`translate(${sx(cursor[0]).toFixed(1)},${sy(cursor[1]).toFixed(1)})`}
          >
            <circle r={9} />
            <path d="M-14,0H-5M5,0H14M0,-14V-5M0,5V14" />
          </g>
        )}
      </svg>
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
