import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/configRules';
import { parameterCountOf } from '../classroom/weightsFile';
import { LAST_NETWORK_KEY, recallNetwork, rememberNetwork } from './lastNetwork';

function memory() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

describe('the network a lesson hands to the next', () => {
  it('comes back as it was saved', () => {
    const store = memory();
    const parameters = Array.from({ length: parameterCountOf(DEFAULT_CONFIG) }, (_, i) => i / 100);
    rememberNetwork(store, { config: DEFAULT_CONFIG, state: { epoch: 12, step: 240, parameters } });
    expect(recallNetwork(store)).toEqual({ config: DEFAULT_CONFIG, state: { epoch: 12, step: 240, parameters } });
  });

  it('is null when nothing or something broken was kept, and a full storage throws nothing', () => {
    const store = memory();
    expect(recallNetwork(store)).toBeNull();
    store.setItem(LAST_NETWORK_KEY, '{"format": "gradient-lab/weights", "version": 1, "config": {}, "state": {"parameters": [1]}}');
    expect(recallNetwork(store)).toBeNull();
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => rememberNetwork(full, { config: DEFAULT_CONFIG, state: { epoch: 0, step: 0, parameters: [] } })).not.toThrow();
  });
});
