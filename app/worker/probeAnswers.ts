import { probeRace, probeSlice, probeTrace } from '../engine/sessionProbes';
import { probeLayerStatistics } from '../engine/layerStatistics';
import type { TrainingSession } from '../engine/session';
import { clampInt } from './clampInt';
import type { ProbeRequest, ProbeResult } from './protocol';

/** A teaching view's question answered at once (the surface runs in slices: surfaceRunner.ts). */
export type TeachingQuestion = Exclude<ProbeRequest, { kind: 'surface' | 'state' }>;

/**
 * The worker's answer to a teaching view's question about the network as it stands. Bad
 * indices get a message, never a throw. Example: { kind: 'slice', index: 3 } → the loss along
 * parameter 3. The worker loads this module, and the engine's probes, on first use
 * (teachingProbes.ts).
 */
export function answerProbe(s: TrainingSession | null, req: TeachingQuestion): ProbeResult {
  if (!s) return { kind: 'error', message: 'The network is not ready yet.' };
  const count = s.net.plan.parameterCount;
  const valid = (i: number) => Number.isInteger(i) && i >= 0 && i < count;
  try {
    switch (req.kind) {
      case 'slice':
        if (!valid(req.index))
          return { kind: 'error', message: `No parameter ${req.index} in this network.` };
        return {
          kind: 'slice',
          slice: probeSlice(s, req.index, clampInt(req.points ?? 81, 5, 401)),
        };
      case 'race':
        if (!valid(req.i) || !valid(req.j))
          return { kind: 'error', message: 'Pick two parameters of this network.' };
        return {
          kind: 'race',
          lanes: probeRace(s, req.i, req.j, req.lanes.slice(0, 4), clampInt(req.steps, 1, 5000)),
        };
      case 'trace':
        return { kind: 'trace', trace: probeTrace(s, req.row) };
      case 'layer':
        return { kind: 'layer', layer: probeLayerStatistics(s, req.layer) };
    }
  } catch (err) {
    return { kind: 'error', message: err instanceof Error ? err.message : String(err) };
  }
}
