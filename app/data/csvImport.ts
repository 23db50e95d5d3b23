import {
  MAX_CUSTOM_CLASSES,
  MAX_CUSTOM_INPUTS,
  MAX_CUSTOM_ROWS,
  customDataProblem,
} from '../engine/customData';
import type { CustomData } from '../engine/customData';
import type { ProblemType } from '../engine/dataset';
import { splitCsv } from './csvText';
import type { CsvRecord, Delimiter } from './csvText';
import { guessTarget, parseNumber, sortLabels } from './targetKind';
import type { TargetGuess } from './targetKind';
import { grouped } from '../engine/numberText';

/** A CSV text read as a header and data records, before any column is chosen. */
export interface CsvTable {
  header: string[];
  /** Data records (at most `limit`), each with the file line it starts on. */
  records: CsvRecord[];
  /** Data records in the whole file (may exceed records.length when cut at the limit). */
  totalRows: number;
  delimiter: Delimiter;
  notes: string[];
  /** Why nothing can be imported (empty file, unclosed quote, too few columns). */
  error?: string;
}

/** A row that was left out, and why (names the row and the column). */
export interface RowIssue {
  line: number;
  message: string;
}

/** Which columns to use and how to read the target. */
export interface ColumnChoice {
  features: number[];
  target: number;
  /** Overrides the detected problem type. */
  problem?: ProblemType;
}

/** The outcome of turning a table into the user's data. */
export interface ImportResult {
  /** Null when the import cannot go ahead; `errors` says why. */
  data: CustomData | null;
  guess: TargetGuess;
  problem: ProblemType;
  rejected: RowIssue[];
  errors: string[];
}

/**
 * Read a CSV text into a header and records. Cuts at `limit` data rows (default 10,000),
 * keeping the true row count, so the page can offer to import the first rows of a larger file.
 * Duplicate or empty header names are made unique ('column 3', 'x (2)').
 */
export function readCsvTable(text: string, limit = MAX_CUSTOM_ROWS): CsvTable {
  const split = splitCsv(text);
  const base = { delimiter: split.delimiter, notes: split.notes, records: [], totalRows: 0 };
  if (split.error) return { ...base, header: [], error: split.error };
  const [head, ...rows] = split.records;
  if (!head) return { ...base, header: [], error: 'The text is empty: there is no header row.' };
  const header = uniqueNames(head.cells.map((c) => c.trim()));
  if (header.length < 2) {
    return {
      ...base,
      header,
      error: `Row ${head.line}: the header has ${header.length} column; at least two are needed (an input and a target), separated by commas or semicolons.`,
    };
  }
  if (rows.length === 0) {
    return { ...base, header, error: 'There are no data rows below the header.' };
  }
  return { ...base, header, records: rows.slice(0, limit), totalRows: rows.length };
}

function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n, i) => {
    const name = n === '' ? `column ${i + 1}` : n;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

/**
 * Columns that hold numbers in at least half of the rows (candidates for features), in order.
 */
export function numericColumns(table: CsvTable): number[] {
  const dc = table.delimiter === ';';
  return table.header
    .map((_, j) => j)
    .filter((j) => {
      let ok = 0;
      for (const r of table.records) if (parseNumber(r.cells[j] ?? '', dc) !== null) ok++;
      return ok * 2 >= table.records.length;
    });
}

/**
 * The default choice: the last column as target, every other numeric column as a feature (the
 * first MAX_CUSTOM_INPUTS of them, the most the engine trains on).
 */
export function defaultChoice(table: CsvTable): ColumnChoice {
  const target = table.header.length - 1;
  const features = numericColumns(table).filter((j) => j !== target);
  return { target, features: features.slice(0, MAX_CUSTOM_INPUTS) };
}

/**
 * What the import dialog says about a table with more numeric columns than the engine takes,
 * or null. Example: 999 numeric columns → 'This table has 999 number columns…'.
 */
export function tooManyColumnsNote(table: CsvTable): string | null {
  const n = numericColumns(table).filter((j) => j !== table.header.length - 1).length;
  if (n <= MAX_CUSTOM_INPUTS) return null;
  return `This table has ${grouped(n)} number columns; a network here takes at most ${MAX_CUSTOM_INPUTS} inputs, so the first ${MAX_CUSTOM_INPUTS} are ticked. Tick the ones you want (up to ${MAX_CUSTOM_INPUTS}), or keep only those columns in the file.`;
}

/**
 * Turn a table into the user's data with the chosen columns. Every row that cannot be used
 * is listed with its line and column: a wrong number of fields, an empty or non-numeric
 * feature, an empty target (or a non-numeric one for regression). The import fails (data
 * null, `errors` set) when fewer than two feature columns are chosen, the target is also a
 * feature, no row is left, a classifier has one class or more than eight, or a row is left
 * in only one class.
 */
export function buildImport(table: CsvTable, choice: ColumnChoice, name: string): ImportResult {
  const { header } = table;
  const dc = table.delimiter === ';';
  const targetCells = table.records.map((r) => (r.cells[choice.target] ?? '').trim());
  const guess = guessTarget(targetCells, dc);
  const problem = choice.problem ?? guess.problem;
  const errors: string[] = [];
  const rejected: RowIssue[] = [];
  const features = choice.features.filter((j) => j >= 0 && j < header.length);
  if (features.length < 1) errors.push('Choose at least one input column.');
  if (features.length > MAX_CUSTOM_INPUTS) {
    errors.push(
      `${grouped(features.length)} input columns are ticked; a network here takes at most ${MAX_CUSTOM_INPUTS}. Untick ${grouped(features.length - MAX_CUSTOM_INPUTS)} of them.`,
    );
  }
  if (features.includes(choice.target)) {
    errors.push(`“${header[choice.target]}” cannot be both a feature and the target.`);
  }
  if (choice.target < 0 || choice.target >= header.length) errors.push('Choose a target column.');
  if (features.length === 1 && problem === 'multiclass') {
    // One input is drawn as a curve, which shows one output: a value or one class's chance.
    errors.push(
      'With one input column the target must be numbers or two classes; tick a second input column to classify more than two.',
    );
  }
  if (errors.length > 0) return { data: null, guess, problem, rejected, errors };

  const labels =
    problem === 'regression'
      ? []
      : guess.problem !== 'regression' && guess.labels.length > 0
        ? guess.labels
        : sortLabels(new Set(targetCells.filter((c) => c !== '')));
  const classOf = new Map<string, number>();
  labels.forEach((l, i) => classOf.set(l, i));
  const numericLabels = labels.length > 0 && labels.every((l) => parseNumber(l) !== null);
  const x: number[] = [];
  const y: number[] = [];
  const colName = (j: number) => `column “${header[j]}”`;
  for (const rec of table.records) {
    const cells = rec.cells;
    if (cells.length !== header.length) {
      const diff =
        cells.length < header.length
          ? `missing ${header
              .slice(cells.length)
              .map((h) => `“${h}”`)
              .join(', ')}`
          : `extra value “${clip(cells[header.length] ?? '')}” in column ${header.length + 1}`;
      rejected.push({
        line: rec.line,
        message: `Row ${rec.line}: ${cells.length} field${cells.length === 1 ? '' : 's'}, the header has ${header.length} (${diff}).`,
      });
      continue;
    }
    const row: number[] = [];
    let issue = '';
    for (const j of features) {
      const cell = cells[j]!.trim();
      const v = parseNumber(cell, dc);
      if (v === null) {
        issue =
          cell === ''
            ? `Row ${rec.line}, ${colName(j)}: the value is empty.`
            : `Row ${rec.line}, ${colName(j)}: “${clip(cell)}” is not a number.`;
        break;
      }
      row.push(v);
    }
    const t = cells[choice.target]!.trim();
    let target = NaN;
    if (!issue) {
      if (t === '') issue = `Row ${rec.line}, ${colName(choice.target)}: the target is empty.`;
      else if (problem === 'regression') {
        target = parseNumber(t, dc) ?? NaN;
        if (Number.isNaN(target)) {
          issue = `Row ${rec.line}, ${colName(choice.target)}: “${clip(t)}” is not a number.`;
        }
      } else {
        const key = numericLabels ? String(parseNumber(t, dc) ?? t) : t;
        target = classOf.get(key) ?? NaN;
        if (Number.isNaN(target)) {
          issue = `Row ${rec.line}, ${colName(choice.target)}: “${clip(t)}” is not a class.`;
        }
      }
    }
    if (issue) {
      rejected.push({ line: rec.line, message: issue });
      continue;
    }
    x.push(...row);
    y.push(target);
  }
  const n = y.length;
  if (n === 0) errors.push('No row could be used; see the rows listed below.');
  else if (n < 2) errors.push('Only one row could be used; at least two are needed.');
  if (problem !== 'regression' && n > 0) {
    const present = new Set(y);
    if (labels.length > MAX_CUSTOM_CLASSES) {
      errors.push(
        `The target ${colName(choice.target)} has ${labels.length} classes; at most ${MAX_CUSTOM_CLASSES} are supported. Treat it as values to predict, or choose another column.`,
      );
    } else if (present.size < 2) {
      errors.push(
        `The target ${colName(choice.target)} has a single class (“${clip(labels[y[0]!] ?? '')}”); a classifier needs at least two.`,
      );
    } else if (problem === 'binary' && labels.length !== 2) {
      errors.push(
        `The target ${colName(choice.target)} has ${labels.length} classes, not two: choose “several classes”.`,
      );
    }
  }
  if (errors.length > 0) return { data: null, guess, problem, rejected, errors };
  const data: CustomData = {
    name,
    problem,
    dims: features.length,
    inputNames: features.map((j) => header[j]!),
    targetName: header[choice.target]!,
    classNames: labels,
    x,
    y,
  };
  const bad = customDataProblem(data);
  if (bad)
    return { data: null, guess, problem, rejected, errors: [`The data is not usable: ${bad}.`] };
  return { data, guess, problem, rejected, errors };
}

/** At most 30 characters of a cell, for a message (plain text). */
function clip(s: string): string {
  const t = s.replace(/\p{Cc}/gu, ' ');
  return t.length > 30 ? `${t.slice(0, 29)}…` : t;
}
