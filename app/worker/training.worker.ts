/// <reference lib="webworker" />
import type { Command } from './protocol';
import { TrainingHost } from './trainingHost';

// A MessageChannel hop yields to pending messages without setTimeout's 4 ms clamp.
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();

const host = new TrainingHost({
  post: (event, transfer) => self.postMessage(event, { transfer }),
  now: () => performance.now(),
  yieldThen: (fn) => {
    queue.push(fn);
    channel.port2.postMessage(0);
  },
  after: (ms, fn) => setTimeout(fn, ms),
});

self.onmessage = (e: MessageEvent<Command>) => host.handle(e.data);
