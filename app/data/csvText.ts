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
  const len = text.length;
  const QUOTE = 34;
  const CR = 13;
  const LF = 10;
  const SEP = sep.charCodeAt(0);
  let i = 0;
  while (i < len) {
    // A run of plain characters is taken in one slice: fast on large files.
    let j = i;
    for (let c = text.charCodeAt(j); j < len; c = text.charCodeAt(++j)) {
      if (c === SEP || c === CR || c === LF || c === QUOTE) break;
    }
    if (j > i) field += text.slice(i, j);
    if (j >= len) break;
    const c = text.charCodeAt(j);
    i = j + 1;
    if (c === QUOTE && field.trim() === '') {
      // A quoted field: up to the next lone quote; "" inside is one quote.
      quoteLine = line;
      any = true;
      field = '';
      let closed = false;
      while (i < len) {
        const k = text.indexOf('"', i);
        if (k < 0) break;
        line += lineBreaks(text, i, k);
        if (text.charCodeAt(k + 1) === QUOTE) {
          field += text.slice(i, k + 1);
          i = k + 2;
        } else {
          field += text.slice(i, k);
          i = k + 1;
          closed = true;
          break;
        }
      }
      if (!closed) quoted = true;
      if (quoted) break;
    } else if (c === QUOTE) {
      field += '"';
    } else if (c === SEP) {
      endField();
      any = true;
    } else {
      if (c === CR && text.charCodeAt(i) === LF) {
        endings.crlf++;
        i++;
      } else if (c === CR) endings.cr++;
      else endings.lf++;
      endRecord();
      line++;
      start = line;
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

/** Line breaks (CRLF, LF or CR, each counted once) in text[from, to). */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}
