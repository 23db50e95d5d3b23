import { useMemo } from 'react';
import { DATASET_NAMES } from '../../engine/dataset';
import type { DatasetName, ProblemType } from '../../engine/dataset';
import { DATASET_INFO, generateDataset } from '../../engine/datasets';
import { DatasetThumbnail } from '../charts/DatasetThumbnail';

const GROUPS: { problem: ProblemType; title: string }[] = [
  { problem: 'binary', title: 'Two classes' },
  { problem: 'multiclass', title: 'Several classes' },
  { problem: 'regression', title: 'Regression' },
];

/** Thumbnails are drawn from a small, fixed sample of each set. */
const THUMB_OPTIONS = { n: 80, noise: 0.1, seed: 1 };

interface DatasetPickerProps {
  value: DatasetName;
  onChange(name: DatasetName): void;
}

/** All data sets as a radio group of thumbnails, grouped by problem type. */
export function DatasetPicker({ value, onChange }: DatasetPickerProps) {
  const samples = useMemo(
    () => new Map(DATASET_NAMES.map((name) => [name, generateDataset(name, THUMB_OPTIONS)])),
    [],
  );
  return (
    <div className="dataset-picker">
      {GROUPS.map(({ problem, title }) => (
        <fieldset key={problem} className="dataset-group">
          <legend>{title}</legend>
          <div className="dataset-options" role="radiogroup" aria-label={`${title} data sets`}>
            {DATASET_NAMES.filter((n) => DATASET_INFO[n].problem === problem).map((name) => {
              const info = DATASET_INFO[name];
              const d = samples.get(name);
              return (
                <label
                  key={name}
                  className="dataset-option"
                  title={`${info.label}: ${info.description}`}
                >
                  <input
                    type="radio"
                    name="dataset"
                    value={name}
                    checked={value === name}
                    aria-label={info.label}
                    onChange={() => onChange(name)}
                  />
                  {d && (
                    <DatasetThumbnail
                      points={d.x}
                      targets={d.y}
                      dims={d.dims}
                      domain={d.domain}
                      problem={d.problem}
                      classes={d.classes}
                      size={40}
                    />
                  )}
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
