import { CONFIG_FIELDS } from '../engine/configRules';
import type { TrainingConfig } from '../engine/trainingConfig';
import { RUN_METRICS } from './checkpoints';
import type { CheckSpec, Mistake, RunMetric } from './checkpoints';
import { resolveLessonConfig } from './lessonConfig';
import { WIDGET_SPECS, drivesPlayground, isWidgetId, widgetOptionsProblem } from './widgetSpecs';
import type { WidgetId } from './widgetSpecs';
import { isMap } from './yamlBlock';

/** The panels a playground block can show: the output picture, the loss curve, the network. */
export const PANELS = ['output', 'loss', 'network'] as const;
/** One of PANELS. */
export type PanelName = (typeof PANELS)[number];

/** A compact live playground: a configuration, the controls shown and those locked. */
export interface PlaygroundBlock {
  kind: 'playground';
  /** Unique within the lesson; checkpoints may name it. */
  key: string;
  title: string;
  config: TrainingConfig;
  show: (keyof TrainingConfig)[];
  lock: (keyof TrainingConfig)[];
  panels: PanelName[];
  /** Training speed the block starts at, in steps per second; null is full speed. */
  speed: number | null;
}

/** A teaching widget from the registry with its options. */
export interface WidgetBlock {
  kind: 'widget';
  key: string;
  id: WidgetId;
  options: Record<string, unknown>;
  /** The resolved configuration for widgets that drive the live playground. */
  config: TrainingConfig | null;
  /** Training speed a live widget starts at, in steps per second; null is full speed. */
  speed: number | null;
}

/** A goal the app verifies live. */
export interface CheckpointBlock {
  kind: 'checkpoint';
  key: string;
  goal: string;
  hint: string;
  explanation: string;
  check: CheckSpec;
}

/** Any live block of a lesson. */
export type LessonBlock = PlaygroundBlock | WidgetBlock | CheckpointBlock;

/** A block that could not be read: the message names the problem; the caller adds the line. */
export class BlockError extends Error {}

const fail = (message: string): never => {
  throw new BlockError(message);
};

function text(v: unknown, name: string, required = false): string {
  if (v === undefined || v === null) return required ? fail(`"${name}" is missing`) : '';
  if (typeof v !== 'string' && typeof v !== 'number') fail(`"${name}" must be text`);
  return String(v);
}

function num(v: unknown, name: string): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(`"${name}" must be a number`);
  return v as number;
}

function knownKeys(m: Record<string, unknown>, allowed: string[], what: string): void {
  for (const k of Object.keys(m)) {
    if (!allowed.includes(k))
      fail(`unknown option "${k}" in a ${what} block (allowed: ${allowed.join(', ')})`);
  }
}

function fieldList(v: unknown, name: string): (keyof TrainingConfig)[] {
  if (v === undefined) return [];
  const list = typeof v === 'string' ? v.split(',').map((s) => s.trim()) : v;
  if (!Array.isArray(list)) return fail(`"${name}" must be a list of control names`);
  return list.map((f) =>
    typeof f === 'string' && Object.hasOwn(CONFIG_FIELDS, f)
      ? (f as keyof TrainingConfig)
      : fail(`"${name}" names an unknown control "${String(f)}"`),
  );
}

/** A block's `speed:` (steps per second, or `full`); absent means full speed. */
function speed(v: unknown): number | null {
  if (v === undefined || v === 'full') return null;
  if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v))
    return fail('"speed" must be a number of steps per second (for example 5) or full');
  return v;
}

function config(v: unknown): TrainingConfig {
  const r = resolveLessonConfig(v);
  return r.config ?? fail(`invalid playground configuration: ${r.problems.join('; ')}`);
}

/** Reads a playground block's YAML. `fallbackKey` names it when it has no id. */
export function readPlayground(v: unknown, fallbackKey: string): PlaygroundBlock {
  const m = isMap(v) ? v : fail('a playground block needs "config:" and other options');
  knownKeys(m, ['id', 'title', 'config', 'show', 'lock', 'panels', 'speed'], 'playground');
  const show = fieldList(m.show, 'show');
  const lock = fieldList(m.lock, 'lock');
  const panels = m.panels === undefined ? ['output', 'loss'] : m.panels;
  if (!Array.isArray(panels) || !panels.every((p) => (PANELS as readonly unknown[]).includes(p)))
    fail(`"panels" must be a list of ${PANELS.join(', ')}`);
  return {
    kind: 'playground',
    key: text(m.id, 'id') || fallbackKey,
    title: text(m.title, 'title'),
    config: config(m.config),
    show: [...show, ...lock.filter((f) => !show.includes(f))],
    lock,
    panels: panels as PanelName[],
    speed: speed(m.speed),
  };
}

/** Reads a widget block's YAML: an id from the registry and its options. */
export function readWidget(v: unknown, _fallbackKey: string): WidgetBlock {
  const m = isMap(v) ? v : fail('a widget block needs "id:"');
  knownKeys(m, ['id', 'key', 'options', 'speed'], 'widget');
  const id = m.id;
  if (!isWidgetId(id))
    fail(
      id === undefined
        ? 'a widget block needs "id:"'
        : `unknown widget "${String(id)}" (known: ${Object.keys(WIDGET_SPECS).join(', ')})`,
    );
  const wid = id as WidgetId;
  const options = m.options === undefined ? {} : m.options;
  if (!isMap(options)) return fail('"options" must be a list of name: value pairs');
  const problem = widgetOptionsProblem(wid, options);
  if (problem) fail(problem);
  let resolved: TrainingConfig | null = null;
  if (drivesPlayground(wid)) resolved = config(options.config);
  const start = speed(m.speed);
  if (start !== null && !resolved) fail(`widget "${wid}" does not train, so it has no "speed"`);
  return {
    kind: 'widget',
    key: text(m.key, 'key') || wid,
    id: wid,
    options,
    config: resolved,
    speed: start,
  };
}

function bounds(m: Record<string, unknown>) {
  const below = num(m.below, 'below');
  const above = num(m.above, 'above');
  if (below === undefined && above === undefined) fail('give "below:" or "above:"');
  return { below, above };
}

function check(m: Record<string, unknown>): CheckSpec {
  if (m.run !== undefined) {
    if (!(RUN_METRICS as readonly unknown[]).includes(m.run))
      fail(`"run" must be one of ${RUN_METRICS.join(', ')}`);
    if (m.require !== undefined && !isMap(m.require))
      fail('"require" must be a list of field: value pairs');
    for (const k of Object.keys((m.require as object | undefined) ?? {})) {
      if (!Object.hasOwn(CONFIG_FIELDS, k)) fail(`"require" names an unknown field "${k}"`);
    }
    return {
      kind: 'run',
      metric: m.run as RunMetric,
      ...bounds(m),
      maxParameters: num(m.maxParameters, 'maxParameters'),
      maxHiddenUnits: num(m.maxHiddenUnits, 'maxHiddenUnits'),
      maxEpoch: num(m.maxEpoch, 'maxEpoch'),
      minEpoch: num(m.minEpoch, 'minEpoch'),
      stoppedEarly: m.stoppedEarly === undefined ? undefined : m.stoppedEarly === true,
      require: m.require as Partial<Record<keyof TrainingConfig, unknown>> | undefined,
    };
  }
  if (m.answer !== undefined) {
    const tolerance = num(m.tolerance, 'tolerance') ?? 0.01;
    const mistakes = readMistakes(m.mistakes);
    if (typeof m.answer === 'number')
      return { kind: 'answer', value: m.answer, tolerance, mistakes };
    const a = isMap(m.answer) ? m.answer : fail('"answer" must be a number or widget + metric');
    return {
      kind: 'answer',
      widget: String(a.widget),
      metric: text(a.metric, 'metric', true),
      tolerance,
      mistakes,
    };
  }
  if (m.widget !== undefined) {
    return {
      kind: 'widget',
      widget: text(m.widget, 'widget', true),
      metric: text(m.metric, 'metric', true),
      ...bounds(m),
    };
  }
  if (m.choices !== undefined) {
    const options = m.choices;
    if (!Array.isArray(options) || options.length < 2)
      fail('"choices" must list two or more options');
    const correct = num(m.correct, 'correct');
    if (
      correct === undefined ||
      !Number.isInteger(correct) ||
      correct < 1 ||
      correct > (options as unknown[]).length
    )
      fail('"correct" must be the number of the right choice, counting from 1');
    const feedback = m.feedback;
    if (
      feedback !== undefined &&
      (!Array.isArray(feedback) || feedback.length !== (options as unknown[]).length)
    )
      fail('"feedback" must have one line per choice (use "" for none)');
    return {
      kind: 'choice',
      options: (options as unknown[]).map((o) => String(o)),
      correct: (correct as number) - 1,
      feedback:
        feedback === undefined ? undefined : (feedback as unknown[]).map((f) => String(f ?? '')),
    };
  }
  return fail('a checkpoint needs one of "run:", "widget:", "answer:" or "choices:"');
}

/** A checkpoint's `mistakes:` list: each `value:` or `times:` with what to `say:`. */
function readMistakes(v: unknown): Mistake[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) return fail('"mistakes" must be a list of { value or times, say }');
  return v.map((m): Mistake => {
    if (!isMap(m)) return fail('each mistake needs "value:" or "times:", and "say:"');
    const say = text(m.say, 'say', true);
    const value = num(m.value, 'value');
    const times = num(m.times, 'times');
    if ((value === undefined) === (times === undefined))
      return fail('each mistake needs exactly one of "value:" or "times:"');
    return value !== undefined ? { value, say } : { times: times!, say };
  });
}

/** Reads a checkpoint block's YAML: goal, hint, explanation and what to verify. */
export function readCheckpoint(v: unknown, fallbackKey: string): CheckpointBlock {
  const m = isMap(v) ? v : fail('a checkpoint block needs "goal:" and a check');
  knownKeys(
    m,
    [
      'id',
      'goal',
      'hint',
      'explanation',
      'run',
      'below',
      'above',
      'maxParameters',
      'maxHiddenUnits',
      'maxEpoch',
      'minEpoch',
      'stoppedEarly',
      'require',
      'widget',
      'metric',
      'answer',
      'tolerance',
      'choices',
      'correct',
      'feedback',
      'mistakes',
    ],
    'checkpoint',
  );
  return {
    kind: 'checkpoint',
    key: text(m.id, 'id') || fallbackKey,
    goal: text(m.goal, 'goal', true),
    hint: text(m.hint, 'hint'),
    explanation: text(m.explanation, 'explanation'),
    check: check(m),
  };
}
