import { useId } from 'react';
import { SPEED_STOPS, speedAt, speedLabel } from '../../store/speedScale';
import { useAppStore } from '../../store/store';

/** Slider from slow motion (1 step/s, for narrating) to full speed, with its value shown. */
export function SpeedControl() {
  const id = useId();
  const index = useAppStore((s) => s.speedIndex);
  const setSpeedIndex = useAppStore((s) => s.setSpeedIndex);
  const label = speedLabel(speedAt(index));
  return (
    <div
      className="speed-control"
      title="Training speed: slow motion to watch each step, full speed to see where it ends"
    >
      <label htmlFor={id}>Speed</label>
      <input
        id={id}
        type="range"
        min={0}
        max={SPEED_STOPS.length - 1}
        step={1}
        value={index}
        aria-valuetext={label}
        onChange={(e) => setSpeedIndex(Number(e.target.value))}
      />
      <span className="speed-value">{label}</span>
    </div>
  );
}
