import { problemOf } from '../../engine/configRules';
import { DATASET_INFO } from '../../engine/datasets';
import { useAppStore } from '../../store/store';
import { UserDataControls } from '../data/UserDataControls';
import { DatasetPicker } from './DatasetPicker';
import { NumberField } from './NumberField';

const PROBLEM_TEXT = {
  binary: 'Binary classification',
  multiclass: 'Multi-class classification',
  regression: 'Regression',
} as const;

/**
 * The data: which set, its noise, size and train/test split. Regenerate draws new data by
 * moving to the next seed (data and initial weights both follow the seed, so a seed names
 * one exact run).
 */
export function DataControls() {
  const dataset = useAppStore((s) => s.config.dataset);
  const noise = useAppStore((s) => s.config.noise);
  const trainRatio = useAppStore((s) => s.config.trainRatio);
  const points = useAppStore((s) => s.config.points);
  const seed = useAppStore((s) => s.config.seed);
  const setConfig = useAppStore((s) => s.setConfig);
  const info = DATASET_INFO[dataset];
  return (
    <>
      <DatasetPicker value={dataset} onChange={(d) => setConfig({ dataset: d })} />
      <p className="problem-type">
        <strong>{info.label}</strong>: {PROBLEM_TEXT[problemOf(dataset)]}. {info.description}
      </p>
      {!info.custom && (
        <NumberField
          field="noise"
          value={noise}
          step={0.05}
          slider
          onChange={(v) => setConfig({ noise: v })}
        />
      )}
      <NumberField
        field="trainRatio"
        value={trainRatio}
        step={0.05}
        slider
        format={(v) => `${Math.round(v * 100)}% training`}
        onChange={(v) => setConfig({ trainRatio: v })}
      />
      {info.fixedSize === undefined && !info.custom && (
        <NumberField
          field="points"
          value={points}
          step={10}
          slider
          onChange={(v) => setConfig({ points: v })}
        />
      )}
      <button
        type="button"
        className="secondary"
        title={
          info.custom
            ? 'Draw a new train/test split (and new initial weights) by moving to the next seed'
            : 'Draw new data (and new initial weights) by moving to the next seed'
        }
        onClick={() => setConfig({ seed: seed + 1 })}
      >
        {info.custom ? 'New split' : 'Regenerate'}
      </button>
      <UserDataControls />
    </>
  );
}
