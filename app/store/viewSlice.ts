import type { StateCreator } from 'zustand';
import { sameNeuron, type NeuronNote, type NeuronRef } from '../engine/neuronRef';
import { DEFAULT_SPEED_INDEX, speedAt } from './speedScale';
import type { AppState } from './store';
import { getTrainer } from './trainer';

/** A parameter picked on the network diagram: its index in the flat vector and what it is. */
export interface Selection {
  index: number;
  /** E.g. 'weight', 'bias'. */
  kind?: string;
  /** A readable name, e.g. 'w from x₁ to neuron 2 of layer 1'. */
  label?: string;
}

/** A message to the user: always plain text, never HTML. */
export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'warning';
}

/** The teaching views under the network diagram. */
export type TeachingTab = 'descent' | 'surface' | 'backprop' | 'neuron';

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
  notices: Notice[];
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
  setSpeedIndex(index: number): void;
  setDisplay(patch: Partial<Pick<ViewSlice, 'logScale' | 'showTest' | 'discretize'>>): void;
  select(selection: Selection | null): void;
  setHoveredNeuron(neuron: NeuronRef | null): void;
  addNotice(text: string, tone?: Notice['tone']): void;
  dismissNotice(id: number): void;
  toggleSection(id: SectionId): void;
  setDiagramVisible(visible: boolean): void;
  setOutputPixels(pixels: number): void;
  openTeaching(tab: TeachingTab | null): void;
  pickExample(row: number | null): void;
  setSurfacePair(pair: [number, number] | null): void;
  setFocusNeuron(neuron: NeuronRef | null): void;
  setDiagramNotes(notes: readonly NeuronNote[] | null): void;
}

/** Notices kept at once; older ones drop off. */
const MAX_NOTICES = 6;
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
  setSpeedIndex(index) {
    getTrainer().setSpeed(speedAt(index));
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
  addNotice(text, tone = 'info') {
    // The same message twice in a row is one notice.
    if (get().notices.some((n) => n.text === text)) return;
    const notices = [...get().notices, { id: ++noticeId, text, tone }].slice(-MAX_NOTICES);
    set({ notices });
  },
  dismissNotice(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
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
    set({ exampleRow: row });
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
});
