import { useCallback, useRef, useState } from 'react';
import { useChartFont } from './useChartFont';

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
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    element.current = el;
    if (!el) return;
    const o = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      if (width <= 0 || height <= 0) return;
      setSize((s) => (s && s.width === width && s.height === height ? s : { width, height }));
    });
    o.observe(el);
    observer.current = o;
  }, []);
  return [ref, { ...(size ?? fallback), fontSize }];
}
