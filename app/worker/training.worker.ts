/// <reference lib="webworker" />
import type { Command } from './protocol';
import { TrainingHost } from './trainingHost';
import { workerEnvironment } from './workerEnvironment';

const host = new TrainingHost(workerEnvironment());

self.onmessage = (e: MessageEvent<Command>) => host.handle(e.data);
