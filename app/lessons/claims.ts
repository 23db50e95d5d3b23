import type { TrainingConfig } from '../engine/trainingConfig';
import type { ParsedLesson } from './parseLesson';
import { resolveLessonConfig } from './lessonConfig';
import { isMap, readYaml } from './yamlBlock';

/**
 * What a claim can measure on a finished run (after its epochs):
 *  - trainLoss, validationLoss, testLoss, trainAccuracy, testAccuracy: the run's last values
 *    (validationLoss NaN without a validation set);
 *  - bestTestLoss: the lowest test loss of the run; testLossRise: the last minus the lowest;
 *  - diverged: 1 when the run diverged, else 0;
 *  - hiddenMoved: the largest change of a first-layer weight or bias from its start;
 *  - hiddenSpread: the largest difference between two first-layer neurons' weights and biases
 *    (0 when every neuron is a copy of the others);
 *  - lossRises: the fraction of steps after which the whole training set's loss is higher
 *    than before the step (0 for a smooth descent; a measure of a batch size's noise);
 *  - firstExampleActive, firstExampleClipped: how many first-layer neurons have z > 0 (and
 *    how many z ≤ 0, which ReLU clips to 0) on the first training example, the one the
 *    backpropagation step-through opens on.
 */
export const CLAIM_MEASURES = [
  'trainLoss',
  'validationLoss',
  'testLoss',
  'trainAccuracy',
  'testAccuracy',
  'bestTestLoss',
  'testLossRise',
  'diverged',
  'hiddenMoved',
  'hiddenSpread',
  'lossRises',
  'firstExampleActive',
  'firstExampleClipped',
] as const;
/** One of CLAIM_MEASURES. */
export type ClaimMeasure = (typeof CLAIM_MEASURES)[number];

/** One run a claim measures: the block's configuration with some fields changed. */
export interface ClaimRun {
  config: TrainingConfig;
  /** The changed fields, as written (for the report). */
  change: Record<string, unknown>;
  epochs: number;
}

/**
 * A sentence of a lesson that a live block demonstrates, as the engine can check it: a run of
 * that block's configuration, a measure, and either a fixed bound or a comparison with a
 * second run by a margin.
 */
export interface Claim {
  /** The lesson's file name or id, and the claim block's line, for reports. */
  lesson: string;
  line: number;
  says: string;
  block: string;
  measure: ClaimMeasure;
  run: ClaimRun;
  below?: number;
  above?: number;
  /** Compared with another run of the block: lower (or higher) than its measure by `by`. */
  compare?: { direction: 'lower' | 'higher'; run: ClaimRun; by: number };
}

/** A claim block that cannot be checked, with its line. */
export interface ClaimProblem {
  lesson: string;
  line: number;
  message: string;
}

const FENCE = /^(\s{0,3})(`{3,}|~{3,})\s*claim\s*$/;
const KEYS = [
  'says',
  'block',
  'epochs',
  'change',
  'measure',
  'below',
  'above',
  'lowerThan',
  'higherThan',
  'by',
];

/** The `claim` blocks of a lesson's source: their line and YAML body. */
export function claimSources(source: string): { line: number; body: string }[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const out: { line: number; body: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = FENCE.exec(lines[i]!);
    if (!m) continue;
    const marker = m[2]!;
    const close = lines.findIndex((l, j) => j > i && l.trim() === marker);
    if (close < 0) break;
    out.push({ line: i + 1, body: lines.slice(i + 1, close).join('\n') });
    i = close;
  }
  return out;
}

/** The configuration of a lesson's playground or live widget block, by key. */
function blockConfig(lesson: ParsedLesson, key: string): TrainingConfig | null {
  for (const s of lesson.segments) {
    if (s.kind !== 'block' || s.block.key !== key) continue;
    if (s.block.kind === 'playground') return s.block.config;
    if (s.block.kind === 'widget') return s.block.config;
  }
  return null;
}

function readRun(
  base: TrainingConfig,
  change: unknown,
  epochs: number,
  what: string,
): ClaimRun | string {
  if (change === undefined || change === null) change = {};
  if (!isMap(change)) return `"${what}" must be a list of fields, e.g. { dropout: 0.2 } or {}`;
  const merged: Record<string, unknown> = { ...base, ...change };
  // Changing the layers alone keeps each layer's activation, as the controls do.
  if (Array.isArray(change.hidden) && change.activations === undefined)
    merged.activations = change.hidden.map((_, i) => base.activations[i] ?? base.activations[0]);
  const r = resolveLessonConfig(merged);
  if (!r.config) return `"${what}": ${r.problems.join('; ')}`;
  return { config: r.config, change, epochs };
}

/**
 * Reads every claim of a lesson against its parsed blocks. Never throws: a claim that cannot
 * be read becomes a problem with its line (an unknown block, a missing bound, a bad field).
 * Example: a block `says: …, block: lab, epochs: 300, measure: testLoss, below: 0.3`
 * → one claim whose run is the lab's configuration for 300 epochs.
 */
export function readClaims(
  source: string,
  lesson: ParsedLesson,
  name: string,
): { claims: Claim[]; problems: ClaimProblem[] } {
  const claims: Claim[] = [];
  const problems: ClaimProblem[] = [];
  for (const { line, body } of claimSources(source)) {
    const fail = (message: string) => problems.push({ lesson: name, line, message });
    const y = readYaml(body);
    if (!y.ok) {
      fail(`not valid YAML: ${y.message}`);
      continue;
    }
    const v = y.value;
    if (!isMap(v)) {
      fail('a claim block needs fields such as says, block, epochs, measure');
      continue;
    }
    const unknown = Object.keys(v).filter((k) => !KEYS.includes(k));
    if (unknown.length > 0) {
      fail(`unknown field "${unknown[0]}" (allowed: ${KEYS.join(', ')})`);
      continue;
    }
    if (typeof v.says !== 'string' || v.says.trim() === '') {
      fail('"says" (the sentence of the lesson being checked) is missing');
      continue;
    }
    const key = String(v.block ?? '');
    const base = blockConfig(lesson, key);
    if (!base) {
      fail(`"block: ${key}" names no playground or live widget of this lesson`);
      continue;
    }
    const epochs = v.epochs;
    if (typeof epochs !== 'number' || !Number.isInteger(epochs) || epochs < 0 || epochs > 5000) {
      fail('"epochs" must be a whole number from 0 to 5000');
      continue;
    }
    const measure = v.measure as ClaimMeasure;
    if (!(CLAIM_MEASURES as readonly string[]).includes(String(measure))) {
      fail(`"measure" must be one of ${CLAIM_MEASURES.join(', ')}`);
      continue;
    }
    const run = readRun(base, v.change, epochs, 'change');
    if (typeof run === 'string') {
      fail(run);
      continue;
    }
    const claim: Claim = { lesson: name, line, says: v.says.trim(), block: key, measure, run };
    const other = v.lowerThan ?? v.higherThan;
    const bounds = [v.below, v.above, other].filter((b) => b !== undefined).length;
    if (bounds !== 1) {
      fail('give exactly one of below, above, lowerThan or higherThan');
      continue;
    }
    if (other !== undefined) {
      const by = v.by;
      if (typeof by !== 'number' || !(by > 0)) {
        fail('a comparison needs a margin "by" greater than 0');
        continue;
      }
      const compared = readRun(
        base,
        other,
        epochs,
        v.lowerThan !== undefined ? 'lowerThan' : 'higherThan',
      );
      if (typeof compared === 'string') {
        fail(compared);
        continue;
      }
      claim.compare = {
        direction: v.lowerThan !== undefined ? 'lower' : 'higher',
        run: compared,
        by,
      };
    } else {
      const bound = (v.below ?? v.above) as unknown;
      if (typeof bound !== 'number' || !Number.isFinite(bound)) {
        fail('"below" / "above" must be a number');
        continue;
      }
      if (v.below !== undefined) claim.below = bound;
      else claim.above = bound;
    }
    claims.push(claim);
  }
  return { claims, problems };
}
