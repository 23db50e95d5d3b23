import { useMemo } from 'react';
import type { ReferenceRun } from '../../charts/lossReferences';
import { useAppStore } from '../../store/store';

/** The pinned runs' loss curves, as the loss chart draws them under the live run's. */
export function usePinReferences(): ReferenceRun[] {
  const pins = useAppStore((s) => s.pins);
  return useMemo(
    () =>
      pins.map((p) => ({
        key: `pin-${p.slot}`,
        slot: p.slot,
        epochs: p.history.epoch,
        train: p.history.trainLoss,
        test: p.history.testLoss,
      })),
    [pins],
  );
}
