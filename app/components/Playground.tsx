import { useTrainingConnection } from '../store/useTrainingConnection';
import { BoundaryPanel, LossPanel } from './ChartPanels';
import { DiagramPanel } from './DiagramPanel';
import { DivergenceBanner } from './DivergenceBanner';
import { ControlColumn } from './layout/ControlColumn';
import { TopBar } from './layout/TopBar';
import { Notices } from './Notices';
import { PinnedComparison } from './pins/PinBar';
import { TeachingPanel } from './TeachingPanel';

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
        <DivergenceBanner />
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
