import { useEffect, useState, type RefObject } from 'react';

/** An element's content box in whole CSS px. */
export interface ElementSize {
  width: number;
  height: number;
}

/**
 * The content size of `ref`'s element, following its resizes while `enabled` ({ 0, 0 } before
 * the first layout). A new object only when a whole-pixel size changes, so charts redraw only
 * on real resizes.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>, enabled = true): ElementSize {
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });
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
