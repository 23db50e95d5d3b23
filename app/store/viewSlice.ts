import type { StateCreator } from 'zustand';
import { sameNeuron, type NeuronNote, type NeuronRef } from '../engine/neuronRef';
import { DEFAULT_SPEED_INDEX } from './speedScale';
import { withNotice } from './notices';
import type { NoticeGroup, NoticeOptions, NoticeTone, ShownNotice } from './notices';
import type { AppState } from './store';

/** A parameter picked on the network diagram: its index in the flat vector and what it is. */
export interface Selection {
  index: number;
  /** E.g. 'weight', 'bias'. */
  kind?: string;
  /** A readable name, e.g. 'w from x₁ to neuron 2 of layer 1'. */
  label?: string;
}

/** The teaching views under the network diagram. */
export type TeachingTab = 'descent' | 'surface' | 'backprop' | 'neuron' | 'batchnorm';

/** The collapsible control sections of the left column. */
export type SectionId = 'data' | 'features' | 'network' | 'training' | 'display';

/** How the page shows things; none of it changes the training run. */
export interface ViewSlice {
  speedIndex: number;
  logScale: boolean;
  showTest: boolean;
  discretize: boolean;
  selection: Selection | null;
  /** The neuron under the pointer on the diagram, or null. */
  hoveredNeuron: NeuronRef | null;
  /** Messages for the user, oldest first (see notices.ts). */
  notices: ShownNotice[];
  openSections: Record<SectionId, boolean>;
  /** Whether the network diagram is on screen (neuron pictures are only asked for then). */
  diagramVisible: boolean;
  /** Side of the output plot in device pixels (0 before layout): sets its picture's cells. */
  outputPixels: number;
  /** The open teaching view, or null when the panel is folded away. */
  teachingTab: TeachingTab | null;
  /** The data-set row followed by the backpropagation view (and the neuron focus). */
  exampleRow: number | null;
  /** The two parameters of the loss-surface view. */
  surfacePair: [number, number] | null;
  /** The neuron in focus (layer 0 = first hidden). */
  focusNeuron: NeuronRef | null;
  /** Numbers the backprop step-through writes beside neurons on the diagram. */
  diagramNotes: readonly NeuronNote[] | null;
  /** Where the backprop step-through stands: its phase and, where a phase needs more than one screen, its page. */
  backpropPhase: number;
  backpropPage: number;
  /** Phases and pages of the current phase, as the step-through last laid them out. */
  backpropPaging: { phases: number; pages: number };
  setSpeedIndex(index: number): void;
  setDisplay(patch: Partial<Pick<ViewSlice, 'logScale' | 'showTest' | 'discretize'>>): void;
  select(selection: Selection | null): void;
  setHoveredNeuron(neuron: NeuronRef | null): void;
  /** Tell the user something, once (a message already shown is not repeated). */
  addNotice(message: string, tone?: NoticeTone, options?: NoticeOptions): void;
  dismissNotice(id: number): void;
  /** Dismiss every notice of a group (a folded summary's ×). */
  dismissGroup(group: NoticeGroup): void;
  /** Put every notice away at once (Esc). */
  dismissNotices(): void;
  toggleSection(id: SectionId): void;
  setDiagramVisible(visible: boolean): void;
  setOutputPixels(pixels: number): void;
  openTeaching(tab: TeachingTab | null): void;
  pickExample(row: number | null): void;
  setSurfacePair(pair: [number, number] | null): void;
  setFocusNeuron(neuron: NeuronRef | null): void;
  setDiagramNotes(notes: readonly NeuronNote[] | null): void;
  /** Go to a phase of the step-through (clamped), at its first page. */
  setBackpropPhase(phase: number): void;
  setBackpropPaging(paging: { phases: number; pages: number }): void;
  /**
   * The clicker's next/previous in the open view: the next page or phase of the step-through,
   * the next weight of the weight descent, the next neuron of the neuron view.
   */
  stepInView(direction: 1 | -1): void;
}

/** One page (or, at a phase's end, one phase) further through the step-through. */
function stepBackprop(
  s: AppState,
  set: (patch: Partial<AppState>) => void,
  direction: 1 | -1,
): void {
  const { phases, pages } = s.backpropPaging;
  const page = s.backpropPage + direction;
  if (page >= 0 && page < pages) return set({ backpropPage: page });
  const phase = s.backpropPhase + direction;
  if (phase < 0 || phase >= phases) return;
  // Backwards lands on the last page of the previous phase once it is laid out.
  set({ backpropPhase: phase, backpropPage: direction > 0 ? 0 : Number.MAX_SAFE_INTEGER });
}

let noticeId = 0;

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  speedIndex: DEFAULT_SPEED_INDEX,
  logScale: false,
  showTest: false,
  discretize: false,
  selection: null,
  hoveredNeuron: null,
  notices: [],
  openSections: { data: true, features: false, network: true, training: true, display: false },
  diagramVisible: true,
  outputPixels: 0,
  teachingTab: null,
  exampleRow: null,
  surfacePair: null,
  focusNeuron: null,
  diagramNotes: null,
  backpropPhase: 0,
  backpropPage: 0,
  backpropPaging: { phases: 1, pages: 1 },
  setSpeedIndex(index) {
    // connectTraining forwards the new speed to the worker.
    set({ speedIndex: index });
  },
  setDisplay(patch) {
    set(patch);
  },
  select(selection) {
    set({ selection });
  },
  setHoveredNeuron(neuron) {
    if (!sameNeuron(get().hoveredNeuron, neuron)) set({ hoveredNeuron: neuron });
  },
  addNotice(message, tone = 'info', options = {}) {
    const notices = withNotice(get().notices, { ...options, id: ++noticeId, message, tone });
    if (notices !== get().notices) set({ notices });
  },
  dismissNotice(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
  dismissGroup(group) {
    set({ notices: get().notices.filter((n) => n.group !== group) });
  },
  dismissNotices() {
    if (get().notices.length > 0) set({ notices: [] });
  },
  toggleSection(id) {
    set({ openSections: { ...get().openSections, [id]: !get().openSections[id] } });
  },
  setDiagramVisible(visible) {
    if (get().diagramVisible !== visible) set({ diagramVisible: visible });
  },
  setOutputPixels(pixels) {
    if (get().outputPixels !== pixels) set({ outputPixels: pixels });
  },
  openTeaching(tab) {
    set({ teachingTab: tab });
  },
  pickExample(row) {
    // A new example starts the step-through again from the first layer.
    set({ exampleRow: row, backpropPhase: 0, backpropPage: 0 });
  },
  setSurfacePair(pair) {
    set({ surfacePair: pair });
  },
  setFocusNeuron(neuron) {
    set({ focusNeuron: neuron });
  },
  setDiagramNotes(notes) {
    set({ diagramNotes: notes });
  },
  setBackpropPhase(phase) {
    const last = Math.max(0, get().backpropPaging.phases - 1);
    set({ backpropPhase: Math.max(0, Math.min(last, phase)), backpropPage: 0 });
  },
  setBackpropPaging(paging) {
    const old = get().backpropPaging;
    const page = Math.min(get().backpropPage, Math.max(0, paging.pages - 1));
    if (old.phases === paging.phases && old.pages === paging.pages && page === get().backpropPage)
      return;
    set({ backpropPaging: paging, backpropPage: page });
  },
  stepInView(direction) {
    const s = get();
    if (s.teachingTab === 'backprop') return stepBackprop(s, set, direction);
    if (s.teachingTab === 'descent' && s.info) {
      const n = s.info.parameterCount;
      const at = s.selection?.index ?? (direction > 0 ? -1 : n);
      const index = Math.max(0, Math.min(n - 1, at + direction));
      if (index !== s.selection?.index) set({ selection: { index } });
    }
    if ((s.teachingTab === 'neuron' || s.teachingTab === 'batchnorm') && s.info) {
      // The batch-norm view follows hidden neurons only (the output layer is not normalised).
      const layers = s.info.layers.slice(0, s.teachingTab === 'neuron' ? undefined : -1);
      const list = layers.flatMap((l, layer) =>
        Array.from({ length: l.units }, (_, unit) => ({ layer, unit })),
      );
      const now = s.focusNeuron ?? { layer: 0, unit: 0 };
      const k = list.findIndex((r) => sameNeuron(r, now));
      const next = list[Math.max(0, Math.min(list.length - 1, k + direction))];
      if (next) set({ focusNeuron: next });
    }
  },
});
