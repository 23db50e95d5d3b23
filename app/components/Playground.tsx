import { lazy, Suspense } from 'react';
import { useAppStore } from '../store/store';
import { useTrainingConnection } from '../store/useTrainingConnection';
import { BoundaryPanel, LossPanel } from './ChartPanels';
import { DiagramPanel } from './DiagramPanel';
import { ControlColumn } from './layout/ControlColumn';
import { TopBar } from './layout/TopBar';
import { Notices } from './Notices';
import { PinnedComparison } from './pins/PinBar';
import { TeachingPanel } from './TeachingPanel';

// Only a run that went wrong shows it, so its words and their code load then.
const DivergenceBanner = lazy(() =>
  import('./DivergenceBanner').then((m) => ({ default: m.DivergenceBanner })),
);

/** The engine's word on a run that diverged, oscillates or stalls, when there is one. */
function TrainingMessage() {
  const wrong = useAppStore((s) => s.divergence !== null || s.trouble !== null);
  if (!wrong) return null;
  return (
    <Suspense fallback={null}>
      <DivergenceBanner />
    </Suspense>
  );
}

/**
 * The playground: run bar on top; controls left, network diagram centre, output and loss
 * right (one column on a phone: run bar, output, loss, diagram, controls).
 */
export function Playground() {
  useTrainingConnection();
  return (
    <div className="playground">
      <TopBar />
      <div className="messages">
        <TrainingMessage />
        <Notices />
      </div>
      <main className="workspace">
        <ControlColumn />
        <div className="centre-column">
          <DiagramPanel />
          <TeachingPanel />
        </div>
        <div className="chart-column">
          <BoundaryPanel />
          <LossPanel />
          <PinnedComparison />
        </div>
      </main>
    </div>
  );
}
