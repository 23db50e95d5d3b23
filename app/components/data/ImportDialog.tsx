import { useEffect, useId, useRef, useState } from 'react';
import type { ColumnChoice } from '../../data/csvImport';
import type { ProblemType } from '../../engine/dataset';
import { MAX_CUSTOM_ROWS } from '../../engine/customData';
import { useAppStore } from '../../store/store';
import { DataDialog } from './DataDialog';
import { useCsvParser } from './useCsvParser';

const PROBLEM_LABEL: Record<ProblemType, string> = {
  binary: 'Two classes',
  multiclass: 'Several classes',
  regression: 'Values to predict (regression)',
};

/** Rejected rows listed one by one before the rest are counted. */
const MAX_LISTED = 100;
/** Characters shown of a preview cell. */
const MAX_CELL = 24;

const clip = (s: string) => (s.length > MAX_CELL ? `${s.slice(0, MAX_CELL - 1)}…` : s);

/**
 * Import a CSV: paste it, open a file (picker or drop) or load the study-hours example; see
 * what was read, choose the columns and the kind of target, see every row that will be left
 * out, then confirm. Nothing changes until "Import" is pressed. All text from the file is
 * shown as text, never as HTML.
 */
export default function ImportDialog() {
  const close = useAppStore((s) => s.openDataDialog);
  const setUserData = useAppStore((s) => s.setUserData);
  const setDrawing = useAppStore((s) => s.setDrawing);
  const { reply, busy, parse } = useCsvParser();
  const [text, setText] = useState('');
  const [name, setName] = useState('Pasted data');
  const [dragging, setDragging] = useState(false);
  const [readError, setReadError] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const ids = { text: useId(), target: useId(), kind: useId(), status: useId() };
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  const read = (t: string, n: string, choice?: ColumnChoice) => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    parse({ text: t, name: n, choice });
  };
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );

  const onPaste = (t: string) => {
    setText(t);
    setName('Pasted data');
    if (pending.current) clearTimeout(pending.current);
    if (t.trim() === '') return;
    // Typing is read after a pause; a paste arrives whole and is read at once by the same path.
    pending.current = setTimeout(() => read(t, 'Pasted data'), 250);
  };

  const openFile = async (file: File) => {
    setReadError('');
    try {
      const t = await file.text();
      setText(t);
      setName(file.name);
      read(t, file.name);
    } catch {
      setReadError(`“${file.name}” could not be read.`);
    }
  };

  const loadExample = async () => {
    setReadError('');
    try {
      const res = await fetch('data/study-hours.csv');
      if (!res.ok) throw new Error(String(res.status));
      const t = await res.text();
      setText(t);
      setName('study-hours.csv');
      read(t, 'study-hours.csv');
    } catch {
      setReadError('The study-hours example could not be loaded.');
    }
  };

  const choice = reply?.choice;
  const result = reply?.result ?? null;
  const change = (patch: Partial<ColumnChoice>) => {
    if (!choice) return;
    const next = { ...choice, ...patch };
    if (patch.target !== undefined) next.features = next.features.filter((j) => j !== patch.target);
    read(text, name, next);
  };
  const confirm = () => {
    if (!result?.data) return;
    setDrawing(false);
    setUserData(result.data, { undoable: true });
    close(null);
  };
  const rows = result?.data?.y.length ?? 0;
  const truncated = reply && reply.totalRows > reply.readRows;

  return (
    <DataDialog title="Import a CSV table" onClose={() => close(null)} className="import-dialog">
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer.files[0];
          if (file) void openFile(file);
        }}
      >
        <label htmlFor={ids.text}>Paste CSV text</label>
        <textarea
          id={ids.text}
          value={text}
          rows={6}
          spellCheck={false}
          placeholder={'hours,sleep,passed\n12,6,yes\n3,9,no'}
          onChange={(e) => onPaste(e.target.value)}
        />
        <div className="import-sources">
          <button type="button" className="secondary" onClick={() => fileRef.current?.click()}>
            Open a file…
          </button>
          <input
            ref={fileRef}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain"
            aria-label="CSV file"
            hidden
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void openFile(file);
              e.target.value = '';
            }}
          />
          <button type="button" className="secondary" onClick={() => void loadExample()}>
            Load the study-hours example
          </button>
          <span className="muted">or drop a file here</span>
        </div>
      </div>

      <div id={ids.status} className="import-status" role="status">
        {busy ? 'Reading…' : ''}
      </div>
      {readError && (
        <p className="import-error" role="alert">
          {readError}
        </p>
      )}
      {reply?.error && (
        <p className="import-error" role="alert">
          {reply.error}
        </p>
      )}
      {reply && reply.notes.length > 0 && (
        <ul className="import-notes" aria-label="Notes on reading">
          {reply.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {truncated && (
        <p className="import-warning" role="alert">
          The table has {reply.totalRows.toLocaleString('en')} rows; at most{' '}
          {MAX_CUSTOM_ROWS.toLocaleString('en')} can be used. Importing keeps the first{' '}
          {reply.readRows.toLocaleString('en')}.
        </p>
      )}

      {reply && !reply.error && choice && (
        <>
          <div className="import-preview" role="region" aria-label="Preview" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  {reply.header.map((h, j) => (
                    <th key={j} scope="col">
                      {clip(h)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {reply.preview.map((r) => (
                  <tr key={r.line}>
                    <th scope="row">{r.line}</th>
                    {reply.header.map((_, j) => (
                      <td key={j}>{clip(r.cells[j] ?? '')}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <div className="import-columns">
            <div className="import-field">
              <label htmlFor={ids.target}>Target column</label>
              <select
                id={ids.target}
                value={choice.target}
                onChange={(e) => change({ target: Number(e.target.value), problem: undefined })}
              >
                {reply.header.map((h, j) => (
                  <option key={j} value={j}>
                    {h}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="import-features">
              <legend>Feature columns (at least two numeric ones)</legend>
              {reply.header.map((h, j) => {
                if (j === choice.target) return null;
                const numeric = reply.numeric.includes(j);
                const on = choice.features.includes(j);
                return (
                  <label key={j} className="check">
                    <input
                      type="checkbox"
                      checked={on}
                      disabled={!numeric && !on}
                      onChange={(e) =>
                        change({
                          features: e.target.checked
                            ? [...choice.features, j].sort((a, b) => a - b)
                            : choice.features.filter((f) => f !== j),
                        })
                      }
                    />
                    {h}
                    {!numeric && <span className="muted"> (text)</span>}
                  </label>
                );
              })}
            </fieldset>
            {result && (
              <div className="import-field">
                <label htmlFor={ids.kind}>The target is</label>
                <select
                  id={ids.kind}
                  value={result.problem}
                  onChange={(e) => change({ problem: e.target.value as ProblemType })}
                >
                  {(Object.keys(PROBLEM_LABEL) as ProblemType[]).map((p) => (
                    <option key={p} value={p}>
                      {PROBLEM_LABEL[p]}
                      {p === result.guess.problem ? ' (detected)' : ''}
                    </option>
                  ))}
                </select>
                <p className="muted import-reason">
                  Detected from {result.guess.reason}
                  {result.data && result.data.classNames.length > 0
                    ? `; classes: ${result.data.classNames.map(clip).join(', ')}`
                    : ''}
                  .
                </p>
              </div>
            )}
          </div>

          {result && result.errors.length > 0 && (
            <ul className="import-errors" role="alert" aria-label="Problems">
              {result.errors.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
          {result && result.rejected.length > 0 && (
            <section className="import-rejected" aria-label="Rows left out">
              <p>
                {result.rejected.length.toLocaleString('en')} row
                {result.rejected.length === 1 ? ' is' : 's are'} left out:
              </p>
              <ul>
                {result.rejected.slice(0, MAX_LISTED).map((r) => (
                  <li key={r.line}>{r.message}</li>
                ))}
              </ul>
              {result.rejected.length > MAX_LISTED && (
                <p className="muted">
                  …and {(result.rejected.length - MAX_LISTED).toLocaleString('en')} more.
                </p>
              )}
            </section>
          )}
        </>
      )}

      <div className="data-dialog-actions">
        <button type="button" className="primary" disabled={!result?.data} onClick={confirm}>
          {result?.data
            ? `Import ${rows.toLocaleString('en')} row${rows === 1 ? '' : 's'}`
            : 'Import'}
        </button>
        <button type="button" className="secondary" onClick={() => close(null)}>
          Cancel
        </button>
        {reply && <span className="muted">Read in {Math.max(1, Math.round(reply.ms))} ms.</span>}
      </div>
    </DataDialog>
  );
}
