import { useEffect, useId, useState } from 'react';
import { readAnswer } from '../checkpoints';
import type { WidgetProps } from './registry';
import { usePublish } from './usePublish';
import { TINY_NET, tinyPass } from './forwardPassMath';

interface Cell {
  key: string;
  label: string;
  how: string;
  value: number;
}

function Blank({ cell }: { cell: Cell }) {
  const id = useId();
  const [text, setText] = useState('');
  const [checked, setChecked] = useState(false);
  const v = readAnswer(text);
  const right = Number.isFinite(v) && Math.abs(v - cell.value) <= 0.005;
  return (
    <tr>
      <th scope="row">
        <label htmlFor={id}>{cell.label}</label>
      </th>
      <td className="how">{cell.how}</td>
      <td>
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          size={8}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setChecked(false);
          }}
          onBlur={() => setChecked(text.trim() !== '')}
          onKeyDown={(e) => {
            if (e.key === 'Enter') setChecked(true);
          }}
          aria-invalid={checked && !right}
        />
      </td>
      <td className="verdict" aria-live="polite">
        {checked ? (right ? '✓ right' : '✗ not yet') : ''}
      </td>
    </tr>
  );
}

/**
 * A 2-2-1 network (ReLU hidden layer, linear output) to compute by hand: each blank is
 * checked against the engine's own numbers (to ±0.005). With `backward`, the last layer's
 * gradients too. Publishes the true `output`, `loss`, `dOut`, `gradV1`, `gradV2`, `gradW11`.
 */
export function ForwardPass({ blockKey, options }: WidgetProps<'forward-pass'>) {
  const p = tinyPass();
  const n = TINY_NET;
  const publish = usePublish('forward-pass', blockKey);
  useEffect(
    () =>
      publish({
        output: p.yhat,
        loss: p.loss,
        dOut: p.dOut,
        gradV1: p.dW2[0]!,
        gradV2: p.dW2[1]!,
        gradW11: p.dW1[0]![0]!,
      }),
    [publish, p.yhat, p.loss, p.dOut, p.dW2, p.dW1],
  );
  const forward: Cell[] = [
    {
      key: 'z11',
      label: 'z₁ (hidden 1)',
      how: `${n.W1[0][0]}·x₁ + (${n.W1[0][1]})·x₂ + ${n.b1[0]}`,
      value: p.z1[0]!,
    },
    { key: 'a11', label: 'a₁ = ReLU(z₁)', how: 'max(0, z₁)', value: p.a1[0]! },
    {
      key: 'z12',
      label: 'z₂ (hidden 2)',
      how: `${n.W1[1][0]}·x₁ + ${n.W1[1][1]}·x₂ + (${n.b1[1]})`,
      value: p.z1[1]!,
    },
    { key: 'a12', label: 'a₂ = ReLU(z₂)', how: 'max(0, z₂)', value: p.a1[1]! },
    {
      key: 'out',
      label: 'ŷ (output)',
      how: `${n.W2[0]}·a₁ + (${n.W2[1]})·a₂ + ${n.b2}`,
      value: p.yhat,
    },
  ];
  const backward: Cell[] = [
    { key: 'loss', label: 'L = ½(ŷ − y)²', how: `with y = ${n.y}`, value: p.loss },
    { key: 'dout', label: 'dL/dŷ', how: 'ŷ − y', value: p.dOut },
    {
      key: 'dv1',
      label: 'dL/dv₁',
      how: 'dL/dŷ · a₁ (v₁ is the weight from hidden 1 to the output)',
      value: p.dW2[0]!,
    },
    { key: 'dz1', label: 'dL/dz₁', how: 'dL/dŷ · v₁ · ReLU′(z₁)', value: p.dz1[0]! },
    { key: 'dw11', label: 'dL/dw₁₁', how: 'dL/dz₁ · x₁', value: p.dW1[0]![0]! },
  ];
  return (
    <section className="widget forward-pass" aria-label="A 2-2-1 network by hand">
      <p className="widget-given">
        Inputs x₁ = {n.x[0]}, x₂ = {n.x[1]}. Hidden layer (ReLU): neuron 1 has weights {n.W1[0][0]}{' '}
        and {n.W1[0][1]} and bias {n.b1[0]}; neuron 2 has weights {n.W1[1][0]} and {n.W1[1][1]} and
        bias {n.b1[1]}. Output (linear): weights v₁ = {n.W2[0]}, v₂ = {n.W2[1]}, bias {n.b2}.
      </p>
      <table className="widget-table blanks">
        <caption>
          Forward pass: fill in each value (press Enter or leave the box to check it)
        </caption>
        <thead>
          <tr>
            <th scope="col">value</th>
            <th scope="col">how</th>
            <th scope="col">yours</th>
            <th scope="col" className="verdict">
              <span className="visually-hidden">check</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {forward.map((c) => (
            <Blank key={c.key} cell={c} />
          ))}
        </tbody>
      </table>
      {options.backward === true && (
        <table className="widget-table blanks">
          <caption>Backward pass for the target y = {n.y}</caption>
          <tbody>
            {backward.map((c) => (
              <Blank key={c.key} cell={c} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
