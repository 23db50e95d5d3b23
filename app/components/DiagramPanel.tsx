import { useEffect, useMemo, useRef, useState } from 'react';
import { shownExample } from '../engine/dropoutMasks';
import { DropoutCaption } from './DropoutCaption';
import type { DiagramSelection } from '../charts/networkDiagram';
import { networkShape } from '../engine/networkShape';
import { useAppStore } from '../store/store';
import { NetworkDiagram } from './charts/NetworkDiagram';
import type { ChartId } from './chartIds';
import { focusNeuron } from './TeachingPanel';

/**
 * The network diagram: topology +/− buttons, live weights, neuron pictures, selection and
 * value editing. It reports whether it is on screen, so neuron pictures are only computed
 * when someone can see them.
 */
export function DiagramPanel() {
  const workerInfo = useAppStore((s) => s.info);
  // Before the worker's first answer the diagram is drawn from the configuration alone (its
  // geometry needs no weights); weights and pictures fill in when the worker answers.
  const config = useAppStore((s) => s.config);
  const early = useMemo(() => (workerInfo ? null : networkShape(config)), [workerInfo, config]);
  const info = workerInfo ?? early;
  const parameters = useAppStore((s) => s.parameters);
  const grid = useAppStore((s) => s.grid);
  const hidden = useAppStore((s) => s.config.hidden);
  const selection = useAppStore((s) => s.selection);
  const notes = useAppStore((s) => s.diagramNotes);
  const select = useAppStore((s) => s.select);
  const setParameter = useAppStore((s) => s.setParameter);
  const setHoveredNeuron = useAppStore((s) => s.setHoveredNeuron);
  const setDiagramVisible = useAppStore((s) => s.setDiagramVisible);
  const dropout = useAppStore((s) => s.dropout);
  const exampleRow = useAppStore((s) => s.exampleRow);
  // Dropout's contrast: evaluation uses every neuron.
  const [evaluation, setEvaluation] = useState(false);
  const shown = useMemo(
    () => (dropout ? shownExample(dropout, exampleRow) : null),
    [dropout, exampleRow],
  );
  // On a projector the diagram is for looking at: its +/− controls give their room to it.
  const presenter = useAppStore((s) => s.presenter);
  const boxRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = boxRef.current;
    if (!el) return;
    const observer = new IntersectionObserver(([entry]) => {
      if (entry) setDiagramVisible(entry.isIntersecting);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [setDiagramVisible]);

  // The patch repairs the activation list to the new layer count (new layers copy the last).
  const onTopology = ({ hidden: next }: { hidden: number[] }) =>
    useAppStore.getState().setConfig({ hidden: next });
  // Picking a weight or bias opens its descent view (unless another view is already open).
  const onSelect = (sel: DiagramSelection) => {
    select(sel);
    const { teachingTab, openTeaching } = useAppStore.getState();
    if (teachingTab === null || teachingTab === 'neuron') openTeaching('descent');
  };

  return (
    <section className="panel diagram-panel" aria-label="Network">
      <h2 className="panel-title">
        Network{' '}
        <span className="muted">
          {info ? `${info.parameterCount} parameters · ${hidden.length} hidden layers` : ''}
        </span>
        {shown && !evaluation && (
          <span className="dropout-title"> · {shown.dropped.length} dropped (grey)</span>
        )}
      </h2>
      <div className="chart-box diagram-box" id={'chart-network' satisfies ChartId} ref={boxRef}>
        {info && (
          <NetworkDiagram
            featureNames={info.featureNames}
            layers={info.layers}
            parameters={parameters ?? undefined}
            grid={grid ?? undefined}
            hidden={hidden}
            selectedIndex={selection?.index ?? null}
            onSelect={onSelect}
            onEditValue={setParameter}
            onTopology={onTopology}
            onHoverNeuron={setHoveredNeuron}
            onPickNeuron={focusNeuron}
            notes={notes}
            dropped={shown && !evaluation ? shown.dropped : null}
            topologyControls={!presenter}
          />
        )}
      </div>
      {dropout && shown && info && (
        <DropoutCaption
          dropout={dropout}
          layers={info.layers}
          shown={shown}
          evaluation={evaluation}
          onEvaluation={setEvaluation}
        />
      )}
    </section>
  );
}
