import { MAX_CUSTOM_CLASSES, MAX_CUSTOM_ROWS, customDataProblem } from '../engine/customData';
import type { CustomData } from '../engine/customData';
import type { ProblemType } from '../engine/dataset';

/** The most rows a share link carries; larger data stays in this browser (and CSV export). */
export const MAX_LINK_ROWS = 200;

const PROBLEM_CODE: Record<ProblemType, string> = { binary: 'b', multiclass: 'm', regression: 'r' };
const CODE_PROBLEM: Record<string, ProblemType> = { b: 'binary', m: 'multiclass', r: 'regression' };
const MAX_NAME = 60;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isNumberList = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x));
const isNameList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');
const name = (s: string) => s.replace(/\p{Cc}/gu, ' ').slice(0, MAX_NAME);

/**
 * Untrusted JSON (local storage, a file) → the user's data, or null when it is not a valid
 * CustomData (with `draft`, a drawing in progress: too few rows or one class are fine).
 * Names are cut to 60 characters and control characters blanked.
 */
export function readCustomData(v: unknown, draft = false): CustomData | null {
  if (!isRecord(v)) return null;
  const { problem, dims, x, y, inputNames, classNames, targetName, domain } = v;
  if (problem !== 'binary' && problem !== 'multiclass' && problem !== 'regression') return null;
  if (typeof dims !== 'number' || !isNumberList(x) || !isNumberList(y)) return null;
  if (!isNameList(inputNames) || !isNameList(classNames) || typeof targetName !== 'string') {
    return null;
  }
  if (y.length > MAX_CUSTOM_ROWS || classNames.length > MAX_CUSTOM_CLASSES) return null;
  const data: CustomData = {
    name: typeof v.name === 'string' ? name(v.name) : 'Your data',
    problem,
    dims,
    inputNames: inputNames.map(name),
    targetName: name(targetName),
    classNames: classNames.map(name),
    x: x.slice(),
    y: y.slice(),
  };
  if (
    Array.isArray(domain) &&
    domain.length === dims &&
    domain.every((d) => isNumberList(d) && d.length === 2 && d[0]! < d[1]!)
  ) {
    data.domain = domain.map((d) => [d[0], d[1]] as [number, number]);
  }
  return customDataProblem(data, draft) === null ? data : null;
}

/** Percent-encoding that also escapes '~', the field separator. */
const enc = (s: string) => encodeURIComponent(s).replace(/~/g, '%7E');

/**
 * The user's data as one link value, or null when it has more than MAX_LINK_ROWS rows.
 * Layout, '~'-separated: problem code (b/m/r), data name, input names, target name, class
 * names (names percent-encoded, lists comma-separated), the domain as lo,hi pairs (or '-'),
 * then rows 'x₁,x₂,…,y' joined by ';'. Numbers are written exactly (shortest round trip).
 * Example: 'b~Drawn~x%E2%82%81,x%E2%82%82~class~A,B~-6,6,-6,6~1,2,0;-3,0.5,1'.
 */
export function encodeLinkData(data: CustomData): string | null {
  const n = data.y.length;
  if (n > MAX_LINK_ROWS) return null;
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    rows.push([...data.x.slice(i * data.dims, (i + 1) * data.dims), data.y[i]!].join(','));
  }
  return [
    PROBLEM_CODE[data.problem],
    enc(data.name),
    data.inputNames.map(enc).join(','),
    enc(data.targetName),
    data.classNames.map(enc).join(','),
    data.domain ? data.domain.flat().join(',') : '-',
    rows.join(';'),
  ].join('~');
}

/**
 * A link value back into the user's data. Never throws: an unreadable or invalid value gives
 * null and a plain-text reason.
 */
export function decodeLinkData(text: string): { data: CustomData | null; error?: string } {
  const fail = (why: string) => ({ data: null, error: `The data in the link ${why}.` });
  try {
    const parts = text.split('~');
    if (parts.length !== 7) return fail('is incomplete');
    const [code, dataName, inputs, target, classes, domain, body] = parts as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const problem = CODE_PROBLEM[code];
    if (!problem) return fail('has an unknown kind');
    const dec = (s: string) => decodeURIComponent(s);
    const inputNames = inputs.split(',').map(dec);
    const dims = inputNames.length;
    const num = (s: string) => (s.trim() === '' ? NaN : Number(s));
    const rows = body === '' ? [] : body.split(';').map((r) => r.split(',').map(num));
    if (rows.length > MAX_LINK_ROWS) return fail(`has more than ${MAX_LINK_ROWS} rows`);
    if (rows.some((r) => r.length !== dims + 1)) return fail('has rows of the wrong length');
    const raw = {
      name: dec(dataName),
      problem,
      dims,
      inputNames,
      targetName: dec(target),
      classNames: classes === '' ? [] : classes.split(',').map(dec),
      x: rows.flatMap((r) => r.slice(0, dims)),
      y: rows.map((r) => r[dims]!),
      domain: domain === '-' ? undefined : pairs(domain.split(',').map(num)),
    };
    const data = readCustomData(raw);
    return data ? { data } : fail('is not a usable data set');
  } catch {
    return fail('could not be read');
  }
}

function pairs(v: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < v.length; i += 2) out.push([v[i]!, v[i + 1]!]);
  return out;
}
