/**
 * The one error type the engine throws for invalid specs, options and data.
 * The message names the field, the value received and what is allowed, e.g.
 * `layers[1].units: got 0; expected an integer from 1 to 4096`.
 */
export class EngineError extends Error {
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly allowed: string,
  ) {
    super(`${field}: got ${describe(value)}; expected ${allowed}`);
    this.name = 'EngineError';
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  if (value === undefined) return 'nothing';
  try {
    const s = JSON.stringify(value);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
  } catch {
    return String(value);
  }
}
