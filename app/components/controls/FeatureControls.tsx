import { dimsOf } from '../../engine/configRules';
import { isCustomDataset } from '../../engine/customData';
import { FEATURE_INFO, applicableFeatures } from '../../engine/features';
import { useAppStore } from '../../store/store';
import { CheckField } from './CheckField';

/** Input features the data set allows, as checkboxes, and standardisation on/off. */
export function FeatureControls() {
  const features = useAppStore((s) => s.config.features);
  const standardize = useAppStore((s) => s.config.standardize);
  const setConfig = useAppStore((s) => s.setConfig);
  // The user's own data has as many columns as it came with.
  const dims = useAppStore((s) =>
    isCustomDataset(s.config.dataset) ? (s.info?.dims ?? 2) : dimsOf(s.config.dataset),
  );
  const usable = applicableFeatures(dims);
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
