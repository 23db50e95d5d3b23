import { batchKind, trainingSetSize } from '../../engine/configRules';
import { OPTIMIZER_NAMES, REGULARIZATION_NAMES, SCHEDULE_NAMES } from '../../engine/trainingConfig';
import {
  MOMENTUM_LABEL,
  OPTIMIZER_LABELS,
  REGULARIZATION_LABELS,
  SCHEDULE_LABELS,
} from '../../store/optionLabels';
import { useAppStore } from '../../store/store';
import { CheckField } from './CheckField';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';

/** Optimiser and its coefficients, learning rate and schedule, batch size, regularisation. */
export function TrainingControls() {
  const config = useAppStore((s) => s.config);
  const setConfig = useAppStore((s) => s.setConfig);
  const trainSize = Math.max(1, trainingSetSize(config));
  const momentumLabel = MOMENTUM_LABEL[config.optimizer];
  return (
    <>
      <SelectField
        field="optimizer"
        value={config.optimizer}
        options={OPTIMIZER_NAMES}
        labels={OPTIMIZER_LABELS}
        onChange={(v) => setConfig({ optimizer: v })}
      />
      {momentumLabel && (
        <NumberField
          field="momentum"
          label={momentumLabel}
          value={config.momentum}
          step={0.01}
          onChange={(v) => setConfig({ momentum: v })}
        />
      )}
      {config.optimizer === 'adam' && (
        <NumberField
          field="beta2"
          value={config.beta2}
          step={0.001}
          onChange={(v) => setConfig({ beta2: v })}
        />
      )}
      <NumberField
        field="learningRate"
        value={config.learningRate}
        step={0.001}
        slider
        log
        onChange={(v) => setConfig({ learningRate: v })}
      />
      <SelectField
        field="schedule"
        value={config.schedule}
        options={SCHEDULE_NAMES}
        labels={SCHEDULE_LABELS}
        onChange={(v) => setConfig({ schedule: v })}
      />
      {config.schedule !== 'constant' && (
        <NumberField
          field="decayRate"
          value={config.decayRate}
          step={0.01}
          onChange={(v) => setConfig({ decayRate: v })}
        />
      )}
      {config.schedule === 'step' && (
        <NumberField
          field="decayEvery"
          value={config.decayEvery}
          step={1}
          onChange={(v) => setConfig({ decayEvery: v })}
        />
      )}
      <NumberField
        field="batchSize"
        value={Math.min(config.batchSize, trainSize)}
        min={1}
        max={trainSize}
        step={1}
        slider
        format={(v) => `${v} (${batchKind(v, trainSize)})`}
        onChange={(v) => setConfig({ batchSize: v })}
      />
      <SelectField
        field="regularization"
        value={config.regularization}
        options={REGULARIZATION_NAMES}
        labels={REGULARIZATION_LABELS}
        onChange={(v) => setConfig({ regularization: v })}
      />
      {config.regularization !== 'none' && (
        <NumberField
          field="regRate"
          value={config.regRate}
          min={0.00001}
          max={1}
          step={0.0001}
          slider
          log
          onChange={(v) => setConfig({ regRate: v })}
        />
      )}
      <NumberField
        field="dropout"
        value={config.dropout}
        step={0.05}
        slider
        onChange={(v) => setConfig({ dropout: v })}
      />
      <CheckField
        field="batchNorm"
        checked={config.batchNorm}
        onChange={(v) => setConfig({ batchNorm: v })}
      />
      <NumberField
        field="validation"
        value={config.validation}
        step={0.05}
        slider
        format={(v) => (v > 0 ? `${Math.round(v * 100)}% of training` : 'none')}
        onChange={(v) => setConfig({ validation: v })}
      />
      <NumberField
        field="patience"
        value={config.patience}
        step={5}
        onChange={(v) => setConfig({ patience: Math.round(v) })}
      />
      <NumberField
        field="stopEpochs"
        value={config.stopEpochs}
        step={10}
        onChange={(v) => setConfig({ stopEpochs: v })}
      />
      <NumberField
        field="targetLoss"
        value={config.targetLoss}
        step={0.001}
        onChange={(v) => setConfig({ targetLoss: v })}
      />
      <NumberField
        field="seed"
        value={config.seed}
        step={1}
        onChange={(v) => setConfig({ seed: Math.round(v) })}
      />
    </>
  );
}
