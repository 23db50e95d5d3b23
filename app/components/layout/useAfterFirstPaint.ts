import { startTransition, useEffect, useState } from 'react';

/**
 * False until the browser has painted the page once, then true (set in a transition, so the
 * render it starts yields to input and paint). A part of the first screen that nobody reads in
 * its first frame (the settings column) renders then, and the network diagram, the output and
 * the loss chart paint without waiting for it.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    // A frame callback runs before that frame's paint; the timeout after it, once painted.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setPainted(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
