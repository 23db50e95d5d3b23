import type { CsvRecord } from './csvText';
import {
  buildImport,
  defaultChoice,
  numericColumns,
  readCsvTable,
  tooManyColumnsNote,
} from './csvImport';
import type { ColumnChoice, ImportResult } from './csvImport';

/** A request to read a CSV text: with no choice, the default columns are used. */
export interface ParseRequest {
  id: number;
  text: string;
  name: string;
  choice?: ColumnChoice;
  /** Rows to read at most (10,000 unless the user accepts fewer). */
  limit?: number;
}

/** What the import dialog shows: the table's shape, a preview, the choice and the outcome. */
export interface ParseReply {
  id: number;
  header: string[];
  numeric: number[];
  totalRows: number;
  readRows: number;
  delimiter: string;
  notes: string[];
  /** Why nothing can be read (empty file, unclosed quote, too few columns). */
  error?: string;
  preview: CsvRecord[];
  choice: ColumnChoice;
  result: ImportResult | null;
  /** Milliseconds the reading took (for the curious, and for the benchmark figure). */
  ms: number;
}

/** Rows shown in the dialog's preview. */
const PREVIEW_ROWS = 6;

/**
 * Read a CSV text and build the import for the chosen (or default) columns: the whole job
 * the parse worker does, free of worker globals so it runs in tests as well.
 */
export function parseForImport(req: ParseRequest, now: () => number = () => 0): ParseReply {
  const t0 = now();
  const table = readCsvTable(req.text, req.limit);
  const choice = req.choice ?? defaultChoice(table);
  const result = table.error ? null : buildImport(table, choice, req.name);
  // A table wider than the engine takes says so beside the columns it ticked.
  const wide = table.error ? null : tooManyColumnsNote(table);
  return {
    id: req.id,
    header: table.header,
    numeric: table.error ? [] : numericColumns(table),
    totalRows: table.totalRows,
    readRows: table.records.length,
    delimiter: table.delimiter,
    notes: wide ? [...table.notes, wide] : table.notes,
    error: table.error,
    preview: table.records.slice(0, PREVIEW_ROWS),
    choice,
    result,
    ms: now() - t0,
  };
}
