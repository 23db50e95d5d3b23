import { useEffect, useId, useMemo, useState } from 'react';
import { BoundaryChart } from '../../components/charts/BoundaryChart';
import type { GridValues, NetworkInfo } from '../../engine/sessionTypes';
import type { WidgetProps } from './registry';
import { usePublish } from './usePublish';
import { houseCost, houseData, neuronOutput } from './singleNeuronMath';

const RES = 66;
const DOMAIN: [number, number] = [0, 260];

function Slider(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange(v: number): void;
}) {
  const id = useId();
  return (
    <div className="widget-slider">
      <label htmlFor={id}>
        {props.label} = <output htmlFor={id}>{props.value}</output>
      </label>
      <input
        id={id}
        type="range"
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        onChange={(e) => props.onChange(Number(e.target.value))}
      />
    </div>
  );
}

/**
 * One neuron fitted by hand: price = w · area + b (optionally through ReLU) drawn over the house
 * data with the playground's regression chart, and the cost it gives. Publishes `cost`, `w`, `b`.
 */
export function SingleNeuron({ blockKey, options }: WidgetProps<'single-neuron'>) {
  const data = useMemo(houseData, []);
  const [w, setW] = useState(1);
  const [b, setB] = useState(0);
  const [relu, setRelu] = useState(false);
  const publish = usePublish('single-neuron', blockKey);
  const cost = houseCost(w, b, data.area, data.price, relu);
  useEffect(() => publish({ cost, w, b, relu: relu ? 1 : 0 }), [publish, cost, w, b, relu]);

  const info = useMemo<NetworkInfo>(
    () => ({
      problem: 'regression',
      classes: 0,
      featureNames: ['area'],
      inputNames: ['floor area (m²)'],
      targetName: 'price (k€)',
      layers: [],
      parameterCount: 2,
      dims: 1,
      points: Float64Array.from(data.area),
      targets: Float64Array.from(data.price),
      isTrain: new Uint8Array(data.area.length).fill(1),
      domain: [DOMAIN],
      targetDomain: [-200, 1000],
      trainCount: data.area.length,
      testCount: 0,
    }),
    [data],
  );
  const grid = useMemo<GridValues>(() => {
    const output = new Float32Array(RES);
    for (let c = 0; c < RES; c++) {
      const x = DOMAIN[0] + (c * (DOMAIN[1] - DOMAIN[0])) / (RES - 1);
      output[c] = neuronOutput(w, b, x, relu);
    }
    return { res: RES, output, outputs: 1, neuronCount: 0 };
  }, [w, b, relu]);

  return (
    <section className="widget single-neuron" aria-label="One neuron fitted by hand">
      <div className="widget-row">
        <div className="widget-controls">
          <Slider label="weight w" value={w} min={-2} max={6} step={0.05} onChange={setW} />
          <Slider label="bias b" value={b} min={-400} max={400} step={5} onChange={setB} />
          {options.relu === true && (
            <label className="widget-check">
              <input type="checkbox" checked={relu} onChange={(e) => setRelu(e.target.checked)} />{' '}
              Pass z through ReLU: ŷ = max(0, w·x + b)
            </label>
          )}
          <p className="widget-formula">
            ŷ = {relu ? 'max(0, ' : ''}
            {w} × area {b < 0 ? '−' : '+'} {Math.abs(b)}
            {relu ? ')' : ''}
          </p>
          <p className="widget-readout" aria-live="polite">
            Cost (mean of ½(ŷ − y)²): <strong aria-label="Cost">{cost.toFixed(0)}</strong>
          </p>
        </div>
        <BoundaryChart
          info={info}
          grid={grid}
          showTest={false}
          discretize={false}
          size={300}
          ariaLabel={`House prices against floor area with the neuron's line; cost ${cost.toFixed(0)}`}
        />
      </div>
    </section>
  );
}
