import type { Network } from './network';
import type { ModelPlan } from './networkSpec';
import type { PreparedData } from './prepareData';
import type { LayerLayout, NetworkInfo } from './sessionTypes';

/**
 * What the page needs to know of a run: the problem, the layer layout of the parameter vector,
 * every data point with its target and whether it is in the training split, and the domains.
 */
export function describeRun(d: PreparedData, net: Network): NetworkInfo {
  const ds = d.dataset;
  const isTrain = new Uint8Array(ds.n);
  for (const r of d.train.rows) isTrain[r] = 1;
  return {
    problem: ds.problem,
    classes: ds.classes,
    featureNames: d.featureNames,
    inputNames: ds.inputNames,
    targetName: ds.targetName,
    layers: layerLayouts(net.plan),
    parameterCount: net.plan.parameterCount,
    dims: ds.dims,
    points: ds.x.slice(),
    targets: ds.y.slice(),
    isTrain,
    domain: ds.domain,
    targetDomain: ds.targetDomain,
    trainCount: d.train.n,
    testCount: d.test.n,
  };
}

/** Where each layer's parameters sit in the flat vector, and its size and activation. */
export function layerLayouts(plan: ModelPlan): LayerLayout[] {
  return plan.layers.map((l) => ({
    units: l.units,
    fanIn: l.fanIn,
    pieces: l.pieces,
    wOffset: l.wOffset,
    bOffset: l.bOffset,
    gammaOffset: l.gammaOffset,
    betaOffset: l.betaOffset,
    activation: l.activation,
  }));
}
