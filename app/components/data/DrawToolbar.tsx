import { useId } from 'react';
import { classCss } from '../../charts/colors';
import { drawingFrom, drawingNeeds, emptyDrawing } from '../../data/drawing';
import { isCustomDataset } from '../../engine/customData';
import { DATASET_INFO } from '../../engine/datasets';
import type { ProblemType } from '../../engine/dataset';
import { useAppStore } from '../../store/store';
import '../../styles/dataTools.css';

const KINDS: { value: ProblemType; label: string }[] = [
  { value: 'binary', label: 'Two classes' },
  { value: 'multiclass', label: 'Several classes' },
  { value: 'regression', label: 'Values' },
];

/** The draw tool's controls under the output plot: kind, class or value, eraser, undo, clear. */
export function DrawToolbar() {
  const data = useAppStore((s) => s.userData);
  const target = useAppStore((s) => s.drawTarget);
  const eraser = useAppStore((s) => s.eraser);
  const canUndo = useAppStore((s) => s.userDataUndo.length > 0);
  const setDrawing = useAppStore((s) => s.setDrawing);
  const setTarget = useAppStore((s) => s.setDrawTarget);
  const setEraser = useAppStore((s) => s.setEraser);
  const setUserData = useAppStore((s) => s.setUserData);
  const undo = useAppStore((s) => s.undoUserData);
  const info = useAppStore((s) => s.info);
  const dataset = useAppStore((s) => s.config.dataset);
  const ids = { kind: useId(), value: useId() };
  if (!data) return null;
  const need = drawingNeeds(data);
  return (
    <div className="draw-toolbar" role="toolbar" aria-label="Drawing tools">
      <div className="draw-row">
        <label htmlFor={ids.kind}>Points are</label>
        <select
          id={ids.kind}
          value={data.problem}
          onChange={(e) => setDrawing(true, e.target.value as ProblemType)}
        >
          {KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
        {data.problem === 'regression' ? (
          <>
            <label htmlFor={ids.value}>Value</label>
            <input
              id={ids.value}
              type="number"
              step={0.5}
              min={-100}
              max={100}
              value={target}
              onChange={(e) => {
                const v = Number(e.target.value);
                if (Number.isFinite(v)) setTarget(v);
              }}
            />
          </>
        ) : (
          <div className="draw-classes" role="radiogroup" aria-label="Class of new points">
            {data.classNames.map((c, k) => (
              <button
                key={c}
                type="button"
                role="radio"
                aria-checked={!eraser && target === k}
                aria-label={`Class ${c}`}
                className="draw-class"
                onClick={() => setTarget(k)}
              >
                <span className="swatch" style={{ background: classCss(k) }} aria-hidden="true" />
                {c}
              </button>
            ))}
          </div>
        )}
      </div>
      <div className="draw-row">
        <button
          type="button"
          className="secondary"
          aria-pressed={eraser}
          onClick={() => setEraser(!eraser)}
        >
          Eraser
        </button>
        <button type="button" className="secondary" disabled={!canUndo} onClick={undo}>
          Undo
        </button>
        <button
          type="button"
          className="secondary"
          disabled={data.y.length === 0}
          onClick={() => setUserData(emptyDrawing(data.problem), { undoable: true })}
        >
          Clear
        </button>
        <button type="button" className="secondary" onClick={() => setDrawing(false)}>
          Done
        </button>
        {info && info.dims === 2 && !isCustomDataset(dataset) && (
          <button
            type="button"
            className="secondary"
            title="Copy the points of the current data set into the drawing, to move, erase or add to"
            onClick={() =>
              setUserData(drawingFrom(`${DATASET_INFO[dataset].label} (edited)`, info), {
                undoable: true,
              })
            }
          >
            Start from {DATASET_INFO[dataset].label}
          </button>
        )}
      </div>
      <p id="draw-help" className="draw-hint">
        {need ? `${need} ` : ''}Click to add, drag to move, Shift-click to erase. Keys: arrows move
        the cursor, Enter adds, Delete erases
        {data.problem === 'regression' ? '' : `, 1–${data.classNames.length} pick the class`}.
      </p>
    </div>
  );
}
