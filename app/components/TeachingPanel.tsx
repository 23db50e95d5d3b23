import { lazy, Suspense } from 'react';
import { useAppStore } from '../store/store';
import type { TeachingTab } from '../store/viewSlice';
import { neuronExists, type NeuronRef } from '../engine/neuronRef';

/** `short` is what a projector at 1024 or 1280 px shows, so the five tabs stay on one line. */
const TABS: { id: TeachingTab; label: string; short: string; title: string }[] = [
  {
    id: 'descent',
    label: 'Weight descent',
    short: 'Descent',
    title: 'One weight or bias rolling down its loss curve: slope, step and new value',
  },
  {
    id: 'surface',
    label: 'Loss surface',
    short: 'Surface',
    title: 'The loss over two weights as a contour map, with the path the optimiser took',
  },
  {
    id: 'backprop',
    label: 'Backprop',
    short: 'Backprop',
    title: 'One example forward and backward through the network, with every number',
  },
  {
    id: 'neuron',
    label: 'Neuron',
    short: 'Neuron',
    title: 'One neuron up close: its weights, bias, z and a as a worked sum',
  },
  {
    id: 'batchnorm',
    label: 'Batch norm',
    short: 'Batch norm',
    title:
      'A hidden layer over the batch: its sums before and after batch normalisation, γ, β and the running statistics; without batch norm, how many activations saturate',
  },
];

const TeachingView = lazy(() => import('./TeachingViews'));

/**
 * The teaching views under the network diagram, one tab at a time: per-weight descent, the loss
 * surface and its race, the backpropagation step-through, the neuron focus and a layer's batch
 * statistics. Selecting an edge
 * on the diagram, a point on the data plot or a neuron opens the matching tab.
 */
export function TeachingPanel() {
  const tab = useAppStore((s) => s.teachingTab);
  const openTeaching = useAppStore((s) => s.openTeaching);
  const info = useAppStore((s) => s.info);
  return (
    <section className={`panel teaching-panel${tab ? ' open' : ''}`} aria-label="Inside the step">
      <div className="teaching-tabs" role="tablist" aria-label="Teaching views">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={tab === t.id ? 'teaching-view' : undefined}
            title={t.title}
            aria-label={t.label}
            onClick={() => openTeaching(tab === t.id ? null : t.id)}
          >
            <span className="tab-full">{t.label}</span>
            <span className="tab-short">{t.short}</span>
          </button>
        ))}
        {tab && (
          <button
            type="button"
            className="teaching-close"
            aria-label="Close the teaching view"
            title="Fold the view away (the network gets the room back)"
            onClick={() => openTeaching(null)}
          >
            ×
          </button>
        )}
      </div>
      {tab && info && (
        <div
          className="teaching-view"
          id="teaching-view"
          role="tabpanel"
          aria-labelledby={`tab-${tab}`}
        >
          <Suspense fallback={<p className="view-message">Loading the view…</p>}>
            <TeachingView tab={tab} info={info} />
          </Suspense>
        </div>
      )}
    </section>
  );
}

/**
 * Open the neuron view on a hidden or output neuron (exported for the diagram panel); a
 * reference the current network does not have, or an input, is ignored.
 */
export function focusNeuron(neuron: NeuronRef): void {
  const { info, setFocusNeuron, openTeaching } = useAppStore.getState();
  if (!info || neuron.layer < 0 || !neuronExists(neuron, info.layers[0]?.fanIn ?? 0, info.layers))
    return;
  setFocusNeuron({ layer: neuron.layer, unit: neuron.unit });
  openTeaching('neuron');
}
