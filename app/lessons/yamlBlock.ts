import { parseDocument } from 'yaml';

/** A YAML block read into plain data, or the first error with its line inside the block. */
export type YamlResult =
  { ok: true; value: unknown } | { ok: false; line: number; message: string };

/**
 * Parses YAML text (a block's body or front matter). Line numbers are 1-based within `text`.
 * Aliases, custom tags and anything beyond plain maps, lists, strings, numbers and booleans are
 * not needed by lessons, so they are refused. Example: readYaml('a: [1, 2') → { ok: false, line: 1, … }.
 */
export function readYaml(text: string): YamlResult {
  const doc = parseDocument(text, { uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const line = err.linePos?.[0]?.line ?? 1;
    const message = err.message.split('\n')[0] ?? 'unreadable YAML';
    return { ok: false, line, message: message.replace(/ at line \d+, column \d+:?$/, '') };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 0 }) as unknown };
  } catch (e) {
    return { ok: false, line: 1, message: e instanceof Error ? e.message : String(e) };
  }
}

/** Whether a value is a plain key–value map (not a list, not null). */
export function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
