import { BoundaryPanel, LossPanel } from '../components/ChartPanels';
import { DiagramPanel } from '../components/DiagramPanel';
import type { PlaygroundBlock } from './blocks';
import { LessonControls } from './LessonControls';
import { LiveFrame } from './LiveFrame';

/**
 * A lesson's embedded playground: the block's controls (shown or locked) beside the panels it
 * asks for (output, loss, network), all driven by the page's playground store.
 */
export function PlaygroundBlockView({ block }: { block: PlaygroundBlock }) {
  return (
    <LiveFrame
      blockKey={block.key}
      title={block.title || 'Playground'}
      config={block.config}
      speed={block.speed}
    >
      <div className="live-body">
        {block.show.length > 0 && <LessonControls show={block.show} lock={block.lock} />}
        <div className="live-panels">
          {block.panels.includes('output') && <BoundaryPanel />}
          {block.panels.includes('loss') && <LossPanel />}
          {block.panels.includes('network') && <DiagramPanel />}
        </div>
      </div>
    </LiveFrame>
  );
}
