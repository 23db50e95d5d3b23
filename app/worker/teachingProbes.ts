import type { TrainingSession } from '../engine/session';
import type { TeachingQuestion } from './probeAnswers';
import type { HostEnvironment } from './trainingHost';
import type { ProbeRequest, ProbeResult } from './protocol';
import type { SurfaceRunner } from './surfaceRunner';

/**
 * The teaching views' probes (loss along a weight, loss surface, descent race, backprop trace,
 * a layer over the next batch), which the first screen never needs: the worker loads their
 * code, and the engine's probes, the first time a view asks.
 */
export interface TeachingProbes {
  answer(s: TrainingSession | null, question: TeachingQuestion): ProbeResult;
  /** Loss surfaces, computed between training slices. */
  surfaces: SurfaceRunner;
}

/** Load the teaching probes; `session` is how the surface runner finds the current run. */
export async function loadTeachingProbes(
  env: HostEnvironment,
  session: () => TrainingSession | null,
  sliceMs: number,
): Promise<TeachingProbes> {
  const [answers, runner] = await Promise.all([
    import('./probeAnswers'),
    import('./surfaceRunner'),
  ]);
  return {
    answer: answers.answerProbe,
    surfaces: new runner.SurfaceRunner(env, session, sliceMs),
  };
}

/** Whether a probe is one of the teaching views' (loaded on first use). */
export function isTeachingProbe(
  probe: ProbeRequest,
): probe is Exclude<ProbeRequest, { kind: 'state' }> {
  return probe.kind !== 'state';
}
