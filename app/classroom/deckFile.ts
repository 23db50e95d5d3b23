import type { TrainingConfig } from '../engine/trainingConfig';
import { isWidgetScene } from './sceneKind';
import { readSceneWidget, type SceneWidget } from './sceneWidget';
import { isRecord, own, parseJsonText, quoteText } from './jsonText';
import type { Checked } from './jsonText';
import { pinnedRunJson, readPinnedRuns } from './pinnedRunFile';
import type { PinnedRun } from './pinnedRun';
import { readCaption } from './sceneCaption';
import { readSceneView, type SceneView } from './sceneView';
import { portabilityProblem, readConfig, readTrainedState } from './weightsFile';
import type { TrainedState } from './weightsFile';

/** The `format` field of a deck file. */
export const DECK_FORMAT = 'gradient-lab/deck';
/** The version this app writes and reads. */
export const DECK_VERSION = 1;
/** Scenes in one deck, at most. */
export const MAX_SCENES = 200;
/** Characters of a title, at most. */
export const MAX_TITLE = 120;

/**
 * One saved moment of a talk: a titled configuration, optionally with trained weights and
 * with how it is shown (the open teaching view and what it follows, speed, presenter mode).
 */
export interface PlaygroundScene {
  /** Absent in a deck file (every scene was a playground scene before widget scenes). */
  kind?: 'playground';
  title: string;
  /** Markdown with `$…$` math, shown as a title card before the scene (sceneCaption.ts). */
  caption?: string;
  config: TrainingConfig;
  weights?: TrainedState;
  view?: SceneView;
  /** Runs pinned beside the live one when the scene was saved. */
  pins?: PinnedRun[];
}

/**
 * A lesson widget shown as a scene of its own, filling the stage: its id and options exactly
 * as a lesson's widget block gives them (checked by the same widgetSpecs.ts code).
 * Example: { kind: 'widget', title: 'Activations', widget: { id: 'activation-explorer',
 * options: { initial: 'tanh' } } }.
 */
export interface WidgetScene {
  kind: 'widget';
  title: string;
  /** Markdown with `$…$` math, shown as a title card before the widget. */
  caption?: string;
  widget: SceneWidget;
}

/** A scene: a playground state or a widget. */
export type Scene = PlaygroundScene | WidgetScene;

/** An ordered list of scenes with a title. */
export interface Deck {
  title: string;
  scenes: Scene[];
}

/** A deck read back, with notices about repaired configuration fields. */
export interface ReadDeck {
  deck: Deck;
  notices: string[];
}

/**
 * A title as shown and stored: control characters removed, spaces collapsed, trimmed and cut
 * to MAX_TITLE characters; `fallback` when nothing is left.
 */
export function cleanTitle(raw: string, fallback: string): string {
  const t = raw
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TITLE);
  return t === '' ? fallback : t;
}

/**
 * The JSON text of a deck file. Reading it back gives an identical deck.
 * Shape: { format, version, title, scenes: [{ title, caption?, config, weights?, view?, pins? }
 * or { kind: 'widget', title, caption?, widget: { id, options } }] }.
 */
export function writeDeckFile(deck: Deck): string {
  return JSON.stringify(
    {
      format: DECK_FORMAT,
      version: DECK_VERSION,
      title: deck.title,
      scenes: deck.scenes.map((s) =>
        isWidgetScene(s)
          ? {
              kind: 'widget',
              title: s.title,
              ...(s.caption ? { caption: s.caption } : {}),
              widget: { id: s.widget.id, options: s.widget.options },
            }
          : {
              title: s.title,
              ...(s.caption ? { caption: s.caption } : {}),
              config: s.config,
              ...(s.weights ? { weights: s.weights } : {}),
              ...(s.view ? { view: s.view } : {}),
              ...(s.pins?.length ? { pins: s.pins.map(pinnedRunJson) } : {}),
            },
      ),
    },
    null,
    2,
  );
}

/**
 * Read a deck file's text. A malformed or hostile file is refused as a whole, with a message
 * naming the scene and what is wrong in it; nothing is half-imported.
 * Example: readDeckFile('{"format":"gradient-lab/deck","version":1,"scenes":5}')
 *   → { ok: false, error: 'The deck has no list of scenes.' }.
 */
export function readDeckFile(text: string): Checked<ReadDeck> {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  if (!isRecord(doc) || own(doc, 'format') !== DECK_FORMAT) {
    return {
      ok: false,
      error: `This is not a Gradient Lab deck file (its "format" should be "${DECK_FORMAT}").`,
    };
  }
  const version = own(doc, 'version');
  if (version !== DECK_VERSION) {
    return {
      ok: false,
      error: `This deck file has version "${quoteText(version)}"; this app reads version ${DECK_VERSION}.`,
    };
  }
  const rawScenes = own(doc, 'scenes');
  if (!Array.isArray(rawScenes)) return { ok: false, error: 'The deck has no list of scenes.' };
  if (rawScenes.length === 0) return { ok: false, error: 'The deck has no scenes.' };
  if (rawScenes.length > MAX_SCENES) {
    return {
      ok: false,
      error: `The deck has ${rawScenes.length} scenes; at most ${MAX_SCENES} are allowed.`,
    };
  }
  const rawTitle = own(doc, 'title');
  const scenes: Scene[] = [];
  const notices: string[] = [];
  for (let i = 0; i < rawScenes.length; i++) {
    const where = `Scene ${i + 1}: `;
    const raw: unknown = rawScenes[i];
    if (!isRecord(raw)) return { ok: false, error: `${where}not an object.` };
    const title = own(raw, 'title');
    if (title !== undefined && typeof title !== 'string') {
      return { ok: false, error: `${where}the title is not text.` };
    }
    const shownTitle = cleanTitle(title ?? '', `Scene ${i + 1}`);
    const named = `Scene ${i + 1} (“${shownTitle}”): `;
    const caption = readCaption(own(raw, 'caption'));
    if (!caption.ok) return { ok: false, error: `${named}${caption.error}` };
    const kind = own(raw, 'kind');
    if (kind === 'widget') {
      const widget = readSceneWidget(own(raw, 'widget'));
      if (!widget.ok) return { ok: false, error: `${named}${widget.error}` };
      const scene: WidgetScene = { kind: 'widget', title: shownTitle, widget: widget.value };
      if (caption.caption) scene.caption = caption.caption;
      scenes.push(scene);
      continue;
    }
    if (kind !== undefined && kind !== 'playground') {
      return {
        ok: false,
        error: `${named}its kind “${quoteText(kind)}” is not one this app shows (a playground scene or "widget").`,
      };
    }
    const cfg = readConfig(own(raw, 'config'), where);
    if (!cfg.ok) return cfg;
    const unportable = portabilityProblem(cfg.value.config);
    if (unportable) return { ok: false, error: `${where}${unportable}` };
    notices.push(...cfg.value.notices);
    const scene: PlaygroundScene = { title: shownTitle, config: cfg.value.config };
    if (caption.caption) scene.caption = caption.caption;
    const weights = own(raw, 'weights');
    if (weights !== undefined) {
      const state = readTrainedState(weights, cfg.value.config, `${where}the weights do not fit: `);
      if (!state.ok) return state;
      scene.weights = state.value;
    }
    const view = readSceneView(own(raw, 'view'));
    if (view) scene.view = view;
    const pins = own(raw, 'pins');
    if (pins !== undefined) {
      const read = readPinnedRuns(pins, named);
      if (!read.ok) return read;
      if (read.value.pins.length) scene.pins = read.value.pins;
      notices.push(...read.value.notices);
    }
    scenes.push(scene);
  }
  return {
    ok: true,
    value: {
      deck: {
        title: cleanTitle(typeof rawTitle === 'string' ? rawTitle : '', 'Untitled deck'),
        scenes,
      },
      notices,
    },
  };
}
