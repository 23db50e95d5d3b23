import type { WidgetProps } from './registry';
import { SweepCompare } from './SweepCompare';
import { usePublish } from './usePublish';

/**
 * The initialisation sweep of lesson 8: the block's network trained from all zeros, from every
 * weight equal to `initScale` and from Xavier weights, each run's first-layer neurons listed
 * with copies highlighted. Publishes `zeroAccuracy`, `randomAccuracy` and `zeroIdentical`.
 */
export function InitCompare({ blockKey, config, speed }: WidgetProps<'init-compare'>) {
  const publish = usePublish('init-compare', blockKey);
  if (!config) throw new Error('init-compare needs a configuration');
  return (
    <SweepCompare
      blockKey={blockKey}
      title="Zero, constant and random starting weights"
      config={config}
      speed={speed}
      request={{ param: 'init', values: 'zeros, constant, xavier', epochs: 300 }}
      neurons
      onOutcome={([zero, , random]) =>
        publish({
          zeroAccuracy: zero?.testAccuracy ?? NaN,
          randomAccuracy: random?.testAccuracy ?? NaN,
          zeroIdentical: zero?.copies?.filter(Boolean).length ?? NaN,
        })
      }
    />
  );
}
