/** The separators a table may use; the first line decides which one. */
export type Delimiter = ',' | ';' | '\t';

/** One record of a CSV text and the line of the file where it starts (1-based). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A CSV text split into records, with what was noticed on the way. */
export interface CsvText {
  delimiter: Delimiter;
  records: CsvRecord[];
  /** Plain-text remarks: BOM removed, separator detected, mixed line endings, blank lines. */
  notes: string[];
  /** Set when the text cannot be read at all (an unclosed quote), naming the line. */
  error?: string;
}

const DELIMITER_NAMES: Record<Delimiter, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
};

/**
 * The separator of a CSV text, chosen by counting commas, semicolons and tabs outside quotes
 * on its first line; ties go to the comma. Example: 'a;b;c' → ';'.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/**
 * Split a CSV text into records (RFC 4180 quoting: "a, b" is one field, "" inside quotes is
 * one quote, quoted fields may span lines). A UTF-8 byte-order mark is dropped; CRLF, LF and
 * CR line endings are all accepted, even mixed; blank lines are skipped. Fields are not
 * trimmed here. Example: 'x,y\r\n1,"2,5"\n' → records [['x','y'] at line 1, ['1','2,5'] at line 2].
 */
export function splitCsv(input: string, delimiter?: Delimiter): CsvText {
  const notes: string[] = [];
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    notes.push('A UTF-8 byte-order mark at the start was removed.');
  }
  const sep = delimiter ?? detectDelimiter(text);
  if (sep !== ',') notes.push(`Separator: ${DELIMITER_NAMES[sep]} (detected).`);
  const records: CsvRecord[] = [];
  const endings = { crlf: 0, lf: 0, cr: 0 };
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let quoteLine = 0;
  let blank = 0;
  let any = false;
  const endField = () => {
    cells.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    if (cells.length === 1 && cells[0]!.trim() === '' && !any) blank++;
    else records.push({ line: start, cells });
    cells = [];
    any = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      any = true;
      field = '';
    } else if (ch === sep) {
      endField();
      any = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') {
        endings.crlf++;
        i++;
      } else if (ch === '\r') endings.cr++;
      else endings.lf++;
      endRecord();
      line++;
      start = line;
    } else {
      field += ch;
    }
  }
  if (quoted) {
    return {
      delimiter: sep,
      records,
      notes,
      error: `Row ${quoteLine}: a quoted field opens here and is never closed.`,
    };
  }
  if (field !== '' || cells.length > 0 || any) endRecord();
  const kinds = Object.values(endings).filter((n) => n > 0).length;
  if (kinds > 1) notes.push('The text mixes line endings (CRLF and LF); every line was read.');
  if (blank > 0) notes.push(`${blank} blank line${blank === 1 ? ' was' : 's were'} skipped.`);
  return { delimiter: sep, records, notes };
}

/**
 * One field as CSV: quoted when it is empty or holds any separator, a quote, a line break,
 * edge spaces or a leading byte-order mark, so that reading it back (separator detection
 * included) gives the same text. Example: csvField('2,5') → '"2,5"'.
 */
export function csvField(value: string, delimiter: Delimiter = ','): string {
  const needs =
    value === '' ||
    /[,;\t"\r\n]/.test(value) ||
    value.includes(delimiter) ||
    value !== value.trim() ||
    value.charCodeAt(0) === 0xfeff;
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Rows of fields as CSV text, one line per row ending in LF. Empty fields are written as "" so
 * a row of one empty field is not read back as a blank line.
 * Example: writeCsv([['a', 'b,c']]) → 'a,"b,c"\n'.
 */
export function writeCsv(rows: readonly (readonly string[])[], delimiter: Delimiter = ','): string {
  return rows.map((r) => r.map((v) => csvField(v, delimiter)).join(delimiter) + '\n').join('');
}
