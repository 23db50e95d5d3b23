import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/** An element's content box in whole CSS px. */
export interface ElementSize {
  width: number;
  height: number;
}

/** The content box of `el` now (as a ResizeObserver's contentRect would report it). */
function contentSize(el: HTMLElement): ElementSize {
  const style = getComputedStyle(el);
  const px = (v: string) => parseFloat(v) || 0;
  return {
    width: Math.max(0, Math.floor(el.clientWidth - px(style.paddingLeft) - px(style.paddingRight))),
    height: Math.max(
      0,
      Math.floor(el.clientHeight - px(style.paddingTop) - px(style.paddingBottom)),
    ),
  };
}

/**
 * The content size of `ref`'s element, following its resizes while `enabled` ({ 0, 0 } before
 * the first layout). A new object only when a whole-pixel size changes, so charts redraw only
 * on real resizes. The size is read once before the first paint, so a chart draws in the same
 * frame as the page around it instead of a frame (and a whole re-render) later.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>, enabled = true): ElementSize {
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!enabled || !el) return;
    const now = contentSize(el);
    setSize((s) => (s.width === now.width && s.height === now.height ? s : now));
  }, [ref, enabled]);
  useEffect(() => {
    const el = ref.current;
    if (!enabled || !el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, enabled]);
  return size;
}
