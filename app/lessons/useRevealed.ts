import { useEffect, useRef, useState } from 'react';

/** Parts rendered in the first frame: enough to fill a screen. */
export const FIRST_PARTS = 12;
/** Time one frame may spend rendering lesson parts; the batch size follows it. */
export const FRAME_BUDGET_MS = 12;

/**
 * The next batch size from the last one and how long it took to render: doubled while well
 * under the frame budget, halved when over it, at least one part.
 *
 *   nextBatch(6, 2) → 12;  nextBatch(12, 30) → 6;  nextBatch(8, 9) → 8
 */
export function nextBatch(batch: number, tookMs: number): number {
  if (tookMs < FRAME_BUDGET_MS / 2) return Math.min(batch * 2, 512);
  if (tookMs > FRAME_BUDGET_MS) return Math.max(1, Math.floor(batch / 2));
  return batch;
}

/**
 * How many of `total` parts to render now: the first screenful at once, then more each
 * animation frame, as many as fit in FRAME_BUDGET_MS, until all are shown. A long lesson never
 * blocks the page while it renders (each part is bounded by the limits in lessonBudget.ts).
 * Starts again when `key` changes.
 */
export function useRevealed(total: number, key: unknown): number {
  const [state, setState] = useState({ key, shown: Math.min(total, FIRST_PARTS) });
  const shown = state.key === key ? state.shown : Math.min(total, FIRST_PARTS);
  if (state.key !== key) setState({ key, shown });
  const batch = useRef(FIRST_PARTS);
  // Rendering starts here; the effect below runs once the batch is on the page.
  const renderStart = performance.now();
  useEffect(() => {
    if (shown >= total) return;
    batch.current = nextBatch(batch.current, performance.now() - renderStart);
    const id = requestAnimationFrame(() =>
      setState({ key, shown: Math.min(total, shown + batch.current) }),
    );
    return () => cancelAnimationFrame(id);
    // renderStart is this render's own clock reading, not a dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, shown, total]);
  return Math.min(shown, total);
}
