/** The largest file the importers read: a deck of many scenes with weights fits easily. */
export const MAX_FILE_CHARS = 8_000_000;

/** A result that is either a value or a message saying what is wrong, in plain words. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Parse a file's text as JSON, with a readable error for empty, oversized or broken files.
 * Example: parseJsonText('{"a":') → { ok: false, error: 'The file is not valid JSON (…).' }.
 */
export function parseJsonText(text: string, maxChars = MAX_FILE_CHARS): Checked<unknown> {
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  if (text.length > maxChars) {
    const mb = (maxChars / 1e6).toFixed(0);
    return { ok: false, error: `The file is too large (more than ${mb} million characters).` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const detail = err instanceof Error ? err.message.slice(0, 120) : 'unreadable';
    return { ok: false, error: `The file is not valid JSON (${detail}).` };
  }
}

/** True for a plain JSON object (not null, not an array). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The own property `key` of a record (never one inherited, such as `__proto__`'s). */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Short plain text for quoting a value in a message: control characters blanked, ≤ 40 chars. */
export function quoteText(v: unknown): string {
  const s = (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v))).replace(/\p{Cc}/gu, ' ');
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
