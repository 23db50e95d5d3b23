import { CONFIG_FIELDS, type ChangeNeed } from './configFields';
import type { TrainingConfig } from './trainingConfig';

const FIELDS = Object.keys(CONFIG_FIELDS) as (keyof TrainingConfig)[];

/** How much of a run a configuration change keeps, from most to least: see `ChangeNeed`. */
const COST: Record<ChangeNeed, number> = { live: 1, model: 2, data: 3 };

/** The fields that differ between two configurations, and what the change as a whole needs. */
export interface ConfigDiff {
  changed: (keyof TrainingConfig)[];
  /** The costliest need among the changed fields, or 'none' when nothing changed. */
  needs: ChangeNeed | 'none';
}

function sameValue(x: unknown, y: unknown): boolean {
  if (Array.isArray(x) && Array.isArray(y))
    return x.length === y.length && x.every((v, i) => v === y[i]);
  return x === y;
}

/**
 * The one comparison of two configurations: which fields differ (lists by content, in
 * CONFIG_FIELDS order) and what that needs, from each field's declared `change`.
 * Example: diffConfig(c, { ...c, learningRate: 0.1 }) → { changed: ['learningRate'], needs: 'live' }.
 */
export function diffConfig(prev: TrainingConfig, next: TrainingConfig): ConfigDiff {
  const changed = FIELDS.filter((k) => !sameValue(prev[k], next[k]));
  let needs: ChangeNeed | 'none' = 'none';
  for (const k of changed) {
    const need = CONFIG_FIELDS[k].change;
    if (needs === 'none' || COST[need] > COST[needs]) needs = need;
  }
  return { changed, needs };
}

/** Whether two configurations are equal field by field. */
export function sameConfig(a: TrainingConfig, b: TrainingConfig): boolean {
  return diffConfig(a, b).changed.length === 0;
}
