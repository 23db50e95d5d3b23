import { scatterGeometry } from '../../charts/scatter';

interface ScatterPlotProps {
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  targets: ArrayLike<number>;
  isTrain: ArrayLike<number>;
  regression: boolean;
  xLabel: string;
  yLabel: string;
}

const W = 420;
const H = 300;

/** Two columns against each other; test rows drawn hollow-edged. */
export function ScatterPlot(props: ScatterPlotProps) {
  const g = scatterGeometry(props, W, H);
  const { plot } = g.frame;
  return (
    <svg
      className="chart scatter-plot"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`Scatter of ${props.yLabel} against ${props.xLabel}`}
    >
      <rect
        className="scatter-frame"
        x={plot.x}
        y={plot.y}
        width={plot.width}
        height={plot.height}
      />
      {g.xTicks.map((t) => (
        <text key={`x${t.value}`} x={t.at} y={plot.y + plot.height + 14} textAnchor="middle">
          {t.value}
        </text>
      ))}
      {g.yTicks.map((t) => (
        <text key={`y${t.value}`} x={plot.x - 5} y={t.at + 4} textAnchor="end">
          {t.value}
        </text>
      ))}
      <text className="axis-title" x={plot.x + plot.width / 2} y={H - 4} textAnchor="middle">
        {props.xLabel}
      </text>
      <text
        className="axis-title"
        transform={`translate(11,${plot.y + plot.height / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {props.yLabel}
      </text>
      {g.dots.map((d) => (
        <circle
          key={d.row}
          className={`point ${d.train ? 'train' : 'test'}`}
          cx={d.x}
          cy={d.y}
          r={3.5}
          style={{ fill: d.fill }}
        />
      ))}
    </svg>
  );
}
