import type katex from 'katex';
import { useEffect, useRef, useState } from 'react';

type Katex = typeof katex;

let katexPromise: Promise<Katex> | null = null;

/** Load KaTeX and its stylesheet once, on first use (kept out of the main bundle). */
function loadKatex(): Promise<Katex> {
  katexPromise ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(
    ([m]) => m.default,
  );
  return katexPromise;
}

export interface MathProps {
  /** TeX source, e.g. 'z = 0.4 \\cdot 1.2 + 0.1'. */
  tex: string;
  /** Display (block) style instead of inline. */
  display?: boolean;
}

/**
 * A formula typeset by KaTeX. Shows the plain TeX until KaTeX has loaded (or if it fails).
 * KaTeX's output is the only HTML injected: untrusted commands are off and errors render as
 * text instead of throwing.
 */
export function Math({ tex, display = false }: MathProps) {
  const ref = useRef<HTMLSpanElement>(null);
  const [ready, setReady] = useState<Katex | null>(null);

  useEffect(() => {
    let live = true;
    loadKatex().then(
      (k) => {
        if (live) setReady(() => k);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (!el || !ready) return;
    el.innerHTML = ready.renderToString(tex, {
      throwOnError: false,
      trust: false,
      displayMode: display,
    });
  }, [ready, tex, display]);

  return (
    <span ref={ref} className={display ? 'math math-display' : 'math'}>
      {ready ? null : tex}
    </span>
  );
}
