import { lossesFor, outputsFor, problemOf } from '../../engine/configRules';
import { LOSSES } from '../../engine/losses';
import { HIDDEN_ACTIVATIONS, INIT_NAMES } from '../../engine/trainingConfig';
import type { HiddenActivation } from '../../engine/trainingConfig';
import {
  ACTIVATION_LABELS,
  INIT_LABELS,
  LOSS_LABELS,
  SCALED_INITS,
  helpOfActivation,
} from '../../store/optionLabels';
import { useAppStore } from '../../store/store';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { HingeNote } from './HingeNote';
import { ThresholdNote } from './ThresholdNote';

/**
 * Activations (one per hidden layer, plus set-all), the output head offered only in valid
 * output/loss pairs for the problem, the loss parameter when the loss has one, and the
 * initialisation. Layers and neurons are added on the diagram itself.
 */
export function NetworkControls() {
  const dataset = useAppStore((s) => s.config.dataset);
  const activations = useAppStore((s) => s.config.activations);
  const output = useAppStore((s) => s.config.outputActivation);
  const loss = useAppStore((s) => s.config.loss);
  const lossParam = useAppStore((s) => s.config.lossParam);
  const init = useAppStore((s) => s.config.init);
  const initScale = useAppStore((s) => s.config.initScale);
  const setConfig = useAppStore((s) => s.setConfig);
  const problem = problemOf(dataset);
  const { paramLabel, paramRange } = LOSSES[loss];
  const allSame = activations.every((a) => a === activations[0]);
  return (
    <>
      {activations.length > 1 && (
        <SelectField<HiddenActivation | ''>
          label="All hidden layers"
          help={helpOfActivation}
          value={allSame ? (activations[0] ?? '') : ''}
          options={['', ...HIDDEN_ACTIVATIONS]}
          labels={{ '': 'Mixed', ...ACTIVATION_LABELS }}
          onChange={(a) => {
            if (a) setConfig({ activations: activations.map(() => a) });
          }}
        />
      )}
      {activations.map((a, i) => (
        <SelectField
          key={i}
          label={`Layer ${i + 1} activation`}
          help={helpOfActivation}
          value={a}
          options={HIDDEN_ACTIVATIONS}
          labels={ACTIVATION_LABELS}
          onChange={(next) =>
            setConfig({ activations: activations.map((old, j) => (j === i ? next : old)) })
          }
        />
      ))}
      <ThresholdNote />
      <SelectField
        field="outputActivation"
        value={output}
        options={outputsFor(problem)}
        labels={ACTIVATION_LABELS}
        onChange={(v) => setConfig({ outputActivation: v })}
      />
      <SelectField
        field="loss"
        value={loss}
        options={lossesFor(problem, output)}
        labels={LOSS_LABELS}
        onChange={(v) => setConfig({ loss: v })}
      />
      <HingeNote />
      {paramRange && (
        <NumberField
          field="lossParam"
          label={paramLabel}
          value={lossParam}
          min={paramRange[0]}
          max={paramRange[1]}
          step={0.01}
          onChange={(v) => setConfig({ lossParam: v })}
        />
      )}
      <SelectField
        field="init"
        value={init}
        options={INIT_NAMES}
        labels={INIT_LABELS}
        onChange={(v) => setConfig({ init: v })}
      />
      {SCALED_INITS.includes(init) && (
        <NumberField
          field="initScale"
          value={initScale}
          step={0.01}
          onChange={(v) => setConfig({ initScale: v })}
        />
      )}
    </>
  );
}
