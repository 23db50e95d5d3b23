import { Fragment, useCallback, useEffect, useId, useMemo, useState } from 'react';
import { functionCurveGeometry, type CurveSize } from '../../charts/activationCurve';
import { CurveChart } from './CurveChart';
import type { WidgetProps } from './registry';
import { usePublish } from './usePublish';
import { WIDGET_SPECS } from '../widgetSpecs';
import { CLASSIFICATION_HEADS, along, headAt } from './classificationLossMath';
import type { ClassificationHead } from './classificationLossMath';
import '../../styles/views.css';

/** What the widget shows first when a lesson or scene does not say (its spec's default). */
const SPEC_DEFAULT = WIDGET_SPECS['classification-loss'].options.initial.default;

const HEADS = Object.keys(CLASSIFICATION_HEADS) as ClassificationHead[];
const START: Record<ClassificationHead, number[]> = {
  'sigmoid-bce': [1],
  hinge: [0.5],
  'softmax-ce': [2, 1, 0],
};

/** How a label reads: 0/1, −1/+1, or the class counted from 1. */
const labelText = (head: ClassificationHead, y: number) =>
  head === 'softmax-ce' ? `class ${y + 1}` : y < 0 ? '−1' : String(y);
const sub = (k: number) => '₁₂₃'[k] ?? String(k + 1);
const fix = (v: number) => (Object.is(v, -0) ? 0 : v).toFixed(4);

/** What the head's output means, beside the numbers. */
const OUTPUT_WORDS: Record<ClassificationHead, string> = {
  'sigmoid-bce': 'p = σ(z), the probability of class 1',
  hinge: 'the score s itself (its sign is the class)',
  'softmax-ce': 'pₖ = softmax(z)ₖ, one probability per class',
};

/**
 * The classification losses, by the logit: pick a head (sigmoid + binary cross-entropy, hinge on
 * a raw score, softmax + cross-entropy over three classes), move the logit(s) and the label,
 * and read the output, the loss and ∂L/∂z, all computed by the engine's own output head (the
 * code that trains the playground). Two curves show the loss and its slope along the logit the
 * learner moves (for softmax, the correct class's). Publishes `loss`, `slope`, `probability`.
 */
export function ClassificationLoss({ blockKey, options }: WidgetProps<'classification-loss'>) {
  const initial = HEADS.includes(options.initial as ClassificationHead)
    ? (options.initial as ClassificationHead)
    : SPEC_DEFAULT;
  const [head, setHead] = useState<ClassificationHead>(initial);
  // Each head keeps its own logits and label while the learner switches between them.
  const [logits, setLogits] = useState(START);
  const [labels, setLabels] = useState<Record<ClassificationHead, number>>({
    'sigmoid-bce': 1,
    hinge: 1,
    'softmax-ce': 0,
  });
  const z = logits[head];
  const y = labels[head];
  const spec = CLASSIFICATION_HEADS[head];
  const moved = head === 'softmax-ce' ? y : 0;
  const result = headAt(head, z, y);
  const slope = result.gradient[moved]!;
  const probability = head === 'hinge' ? NaN : result.outputs[moved]!;
  const id = useId();
  const curves = useMemo(() => along(head, z, y, moved), [head, z, y, moved]);
  const zc = z[moved]!;
  const lossGeometry = useCallback(
    (size: CurveSize) => functionCurveGeometry(curves.loss, zc, size),
    [curves, zc],
  );
  const slopeGeometry = useCallback(
    (size: CurveSize) => functionCurveGeometry(curves.slope, zc, size),
    [curves, zc],
  );
  const publish = usePublish('classification-loss', blockKey);
  useEffect(
    () => publish({ loss: result.loss, slope, probability }),
    [publish, result.loss, slope, probability],
  );
  const axis = head === 'hinge' ? 's' : `z${head === 'softmax-ce' ? sub(moved) : ''}`;
  return (
    <section className="widget classification-loss" aria-label="Classification losses">
      <div className="widget-controls inline">
        <label htmlFor={`${id}-head`}>Output and loss</label>
        <select
          id={`${id}-head`}
          value={head}
          onChange={(e) => setHead(e.target.value as ClassificationHead)}
        >
          {HEADS.map((h) => (
            <option key={h} value={h}>
              {CLASSIFICATION_HEADS[h].label}
            </option>
          ))}
        </select>
        <fieldset className="widget-labels">
          <legend>{head === 'softmax-ce' ? 'Correct class' : 'Label y'}</legend>
          {spec.labels.map((v) => (
            <label key={v} className="widget-check">
              <input
                type="radio"
                name={`${id}-label`}
                checked={y === v}
                onChange={() => setLabels({ ...labels, [head]: v })}
              />{' '}
              {labelText(head, v)}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="widget-row">
        <div className="widget-controls">
          {z.map((v, k) => {
            const name = head === 'hinge' ? 'score s' : `logit z${z.length > 1 ? sub(k) : ''}`;
            return (
              <div key={k} className="widget-slider">
                <label htmlFor={`${id}-z${k}`}>
                  {name} = <output htmlFor={`${id}-z${k}`}>{v}</output>
                </label>
                <input
                  id={`${id}-z${k}`}
                  type="range"
                  min={-6}
                  max={6}
                  step={0.1}
                  value={v}
                  onChange={(e) =>
                    setLogits({
                      ...logits,
                      [head]: z.map((old, j) => (j === k ? Number(e.target.value) : old)),
                    })
                  }
                />
              </div>
            );
          })}
          <p className="widget-given">
            Output: {OUTPUT_WORDS[head]}. Loss: {formulaOf(head)}.
          </p>
          <dl className="widget-numbers">
            {head === 'softmax-ce' ? (
              result.outputs.map((p, k) => (
                <Fragment key={k}>
                  <dt>p{sub(k)}</dt>
                  <dd>{p.toFixed(4)}</dd>
                </Fragment>
              ))
            ) : (
              <>
                <dt>{head === 'hinge' ? 'score s' : 'p = σ(z)'}</dt>
                <dd>{result.outputs[0]!.toFixed(4)}</dd>
              </>
            )}
            <>
              <dt>loss L</dt>
              <dd>{result.loss.toFixed(4)}</dd>
            </>
            {result.gradient.map((g, k) => (
              <Fragment key={k}>
                <dt>∂L/∂{head === 'hinge' ? 's' : `z${z.length > 1 ? sub(k) : ''}`}</dt>
                <dd>{fix(g)}</dd>
              </Fragment>
            ))}
          </dl>
        </div>
        <div className="activation-charts">
          <figure>
            <figcaption>loss L by {axis}</figcaption>
            <CurveChart
              geometry={lossGeometry}
              label={`${spec.label}: the loss as ${axis} varies, ${result.loss.toFixed(3)} at ${axis} = ${zc}`}
            />
          </figure>
          <figure>
            <figcaption>slope ∂L/∂{axis}</figcaption>
            <CurveChart
              geometry={slopeGeometry}
              label={`${spec.label}: the slope of the loss along ${axis}, ${fix(slope)} at ${axis} = ${zc}`}
            />
          </figure>
        </div>
      </div>
    </section>
  );
}

/** The loss in words with the engine's symbols, for the head's label convention. */
function formulaOf(head: ClassificationHead): string {
  switch (head) {
    case 'sigmoid-bce':
      return '−[y log p + (1 − y) log(1 − p)], labels 0 and 1';
    case 'hinge':
      return 'max(0, 1 − y·s), labels −1 and +1';
    case 'softmax-ce':
      return '−log p of the correct class';
  }
}
