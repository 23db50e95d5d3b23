import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProbeRequest, ProbeResult } from '../../worker/protocol';

/** What a view knows about its latest probe. */
export interface ProbeState<T extends ProbeResult['kind']> {
  result: Extract<ProbeResult, { kind: T }> | null;
  error: string | null;
  /** The tag passed with the request that produced `result` (e.g. the step it was asked at). */
  tag: number;
}

/**
 * Ask the worker a question with at most one request in flight: asking again while one is
 * running remembers only the latest request and sends it when the first answer arrives, so a
 * fast training loop never queues probes. `ask(null)` forgets any pending request.
 * Example: const [state, ask] = useProbe(requestProbe, 'slice'); ask({ kind: 'slice', index: 3 }, step).
 */
export function useProbe<T extends ProbeResult['kind']>(
  requestProbe: (req: ProbeRequest) => Promise<ProbeResult>,
  kind: T,
): [ProbeState<T>, (req: ProbeRequest | null, tag?: number) => void] {
  const [state, setState] = useState<ProbeState<T>>({ result: null, error: null, tag: 0 });
  const busy = useRef(false);
  const pending = useRef<{ req: ProbeRequest; tag: number } | null>(null);
  const alive = useRef(true);
  const requestRef = useRef(requestProbe);
  requestRef.current = requestProbe;

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const send = useCallback(
    (req: ProbeRequest, tag: number) => {
      busy.current = true;
      requestRef
        .current(req)
        .then(
          (res) => {
            if (!alive.current) return;
            if (res.kind === 'error') setState((s) => ({ ...s, error: res.message }));
            else if (res.kind === kind)
              setState({ result: res as Extract<ProbeResult, { kind: T }>, error: null, tag });
          },
          (err: unknown) => {
            if (alive.current) setState((s) => ({ ...s, error: String(err) }));
          },
        )
        .finally(() => {
          busy.current = false;
          const next = pending.current;
          pending.current = null;
          if (next && alive.current) send(next.req, next.tag);
        });
    },
    [kind],
  );

  const ask = useCallback(
    (req: ProbeRequest | null, tag = 0) => {
      if (req === null) pending.current = null;
      else if (busy.current) pending.current = { req, tag };
      else send(req, tag);
    },
    [send],
  );
  return [state, ask];
}
