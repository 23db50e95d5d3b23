import type { Network } from './network';
import type { PreparedData } from './prepareData';
import type { NetworkInfo } from './sessionTypes';

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
    layers: net.plan.layers.map((l) => ({
      units: l.units,
      fanIn: l.fanIn,
      pieces: l.pieces,
      wOffset: l.wOffset,
      bOffset: l.bOffset,
      gammaOffset: l.gammaOffset,
      betaOffset: l.betaOffset,
      activation: l.activation,
    })),
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
