import { useState } from 'react';
import { CheckField } from '../components/controls/CheckField';
import { Field } from '../components/controls/Field';
import { NumberField } from '../components/controls/NumberField';
import { ThresholdNote } from '../components/controls/ThresholdNote';
import { SelectField } from '../components/controls/SelectField';
import {
  CONFIG_FIELDS,
  dimsOf,
  lossesFor,
  outputsFor,
  problemOf,
  trainingSetSize,
} from '../engine/configRules';
import { MAX_HIDDEN_LAYERS, MAX_UNITS, MIN_UNITS } from '../engine/configFields';
import { FEATURE_INFO, applicableFeatures } from '../engine/features';
import { FEATURE_NAMES, HIDDEN_ACTIVATIONS } from '../engine/trainingConfig';
import type { FeatureName, HiddenActivation, TrainingConfig } from '../engine/trainingConfig';
import {
  ACTIVATION_LABELS,
  INIT_LABELS,
  LOSS_LABELS,
  OPTIMIZER_LABELS,
  REGULARIZATION_LABELS,
  SCHEDULE_LABELS,
} from '../store/optionLabels';
import { useAppStore } from '../store/store';

const LABELS: Partial<Record<keyof TrainingConfig, Record<string, string>>> = {
  init: INIT_LABELS,
  optimizer: OPTIMIZER_LABELS,
  regularization: REGULARIZATION_LABELS,
  schedule: SCHEDULE_LABELS,
  loss: LOSS_LABELS,
  outputActivation: ACTIVATION_LABELS,
};

/** Hidden layers as text, e.g. '4, 2' → [4, 2]; null when it does not read. */
function readLayers(text: string): number[] | null {
  if (text.trim() === '') return [];
  const parts = text.split(',').map((p) => Number(p.trim()));
  return parts.every((n) => Number.isInteger(n) && n >= MIN_UNITS && n <= MAX_UNITS) &&
    parts.length <= MAX_HIDDEN_LAYERS
    ? parts
    : null;
}

function LayersField({ hidden, onChange }: { hidden: number[]; onChange(h: number[]): void }) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <Field
      field="hidden"
      label="Neurons per hidden layer"
      help="One number per hidden layer, separated by commas: 4 is one layer of 4 neurons, 4, 2 is two layers; empty for none."
    >
      {({ id, describedBy }) => (
        <input
          id={id}
          type="text"
          inputMode="numeric"
          aria-describedby={describedBy}
          value={draft ?? hidden.join(', ')}
          onChange={(e) => {
            setDraft(e.target.value);
            const h = readLayers(e.target.value);
            if (h) onChange(h);
          }}
          onBlur={() => setDraft(null)}
        />
      )}
    </Field>
  );
}

function FeaturesField({ config }: { config: TrainingConfig }) {
  const setConfig = useAppStore((s) => s.setConfig);
  const usable = applicableFeatures(dimsOf(config.dataset));
  const toggle = (f: FeatureName, on: boolean) => {
    const next = FEATURE_NAMES.filter((g) => (g === f ? on : config.features.includes(g)));
    if (next.length > 0) setConfig({ features: next });
  };
  return (
    <fieldset className="lesson-features">
      <legend>Input features</legend>
      {usable.map((f) => (
        <CheckField
          key={f}
          label={FEATURE_INFO[f].label}
          help={`Feed the network ${FEATURE_INFO[f].formula}.`}
          checked={config.features.includes(f)}
          onChange={(on) => toggle(f, on)}
        />
      ))}
    </fieldset>
  );
}

/** One configuration control, chosen by the field's kind in the engine's field table. */
function Control({ field, config }: { field: keyof TrainingConfig; config: TrainingConfig }) {
  const setConfig = useAppStore((s) => s.setConfig);
  const spec = CONFIG_FIELDS[field];
  const problem = problemOf(config.dataset);
  if (field === 'hidden')
    return (
      <LayersField
        hidden={config.hidden}
        onChange={(h) => {
          const a = config.activations[0] ?? 'tanh';
          setConfig({ hidden: h, activations: h.map((_, i) => config.activations[i] ?? a) });
        }}
      />
    );
  if (field === 'features') return <FeaturesField config={config} />;
  if (field === 'activations')
    return (
      <>
        <SelectField<HiddenActivation>
          label="Hidden activation"
          value={config.activations[0] ?? 'tanh'}
          options={HIDDEN_ACTIVATIONS}
          labels={ACTIVATION_LABELS}
          onChange={(a) => setConfig({ activations: config.hidden.map(() => a) })}
        />
        <ThresholdNote />
      </>
    );
  if (field === 'batchSize') {
    const n = Math.max(1, trainingSetSize(config));
    return (
      <NumberField
        field="batchSize"
        value={Math.min(config.batchSize, n)}
        min={1}
        max={n}
        step={1}
        slider
        format={(v) =>
          v === 1 ? '1 (stochastic)' : v >= n ? `${v} (full batch)` : `${v} (mini-batch)`
        }
        onChange={(v) => setConfig({ batchSize: v })}
      />
    );
  }
  switch (spec.kind) {
    case 'number':
      return (
        <NumberField
          field={field}
          value={config[field] as number}
          step={spec.integer ? 1 : spec.log ? 0.001 : 0.01}
          slider
          log={spec.log}
          onChange={(v) => setConfig({ [field]: v })}
        />
      );
    case 'boolean':
      return (
        <CheckField
          field={field}
          checked={config[field] as boolean}
          onChange={(v) => setConfig({ [field]: v })}
        />
      );
    case 'enum': {
      const options =
        field === 'loss'
          ? lossesFor(problem, config.outputActivation)
          : field === 'outputActivation'
            ? outputsFor(problem)
            : spec.values;
      return (
        <SelectField<string>
          field={field}
          value={config[field] as string}
          options={options}
          labels={LABELS[field] ?? {}}
          onChange={(v) => setConfig({ [field]: v })}
        />
      );
    }
    default:
      return null;
  }
}

/**
 * The controls a lesson's playground shows, in the author's order; locked ones are visible but
 * cannot be changed (a disabled fieldset), so the lesson's point stays in focus.
 */
export function LessonControls({
  show,
  lock,
}: {
  show: (keyof TrainingConfig)[];
  lock: (keyof TrainingConfig)[];
}) {
  const config = useAppStore((s) => s.config);
  const free = show.filter((f) => !lock.includes(f));
  return (
    <div className="lesson-controls">
      {free.length > 0 && (
        <fieldset className="lesson-fieldset">
          <legend className="visually-hidden">Settings you can change</legend>
          {free.map((f) => (
            <Control key={f} field={f} config={config} />
          ))}
        </fieldset>
      )}
      {lock.length > 0 && (
        <fieldset className="lesson-fieldset locked" disabled>
          <legend>Locked for this exercise</legend>
          {lock.map((f) => (
            <Control key={f} field={f} config={config} />
          ))}
        </fieldset>
      )}
    </div>
  );
}
