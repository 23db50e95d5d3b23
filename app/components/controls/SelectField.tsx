import type { TrainingConfig } from '../../engine/trainingConfig';
import { Field } from './Field';

interface SelectFieldProps<T extends string> {
  field?: keyof TrainingConfig;
  label?: string;
  help?: string;
  value: T;
  options: readonly T[];
  labels: Partial<Record<T, string>>;
  onChange(value: T): void;
}

/** A labelled drop-down over a fixed list of option names, e.g. the optimisers. */
export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const { value, options, labels, onChange } = props;
  return (
    <Field field={props.field} label={props.label} help={props.help}>
      {({ id, describedBy }) => (
        <select
          id={id}
          aria-describedby={describedBy}
          value={value}
          onChange={(e) => onChange(e.target.value as T)}
        >
          {options.map((o) => (
            <option key={o} value={o}>
              {labels[o] ?? o}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
