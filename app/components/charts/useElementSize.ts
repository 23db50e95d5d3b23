import { useLayoutEffect, useState, type RefObject } from 'react';

/** An element's content box in whole CSS px. */
export interface ElementSize {
  width: number;
  height: number;
}

/** The content box of `el` now (as a ResizeObserver's contentRect reports it). */
function contentSize(el: HTMLElement): ElementSize {
  const style = getComputedStyle(el);
  const px = (v: string) => parseFloat(v) || 0;
  const width = el.clientWidth - px(style.paddingLeft) - px(style.paddingRight);
  const height = el.clientHeight - px(style.paddingTop) - px(style.paddingBottom);
  return { width: Math.max(0, Math.floor(width)), height: Math.max(0, Math.floor(height)) };
}

/**
 * Call `onSize` with `el`'s content size at once (so a chart can draw before the first paint,
 * in the same frame as the page around it) and on every resize after. Returns the stop function.
 * The one way the charts measure their boxes (useElementSize, useChartBox).
 */
export function watchContentSize(el: HTMLElement, onSize: (size: ElementSize) => void): () => void {
  onSize(contentSize(el));
  const observer = new ResizeObserver(([entry]) => {
    if (!entry) return;
    const { width, height } = entry.contentRect;
    onSize({ width: Math.floor(width), height: Math.floor(height) });
  });
  observer.observe(el);
  return () => observer.disconnect();
}

/** `next` unless it has the same whole-pixel size as `prev` (so charts redraw only on real resizes). */
export function changedSize<S extends ElementSize | null>(
  prev: S,
  next: ElementSize,
): S | ElementSize {
  return prev && prev.width === next.width && prev.height === next.height ? prev : next;
}

/**
 * The content size of `ref`'s element, following its resizes while `enabled` ({ 0, 0 } before
 * the first layout).
 */
export function useElementSize(ref: RefObject<HTMLElement | null>, enabled = true): ElementSize {
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!enabled || !el) return;
    return watchContentSize(el, (next) => setSize((s) => changedSize(s, next)));
  }, [ref, enabled]);
  return size;
}
