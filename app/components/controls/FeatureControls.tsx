import { dimsOf } from '../../engine/configRules';
import { FEATURE_INFO, applicableFeatures } from '../../engine/features';
import { useAppStore } from '../../store/store';
import { CheckField } from './CheckField';

/** Input features the data set allows, as checkboxes, and standardisation on/off. */
export function FeatureControls() {
  const dataset = useAppStore((s) => s.config.dataset);
  const features = useAppStore((s) => s.config.features);
  const standardize = useAppStore((s) => s.config.standardize);
  const setConfig = useAppStore((s) => s.setConfig);
  const usable = applicableFeatures(dimsOf(dataset));
  return (
    <>
      {usable.length === 0 ? (
        <p className="muted">This data set feeds its raw columns to the network.</p>
      ) : (
        <fieldset className="feature-list">
          <legend className="visually-hidden">Input features</legend>
          {usable.map((f) => (
            <CheckField
              key={f}
              label={FEATURE_INFO[f].label}
              help={`Feed ${FEATURE_INFO[f].formula} to the network as an input.`}
              checked={features.includes(f)}
              onChange={(on) =>
                setConfig({ features: on ? [...features, f] : features.filter((x) => x !== f) })
              }
            />
          ))}
        </fieldset>
      )}
      <CheckField
        field="standardize"
        checked={standardize}
        onChange={(v) => setConfig({ standardize: v })}
      />
    </>
  );
}
