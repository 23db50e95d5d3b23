import { useState } from 'react';
import type { TrainingConfig } from '../../engine/trainingConfig';
import { Field, helpFor, rangeOf } from './Field';

interface NumberFieldProps {
  field?: keyof TrainingConfig;
  label?: string;
  help?: string;
  value: number;
  /** Bounds; by default the field's own range from the engine's field table. */
  min?: number;
  max?: number;
  step: number;
  /** Show a slider beside the number box. */
  slider?: boolean;
  /** Slider over log10 of the value (for rates spanning decades). */
  log?: boolean;
  /** Text beside the label for slider fields, e.g. batch size '10 (mini-batch)'. */
  format?(v: number): string;
  onChange(value: number): void;
}

/** Rounds to 2 significant digits, so a log slider lands on readable values (0.03, 0.3). */
function round2(v: number): number {
  return Number(v.toPrecision(2));
}

/**
 * A number with an optional (linear or log) slider. The box keeps the user's draft while they
 * type and applies it when it parses; out-of-range values are clamped by the store's repair.
 */
export function NumberField(props: NumberFieldProps) {
  const { value, step, log, onChange } = props;
  const range = props.field ? rangeOf(props.field) : null;
  const min = props.min ?? range?.min ?? 0;
  const max = props.max ?? range?.max ?? 1;
  // The text being typed, or null when the box simply shows the value.
  const [draft, setDraft] = useState<string | null>(null);
  const name = props.label ?? (props.field ? helpFor(props.field).label : '');
  const format = props.format ?? ((v: number) => String(v));
  return (
    <Field
      field={props.field}
      label={props.label}
      help={props.help}
      output={props.slider && props.format ? format(value) : undefined}
    >
      {({ id, describedBy }) => (
        <div className="number-field">
          {props.slider && (
            <input
              type="range"
              aria-label={`${name} slider`}
              aria-describedby={describedBy}
              min={log ? Math.log10(min) : min}
              max={log ? Math.log10(max) : max}
              step={log ? 0.1 : step}
              value={log ? Math.log10(Math.max(value, min)) : value}
              onChange={(e) => {
                const v = Number(e.target.value);
                onChange(log ? round2(10 ** v) : v);
              }}
            />
          )}
          <input
            id={id}
            type="number"
            inputMode="decimal"
            aria-describedby={describedBy}
            min={min}
            max={max}
            step={log ? 'any' : step}
            value={draft ?? String(value)}
            onChange={(e) => {
              setDraft(e.target.value);
              const v = Number(e.target.value);
              if (e.target.value.trim() !== '' && Number.isFinite(v)) onChange(v);
            }}
            onBlur={() => setDraft(null)}
          />
        </div>
      )}
    </Field>
  );
}
