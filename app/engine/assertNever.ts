/**
 * The default branch of a switch that covers every case of a union: it type-checks only when
 * `value` has type never, so a new case that the switch forgets is a compile error.
 */
export function assertNever(value: never, what: string): never {
  throw new Error(`unhandled ${what}: ${String(value)}`);
}
