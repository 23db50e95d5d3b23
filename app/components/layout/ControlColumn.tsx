import { DataControls } from '../controls/DataControls';
import { DisplayControls } from '../controls/DisplayControls';
import { FeatureControls } from '../controls/FeatureControls';
import { NetworkControls } from '../controls/NetworkControls';
import { TrainingControls } from '../controls/TrainingControls';
import { Section } from './Section';

/** The control sections, each collapsible. */
export function ControlColumn() {
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
