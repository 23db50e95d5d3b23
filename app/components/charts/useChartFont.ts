import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { BASE_FONT } from '../../charts/chartText';

/**
 * The rendered font size (px) of an element whose CSS sets it to the chart axis token
 * (`--chart-axis-font-size`), so a chart can size its margins for its text. It follows the
 * presenter theme (a class on <html>), window resizes (the token grows with the viewport) and
 * the element appearing later than the component (a chart shown once there is data).
 */
export function useChartFont(ref: RefObject<Element | null>): number {
  const [px, setPx] = useState(BASE_FONT);
  const seen = useRef<Element | null>(null);
  const read = useRef(() => {
    const el = ref.current;
    if (!el) return;
    const v = parseFloat(getComputedStyle(el).fontSize);
    if (Number.isFinite(v) && v > 0) setPx((old) => (Math.abs(old - v) < 0.25 ? old : v));
  });
  // Only a new element is measured on render; theme and size changes are events.
  useLayoutEffect(() => {
    if (ref.current === seen.current) return;
    seen.current = ref.current;
    read.current();
  });
  useEffect(() => {
    const update = () => read.current();
    const themes = new MutationObserver(update);
    themes.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    window.addEventListener('resize', update);
    return () => {
      themes.disconnect();
      window.removeEventListener('resize', update);
    };
  }, []);
  return px;
}
