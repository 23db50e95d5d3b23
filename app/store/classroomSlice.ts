import type { StateCreator } from 'zustand';
import { isWidgetScene } from '../classroom/sceneKind';
import type { Deck, PlaygroundScene } from '../classroom/deckFile';
import { nextRate } from '../classroom/learningRateSteps';
import { sameConfig } from '../engine/configRules';
import type { TrainingConfig } from '../engine/trainingConfig';
import type { TrainedState } from '../classroom/weightsFile';
import { historyChunk, saveHistory } from '../classroom/savedHistory';
import type { SceneView } from '../classroom/sceneView';
import type { SavedTraining } from '../worker/protocol';
import { DEFAULT_SPEED_INDEX } from './speedScale';
import type { AppState } from './store';

/** The classroom dialogs; each loads its code on first use. */
export type ClassroomPanel = 'shortcuts' | 'share' | 'scenes' | 'export';

/** Presenting: presenter theme, a blanked screen, the open dialog and the deck of scenes. */
export interface ClassroomSlice {
  presenter: boolean;
  /** The screen is blanked (a clicker's B key), e.g. while the teacher talks. */
  blank: boolean;
  panel: ClassroomPanel | null;
  deck: Deck;
  /** Position in the deck of the scene on screen, or −1 before any was shown. */
  sceneIndex: number;
  /** The scene's caption is shown as a title card over it, until PageDown, Esc or a click. */
  titleCard: boolean;
  setPresenter(on: boolean): void;
  toggleBlank(): void;
  openPanel(panel: ClassroomPanel | null): void;
  /** Replace the deck (an import, a reorder); the position is kept when it still exists. */
  setDeck(deck: Deck): void;
  /**
   * Training as it stands in the worker: weights, counters, optimiser state and batch-norm
   * statistics (the last snapshot's weights if the worker cannot answer); null before any.
   */
  saveTraining(): Promise<TrainedState | null>;
  /** The current configuration (and, if asked, the trained state) as a scene, with the pinned runs. */
  captureScene(title: string, withWeights: boolean): Promise<PlaygroundScene>;
  /**
   * Show scene i: its configuration and pinned runs, then its weights or a fresh start (a
   * widget scene: its widget over the paused playground); a captioned scene opens on its
   * title card unless `card` is false.
   */
  goToScene(index: number, card?: boolean): void;
  /**
   * The clicker's next or previous step through the deck, title cards included: forward, a
   * captioned scene's card, then the scene, then the next card; backward exactly in reverse
   * (from a scene back to its own card, from a card to the previous scene as it was left).
   */
  stepScene(direction: 1 | -1): void;
  /** Put the title card away and show the scene under it. */
  dismissTitleCard(): void;
  /** Multiply the learning rate up or down one step of RATE_STEPS. */
  stepLearningRate(direction: 1 | -1): void;
  /** Adopt a configuration and continue from trained weights (an imported file). */
  loadTrained(config: TrainingConfig, state: TrainedState): void;
  /** How the page shows things now, as a scene keeps it. */
  sceneView(): SceneView;
  /** Show a scene's view: its teaching view and what it follows, speed and presenter mode. */
  applySceneView(view: SceneView): void;
  /**
   * A scene's view waiting for the new network to be built (a new shape clears selections),
   * with the time it was asked for; null when none is waiting.
   */
  pendingView: { view: SceneView; at: number } | null;
}

/** The worker's training state as a file keeps it (plain lists instead of typed arrays). */
export function trainedStateOf({ parameters, epoch, step, extras }: SavedTraining): TrainedState {
  return {
    epoch,
    step,
    parameters: Array.from(parameters),
    extras: {
      m: Array.from(extras.m),
      s: Array.from(extras.s),
      t: extras.t,
      runMean: extras.runMean.map((a) => Array.from(a)),
      runVar: extras.runVar.map((a) => Array.from(a)),
    },
  };
}

/** The classroom slice: starts out of presenter mode with an empty deck. */
export const createClassroomSlice: StateCreator<AppState, [], [], ClassroomSlice> = (set, get) => ({
  presenter: false,
  blank: false,
  panel: null,
  deck: { title: 'Untitled deck', scenes: [] },
  sceneIndex: -1,
  titleCard: false,
  pendingView: null,
  setPresenter(on) {
    set({ presenter: on });
  },
  toggleBlank() {
    set({ blank: !get().blank });
  },
  openPanel(panel) {
    set({ panel });
  },
  setDeck(deck) {
    const i = get().sceneIndex;
    const sceneIndex = i < deck.scenes.length ? i : deck.scenes.length - 1;
    // A card stays only while its scene still has a caption to show.
    const titleCard = get().titleCard && !!deck.scenes[sceneIndex]?.caption;
    set({ deck, sceneIndex, titleCard });
  },
  async saveTraining() {
    const answer = await get().trainer.probe({ kind: 'state' });
    const s = get();
    const state: TrainedState | null =
      answer?.kind === 'state'
        ? trainedStateOf(answer.state)
        : s.parameters
          ? { epoch: s.epoch, step: s.step, parameters: [...s.parameters] }
          : null;
    // The loss curve as the page drew it, so a scene's chart goes on from where it was.
    const history = state ? saveHistory(s.history, state.epoch) : null;
    if (state && history && history.epoch.length > 0) state.history = history;
    return state;
  },
  async captureScene(title, withWeights) {
    const config = get().config;
    const scene: PlaygroundScene = { title, config, view: get().sceneView() };
    const weights = withWeights ? await get().saveTraining() : null;
    if (weights) scene.weights = weights;
    if (get().pins.length) scene.pins = get().pins;
    return scene;
  },
  goToScene(index, card = true) {
    const scene = get().deck.scenes[index];
    if (!scene) return;
    if (isWidgetScene(scene)) {
      // The widget takes the stage; the playground under it stops where it is (nothing
      // trains unseen) and keeps its state until a playground scene brings its own.
      get().pause();
      set({ sceneIndex: index, titleCard: card && !!scene.caption, pendingView: null });
      return;
    }
    // A scene brings its own pinned runs (none when it kept none).
    set({ sceneIndex: index, pins: scene.pins ?? [], titleCard: card && !!scene.caption });
    // A scene's view is shown now and once more when its network has been built.
    if (scene.view) set({ pendingView: { view: scene.view, at: Date.now() } });
    else set({ pendingView: null, teachingTab: null });
    if (scene.weights) get().loadTrained(scene.config, scene.weights);
    else {
      get().pause();
      if (!sameConfig(get().config, scene.config))
        set({ config: scene.config, configSource: 'user' });
      // A scene without weights starts fresh, even where only hyperparameters differ.
      get().reset();
    }
    if (scene.view) get().applySceneView(scene.view);
  },
  stepScene(direction) {
    const { sceneIndex: i, titleCard, deck } = get();
    if (direction === 1) {
      if (titleCard) return set({ titleCard: false });
      if (i + 1 < deck.scenes.length) get().goToScene(i + 1);
      return;
    }
    if (titleCard) {
      // Before the first scene's card there is nothing to go back to.
      if (i > 0) get().goToScene(i - 1, false);
      return;
    }
    if (deck.scenes[i]?.caption) return set({ titleCard: true });
    get().goToScene(Math.max(0, i - 1), false);
  },
  dismissTitleCard() {
    set({ titleCard: false });
  },
  sceneView() {
    const s = get();
    return {
      tab: s.teachingTab,
      selection: s.selection?.index ?? null,
      exampleRow: s.exampleRow,
      focusNeuron: s.focusNeuron ? { layer: s.focusNeuron.layer, unit: s.focusNeuron.unit } : null,
      surfacePair: s.surfacePair ? [s.surfacePair[0], s.surfacePair[1]] : null,
      backpropPhase: s.backpropPhase,
      speedIndex: s.speedIndex,
      presenter: s.presenter,
    };
  },
  applySceneView(view) {
    const s = get();
    if (s.speedIndex !== (view.speedIndex ?? DEFAULT_SPEED_INDEX))
      s.setSpeedIndex(view.speedIndex ?? DEFAULT_SPEED_INDEX);
    set({
      teachingTab: view.tab,
      selection: view.selection === null ? null : { index: view.selection },
      exampleRow: view.exampleRow,
      focusNeuron: view.focusNeuron,
      surfacePair: view.surfacePair,
      backpropPhase: view.backpropPhase,
      backpropPage: 0,
      // A scene made while presenting turns presenter mode on; one made at the desk leaves it.
      ...(view.presenter ? { presenter: true } : {}),
    });
  },
  stepLearningRate(direction) {
    get().setConfig({ learningRate: nextRate(get().config.learningRate, direction) });
  },
  loadTrained(config, state) {
    get().pause();
    if (!sameConfig(get().config, config)) set({ config, configSource: 'user' });
    // The store sends the configuration to the worker as it changes, so this comes after it.
    get().trainer.restore(
      Float64Array.from(state.parameters),
      state.epoch,
      state.step,
      state.extras,
      state.history ? historyChunk(state.history) : undefined,
    );
    set({ status: 'paused', divergence: null, trouble: null, doneReason: null });
  },
});
