import { DataControls } from '../controls/DataControls';
import { DisplayControls } from '../controls/DisplayControls';
import { FeatureControls } from '../controls/FeatureControls';
import { NetworkControls } from '../controls/NetworkControls';
import { TrainingControls } from '../controls/TrainingControls';
import { Section } from './Section';
import { useAfterFirstPaint } from './useAfterFirstPaint';

/**
 * The control sections, each collapsible. They render just after the first paint: the column
 * holds half of the first screen's elements, and the diagram should not wait for them (its
 * width is set by the page grid, so nothing moves when they arrive).
 */
export function ControlColumn() {
  const painted = useAfterFirstPaint();
  if (!painted) return <aside className="control-column" aria-label="Settings" />;
  return (
    <aside className="control-column" aria-label="Settings">
      <Section id="data" title="Data">
        <DataControls />
      </Section>
      <Section id="features" title="Features">
        <FeatureControls />
      </Section>
      <Section id="network" title="Network">
        <NetworkControls />
      </Section>
      <Section id="training" title="Training">
        <TrainingControls />
      </Section>
      <Section id="display" title="View">
        <DisplayControls />
      </Section>
    </aside>
  );
}
