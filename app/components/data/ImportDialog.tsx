import { useEffect, useId, useRef, useState } from 'react';
import type { ColumnChoice } from '../../data/csvImport';
import { MAX_CUSTOM_ROWS } from '../../engine/customData';
import { useAppStore } from '../../store/store';
import { Dialog } from '../Dialog';
import '../../styles/dataTools.css';
import { ImportColumns, ImportPreview, RejectedRows } from './ImportParts';
import { takeDroppedFile } from './droppedFile';
import { useCsvParser } from './useCsvParser';
import { grouped } from '../../engine/numberText';

/** Characters of an opened file shown in the text box; a larger file is named instead. */
const MAX_SHOWN = 20_000;

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
  // What the text box shows: a large file is read but not laid out in it (that would stall).
  const [shown, setShown] = useState('');
  const [dragging, setDragging] = useState(false);
  const [readError, setReadError] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const ids = { text: useId(), status: useId() };
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
    setShown(t);
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
      setShown(t.length <= MAX_SHOWN ? t : '');
      setName(file.name);
      read(t, file.name);
    } catch {
      setReadError(`“${file.name}” could not be read.`);
    }
  };

  // A file dropped on the page before the dialog opened.
  useEffect(() => {
    const file = takeDroppedFile();
    if (file) void openFile(file);
    // Once, on opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const loadExample = async () => {
    setReadError('');
    try {
      const res = await fetch('data/study-hours.csv');
      if (!res.ok) throw new Error(String(res.status));
      const t = await res.text();
      setText(t);
      setShown(t);
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
    <Dialog
      title="Import a CSV table"
      onClose={() => close(null)}
      className="data-dialog import-dialog"
    >
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          e.stopPropagation();
          setDragging(false);
          const file = e.dataTransfer.files[0];
          if (file) void openFile(file);
        }}
      >
        <label htmlFor={ids.text}>Paste CSV text</label>
        <textarea
          id={ids.text}
          value={shown}
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
        {text !== shown && (
          <p className="import-file">
            {name}: {grouped(Math.ceil(text.length / 1024))} KB, read from the file.
          </p>
        )}
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
          The table has {grouped(reply.totalRows)} rows; at most {grouped(MAX_CUSTOM_ROWS)} can be
          used. Importing keeps the first {grouped(reply.readRows)}.
        </p>
      )}

      {reply && !reply.error && choice && (
        <>
          <ImportPreview header={reply.header} rows={reply.preview} />
          <ImportColumns reply={reply} choice={choice} result={result} onChange={change} />
          {result && result.errors.length > 0 && (
            <ul className="import-errors" role="alert" aria-label="Problems">
              {result.errors.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
          {result && result.rejected.length > 0 && <RejectedRows rows={result.rejected} />}
        </>
      )}

      <div className="data-dialog-actions">
        <button type="button" className="primary-button" disabled={!result?.data} onClick={confirm}>
          {result?.data ? `Import ${grouped(rows)} row${rows === 1 ? '' : 's'}` : 'Import'}
        </button>
        <button type="button" className="secondary" onClick={() => close(null)}>
          Cancel
        </button>
        {reply && <span className="muted">Read in {Math.max(1, Math.round(reply.ms))} ms.</span>}
      </div>
    </Dialog>
  );
}
