/// <reference lib="webworker" />
import type { HostEnvironment } from './trainingHost';

/**
 * The worker globals a host needs, for the training and the sweep workers alike: posting with
 * transfers, the clock, a yield after pending messages and a timer. A MessageChannel hop
 * yields without setTimeout's 4 ms clamp.
 */
export function workerEnvironment(): Omit<HostEnvironment, 'post'> & {
  post(event: unknown, transfer: Transferable[]): void;
} {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return {
    post: (event, transfer) => self.postMessage(event, { transfer }),
    now: () => performance.now(),
    yieldThen: (fn) => {
      queue.push(fn);
      channel.port2.postMessage(0);
    },
    after: (ms, fn) => setTimeout(fn, ms),
  };
}
