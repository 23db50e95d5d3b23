/// <reference lib="webworker" />
import { SweepHost } from './sweepHost';
import type { SweepCommand } from './sweepProtocol';

// A MessageChannel hop yields to pending messages without setTimeout's 4 ms clamp.
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();

const host = new SweepHost({
  post: (event, transfer) => self.postMessage(event, { transfer }),
  now: () => performance.now(),
  yieldThen: (fn) => {
    queue.push(fn);
    channel.port2.postMessage(0);
  },
  after: (ms, fn) => setTimeout(fn, ms),
});

self.onmessage = (e: MessageEvent<SweepCommand>) => host.handle(e.data);
