import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { CONFIG_FIELDS } from '../../engine/configRules';
import type { TrainingConfig } from '../../engine/trainingConfig';

/** The label and plain-language explanation of a configuration field. */
export function helpFor(field: keyof TrainingConfig): { label: string; explanation: string } {
  const f = CONFIG_FIELDS[field];
  return { label: f.label, explanation: f.explanation };
}

/** The allowed range of a numeric configuration field, e.g. noise → { min: 0, max: 1 }. */
export function rangeOf(field: keyof TrainingConfig): { min: number; max: number } | null {
  const f = CONFIG_FIELDS[field];
  return f.kind === 'number' ? { min: f.min, max: f.max } : null;
}

/** Fields the lesson glossary explains; their help links to it (?page=glossary&term=field). */
const GLOSSARY_FIELDS: ReadonlySet<string> = new Set([
  'learningRate',
  'batchSize',
  'stopEpochs',
  'validation',
  'patience',
  'loss',
  'activations',
  'outputActivation',
  'init',
  'initScale',
  'standardize',
  'hidden',
  'regularization',
  'regRate',
  'dropout',
  'batchNorm',
  'optimizer',
  'momentum',
]);

/** Ids a control needs to be named and described by its Field. */
export interface FieldIds {
  id: string;
  describedBy: string;
}

interface FieldProps {
  /** The configuration field: its label and explanation come from the engine's field table. */
  field?: keyof TrainingConfig;
  /** Overrides the field's label (or names a control that is not a config field). */
  label?: string;
  /** Overrides or supplies the explanation. */
  help?: string;
  /** The current value as text, shown beside the label (for sliders). */
  output?: string;
  children(ids: FieldIds): ReactNode;
}

/**
 * A labelled control with its explanation: a visible "?" toggles the explanation (tap on a
 * phone, no hover needed) and the control is described by it for screen readers.
 * Usage: <Field field="noise" output="0.2">{(ids) => <input id={ids.id} aria-describedby={ids.describedBy} …/>}</Field>
 */
export function Field({ field, label, help, output, children }: FieldProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const info = field ? helpFor(field) : null;
  const text = help ?? info?.explanation ?? '';
  const name = label ?? info?.label ?? String(field);
  const helpId = `${id}-help`;
  return (
    <div className="field">
      <div className="field-head">
        <label htmlFor={id}>{name}</label>
        {output !== undefined && <span className="field-value">{output}</span>}
        {text && (
          <button
            type="button"
            className="help-toggle"
            aria-label={`What is ${name}?`}
            aria-expanded={open}
            title={text}
            onClick={() => setOpen(!open)}
          >
            ?
          </button>
        )}
      </div>
      {children({ id, describedBy: helpId })}
      <p id={helpId} className="field-help" hidden={!open}>
        {text}
        {field && GLOSSARY_FIELDS.has(field) && (
          <>
            {' '}
            <a href={`?page=glossary&term=${field}`}>In the glossary</a>
          </>
        )}
      </p>
    </div>
  );
}
