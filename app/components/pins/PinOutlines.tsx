import { useMemo } from 'react';
import type { OutlinePlane } from '../../engine/boundaryOutline';
import { outlinePath } from '../../charts/outlinePath';
import { useAppStore } from '../../store/store';

/**
 * The pinned runs' decision boundaries, outlined over the live run's output plot (inside its
 * plot area, which clips them). An outline drawn on another pair of input columns is left out.
 */
export function PinOutlines({
  plot,
  domain,
  axes,
}: {
  plot: { width: number; height: number };
  domain: [number, number][];
  axes: readonly [number, number];
}) {
  const pins = useAppStore((s) => s.pins);
  const dx = domain[axes[0]];
  const dy = domain[axes[1]];
  const { width, height } = plot;
  const paths = useMemo(() => {
    if (!dx || !dy) return [];
    const shown: OutlinePlane = [dx, dy];
    return pins
      .filter((p) => p.outline && p.outline.axes[0] === axes[0] && p.outline.axes[1] === axes[1])
      .map((p) => ({
        slot: p.slot,
        name: p.name,
        d: outlinePath(p.outline!, shown, { width, height }),
      }));
  }, [pins, dx, dy, axes, width, height]);
  if (paths.length === 0) return null;
  return (
    <svg
      className="pin-outlines"
      width={width}
      height={height}
      aria-hidden="true"
      data-testid="pin-outlines"
    >
      {paths.map((p) => (
        <path key={p.slot} className={`pin-outline ref-${p.slot}`} d={p.d}>
          <title>{p.name}: its decision boundary</title>
        </path>
      ))}
    </svg>
  );
}
