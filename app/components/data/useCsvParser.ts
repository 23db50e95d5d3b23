import { useCallback, useEffect, useRef, useState } from 'react';
import type { ParseReply, ParseRequest } from '../../data/csvParse';

/**
 * Read CSV texts in a worker of their own (created on first use, ended on unmount). Only the
 * reply to the latest request is kept, so fast typing never shows an older answer.
 */
export function useCsvParser(): {
  reply: ParseReply | null;
  busy: boolean;
  parse(req: Omit<ParseRequest, 'id'>): void;
} {
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const [reply, setReply] = useState<ParseReply | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );
  const parse = useCallback((req: Omit<ParseRequest, 'id'>) => {
    if (!worker.current) {
      const w = new Worker(new URL('../../data/csv.worker.ts', import.meta.url), {
        type: 'module',
      });
      w.addEventListener('message', (e: MessageEvent<ParseReply>) => {
        if (e.data.id !== latest.current) return;
        setReply(e.data);
        setBusy(false);
      });
      worker.current = w;
    }
    const id = ++latest.current;
    setBusy(true);
    worker.current.postMessage({ ...req, id } satisfies ParseRequest);
  }, []);
  return { reply, busy, parse };
}
