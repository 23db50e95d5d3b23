/// <reference lib="webworker" />
import { SweepHost } from './sweepHost';
import type { SweepCommand } from './sweepProtocol';
import { workerEnvironment } from './workerEnvironment';

const host = new SweepHost(workerEnvironment());

self.onmessage = (e: MessageEvent<SweepCommand>) => host.handle(e.data);
