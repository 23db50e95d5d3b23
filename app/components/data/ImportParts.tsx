import { useId } from 'react';
import type { ColumnChoice, ImportResult, RowIssue } from '../../data/csvImport';
import type { ParseReply } from '../../data/csvParse';
import type { CsvRecord } from '../../data/csvText';
import type { ProblemType } from '../../engine/dataset';
import { grouped } from '../../engine/numberText';

const PROBLEM_LABEL: Record<ProblemType, string> = {
  binary: 'Two classes',
  multiclass: 'Several classes',
  regression: 'Values to predict (regression)',
};

/** Rejected rows listed one by one before the rest are counted. */
const MAX_LISTED = 100;
/** Characters shown of a preview cell. */
const MAX_CELL = 24;

/** At most MAX_CELL characters of a cell, for display (as text). */
export const clip = (s: string) => (s.length > MAX_CELL ? `${s.slice(0, MAX_CELL - 1)}…` : s);

/** The first rows as read, under the header, each with its row number in the file. */
export function ImportPreview({ header, rows }: { header: string[]; rows: CsvRecord[] }) {
  return (
    <div className="import-preview" role="region" aria-label="Preview" tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">Row</th>
            {header.map((h, j) => (
              <th key={j} scope="col">
                {clip(h)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.line}>
              <th scope="row">{r.line}</th>
              {header.map((_, j) => (
                <td key={j}>{clip(r.cells[j] ?? '')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface ImportColumnsProps {
  reply: ParseReply;
  choice: ColumnChoice;
  result: ImportResult | null;
  onChange(patch: Partial<ColumnChoice>): void;
}

/** The target column, the feature columns and what the target is (detected, can be changed). */
export function ImportColumns({ reply, choice, result, onChange }: ImportColumnsProps) {
  const ids = { target: useId(), kind: useId() };
  return (
    <div className="import-columns">
      <div className="import-field">
        <label htmlFor={ids.target}>Target column</label>
        <select
          id={ids.target}
          value={choice.target}
          onChange={(e) => onChange({ target: Number(e.target.value), problem: undefined })}
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
                  onChange({
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
            onChange={(e) => onChange({ problem: e.target.value as ProblemType })}
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
  );
}

/** Every row that will be left out, with its reason (the first hundred, then a count). */
export function RejectedRows({ rows }: { rows: RowIssue[] }) {
  return (
    <section className="import-rejected" aria-label="Rows left out">
      <p>
        {grouped(rows.length)} row{rows.length === 1 ? ' is' : 's are'} left out:
      </p>
      <ul>
        {rows.slice(0, MAX_LISTED).map((r) => (
          <li key={r.line}>{r.message}</li>
        ))}
      </ul>
      {rows.length > MAX_LISTED && (
        <p className="muted">…and {grouped(rows.length - MAX_LISTED)} more.</p>
      )}
    </section>
  );
}
