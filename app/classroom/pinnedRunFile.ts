import { OUTLINE_RES, type BoundaryOutline } from '../engine/boundaryOutline';
import { isRecord, own, quoteText } from './jsonText';
import type { Checked } from './jsonText';
import { MAX_PIN_NAME, MAX_PIN_POINTS, MAX_PINS } from './pinnedRun';
import type { PinnedHistory, PinnedRun, RunFigures } from './pinnedRun';
import { portabilityProblem, readConfig, readTrainedState } from './weightsFile';
import type { TrainedState } from './weightsFile';

// Reading pinned runs back from a file. JSON writes NaN and ±∞ as null; they come back as NaN.

type Fail = { ok: false; error: string };
const fail = (error: string): Fail => ({ ok: false, error });

/** A number, or null read as NaN; undefined for anything else. */
function figure(v: unknown): number | undefined {
  if (v === null) return NaN;
  return typeof v === 'number' ? v : undefined;
}

function readFigures(input: unknown): RunFigures | string {
  if (!isRecord(input)) return 'its figures are missing.';
  const out: Record<string, number> = {};
  for (const key of [
    'epoch',
    'trainLoss',
    'validationLoss',
    'testLoss',
    'trainAccuracy',
    'testAccuracy',
  ] as const) {
    const v = figure(own(input, key));
    if (v === undefined) return `its figure "${key}" is not a number.`;
    out[key] = v;
  }
  if (!Number.isSafeInteger(out.epoch) || out.epoch! < 0)
    return 'its epoch is not a whole number ≥ 0.';
  return out as unknown as RunFigures;
}

function readHistory(input: unknown): PinnedHistory | string {
  if (!isRecord(input)) return 'its loss history is missing.';
  const keys = ['epoch', 'trainLoss', 'testLoss', 'validationLoss'] as const;
  const lists: number[][] = [];
  for (const key of keys) {
    const raw = own(input, key);
    if (!Array.isArray(raw)) return `its loss history has no list "${key}".`;
    if (raw.length > MAX_PIN_POINTS)
      return `its loss history has ${raw.length} points; at most ${MAX_PIN_POINTS} are allowed.`;
    const values = raw.map(figure);
    if (values.some((v) => v === undefined)) return `its loss history "${key}" holds non-numbers.`;
    lists.push(values as number[]);
  }
  const n = lists[0]!.length;
  if (lists.some((l) => l.length !== n)) return 'its loss history lists differ in length.';
  if (lists[0]!.some((e, i) => !Number.isFinite(e) || (i > 0 && e < lists[0]![i - 1]!)))
    return 'its loss history epochs are not rising numbers.';
  const [epoch, trainLoss, testLoss, validationLoss] = lists as [
    number[],
    number[],
    number[],
    number[],
  ];
  return { epoch, trainLoss, testLoss, validationLoss };
}

function readPlane(v: unknown): BoundaryOutline['plane'] | null {
  const range = (r: unknown): r is [number, number] =>
    Array.isArray(r) &&
    r.length === 2 &&
    r.every((x) => typeof x === 'number' && Number.isFinite(x)) &&
    r[0] < r[1];
  return Array.isArray(v) && v.length === 2 && range(v[0]) && range(v[1])
    ? [
        [v[0][0], v[0][1]],
        [v[1][0], v[1][1]],
      ]
    : null;
}

function readOutline(input: unknown): BoundaryOutline | null | string {
  if (input === null || input === undefined) return null;
  if (!isRecord(input)) return 'its boundary outline is not an object.';
  const res = own(input, 'res');
  if (typeof res !== 'number' || !Number.isInteger(res) || res < 2 || res > OUTLINE_RES)
    return `its boundary outline has ${quoteText(res)} points a side; it must be 2 to ${OUTLINE_RES}.`;
  const plane = readPlane(own(input, 'plane'));
  if (!plane) return 'its boundary outline has no valid plane (two rising ranges).';
  const axes = own(input, 'axes');
  if (
    !Array.isArray(axes) ||
    axes.length !== 2 ||
    !axes.every((a) => Number.isInteger(a) && a >= 0)
  )
    return 'its boundary outline has no valid pair of axes.';
  const pair: [number, number] = [axes[0] as number, axes[1] as number];
  const points = res * res;
  const kind = own(input, 'kind');
  if (kind === 'level') {
    const level = own(input, 'level');
    const values = own(input, 'values');
    if (typeof level !== 'number' || !Number.isFinite(level))
      return 'its boundary outline has no level.';
    if (!Array.isArray(values) || values.length !== points)
      return `its boundary outline needs ${points} values for ${res} × ${res} points.`;
    if (!values.every((v) => typeof v === 'number' && Number.isFinite(v)))
      return 'its boundary outline holds values that are not finite numbers.';
    return { res, plane, axes: pair, kind, level, values: values as number[] };
  }
  if (kind === 'classes') {
    const classes = own(input, 'classes');
    const labels = own(input, 'labels');
    if (typeof classes !== 'number' || !Number.isInteger(classes) || classes < 2 || classes > 64)
      return 'its boundary outline has no valid number of classes.';
    if (!Array.isArray(labels) || labels.length !== points)
      return `its boundary outline needs ${points} class labels for ${res} × ${res} points.`;
    if (!labels.every((c) => Number.isInteger(c) && c >= 0 && c < classes))
      return `its boundary outline holds labels that are not classes 0 to ${classes - 1}.`;
    return { res, plane, axes: pair, kind, classes, labels: labels as number[] };
  }
  return `its boundary outline kind "${quoteText(kind)}" is unknown.`;
}

/** One pinned run read back, with notices about repaired configuration fields. */
function readPinnedRun(
  input: unknown,
  slot: number,
  where: string,
): Checked<{ pin: PinnedRun; notices: string[] }> {
  if (!isRecord(input)) return fail(`${where}not an object.`);
  const name = own(input, 'name');
  if (name !== undefined && typeof name !== 'string') return fail(`${where}its name is not text.`);
  const cfg = readConfig(own(input, 'config'), where);
  if (!cfg.ok) return cfg;
  const config = cfg.value.config;
  const unportable = portabilityProblem(config);
  if (unportable) return fail(`${where}${unportable}`);
  const figures = readFigures(own(input, 'figures'));
  if (typeof figures === 'string') return fail(where + figures);
  const history = readHistory(own(input, 'history'));
  if (typeof history === 'string') return fail(where + history);
  const outline = readOutline(own(input, 'outline'));
  if (typeof outline === 'string') return fail(where + outline);
  let weights: TrainedState | null = null;
  const rawWeights = own(input, 'weights');
  if (rawWeights !== undefined && rawWeights !== null) {
    const state = readTrainedState(rawWeights, config, `${where}the weights do not fit: `);
    if (!state.ok) return state;
    weights = state.value;
  }
  const clean = (typeof name === 'string' ? name : '').replace(/\p{Cc}/gu, ' ').trim();
  return {
    ok: true,
    value: {
      pin: {
        slot,
        name: clean.slice(0, MAX_PIN_NAME) || `Pin ${slot + 1}`,
        config,
        figures,
        history,
        outline,
        weights,
      },
      notices: cfg.value.notices,
    },
  };
}

/**
 * Read a scene's list of pinned runs. Anything that does not fit (more than MAX_PINS runs,
 * weights of another network's size, an outline or history of the wrong length or too large)
 * refuses the whole list with a message that starts with `where` and names the run.
 * Slots are given in list order. Example: 5 runs → 'Scene 2: it pins 5 runs; at most 4 …'.
 */
export function readPinnedRuns(
  input: unknown,
  where: string,
): Checked<{ pins: PinnedRun[]; notices: string[] }> {
  if (!Array.isArray(input)) return fail(`${where}its pinned runs are not a list.`);
  if (input.length > MAX_PINS)
    return fail(`${where}it pins ${input.length} runs; at most ${MAX_PINS} are allowed.`);
  const pins: PinnedRun[] = [];
  const notices: string[] = [];
  for (let k = 0; k < input.length; k++) {
    const read = readPinnedRun(input[k], k, `${where}pinned run ${k + 1}: `);
    if (!read.ok) return read;
    pins.push(read.value.pin);
    notices.push(...read.value.notices);
  }
  return { ok: true, value: { pins, notices } };
}

/** A pinned run as a file keeps it (its slot follows from its place in the list). */
export function pinnedRunJson(pin: PinnedRun): Omit<PinnedRun, 'slot'> {
  const { name, config, figures, history, outline, weights } = pin;
  return { name, config, figures, history, outline, weights };
}
