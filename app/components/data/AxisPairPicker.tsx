import { useId } from 'react';
import { useAppStore } from '../../store/store';

/**
 * For data with more than two inputs: which two the output plot spans. The other inputs are
 * held at their training mean, as the caption says.
 */
export function AxisPairPicker({ names, axes }: { names: string[]; axes: [number, number] }) {
  const setAxes = useAppStore((s) => s.setBoundaryAxes);
  const ids = { x: useId(), y: useId() };
  const pick = (which: 0 | 1, j: number) => {
    const next: [number, number] = [...axes];
    // Choosing the column the other axis shows swaps the two.
    if (next[1 - which] === j) next[1 - which] = next[which];
    next[which] = j;
    setAxes(next);
  };
  const others = names.filter((_, j) => j !== axes[0] && j !== axes[1]);
  return (
    <div className="axis-pair" role="group" aria-label="Inputs on the plot">
      <label htmlFor={ids.x}>Across</label>
      <select id={ids.x} value={axes[0]} onChange={(e) => pick(0, Number(e.target.value))}>
        {names.map((n, j) => (
          <option key={j} value={j}>
            {n}
          </option>
        ))}
      </select>
      <label htmlFor={ids.y}>Up</label>
      <select id={ids.y} value={axes[1]} onChange={(e) => pick(1, Number(e.target.value))}>
        {names.map((n, j) => (
          <option key={j} value={j}>
            {n}
          </option>
        ))}
      </select>
      <span className="muted">
        {others.join(', ')} held at {others.length === 1 ? 'its' : 'their'} mean
      </span>
    </div>
  );
}
