import { useCallback, useRef, useState } from 'react';
import { useChartFont } from './useChartFont';
import { changedSize, watchContentSize } from './useElementSize';

/** A chart's drawing size in CSS px and its axis font size. */
export interface ChartBox {
  width: number;
  height: number;
  fontSize: number;
}

/**
 * The size of a chart's box as laid out (its CSS decides: an aspect ratio in a column, the
 * free height in presenter mode), so the chart draws 1:1 in CSS px and its text renders at
 * the font size it asked for, never scaled down by a viewBox. `fallback` until measured.
 * Returns a callback ref for the box (it may mount after the component) and the box.
 */
export function useChartBox(fallback: {
  width: number;
  height: number;
}): [(el: HTMLElement | null) => void, ChartBox] {
  const element = useRef<HTMLElement | null>(null);
  const fontSize = useChartFont(element);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const stop = useRef<(() => void) | null>(null);
  const ref = useCallback((el: HTMLElement | null) => {
    stop.current?.();
    stop.current = null;
    element.current = el;
    if (!el) return;
    stop.current = watchContentSize(el, (next) => {
      if (next.width > 0 && next.height > 0) setSize((s) => changedSize(s, next));
    });
  }, []);
  return [ref, { ...(size ?? fallback), fontSize }];
}
