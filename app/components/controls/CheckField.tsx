import { useId } from 'react';
import type { TrainingConfig } from '../../engine/trainingConfig';
import { helpFor } from './Field';

interface CheckFieldProps {
  field?: keyof TrainingConfig;
  label?: string;
  help?: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

/** A labelled checkbox whose explanation is its description and its hover title. */
export function CheckField({ field, label, help, checked, onChange }: CheckFieldProps) {
  const id = useId();
  const info = field ? helpFor(field) : null;
  const text = help ?? info?.explanation ?? '';
  return (
    <div className="check-field" title={text}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={`${id}-help`}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label ?? info?.label}</label>
      <span id={`${id}-help`} className="visually-hidden">
        {text}
      </span>
    </div>
  );
}
