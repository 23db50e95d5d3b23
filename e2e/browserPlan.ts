import { accessSync, constants, statSync } from 'node:fs';

/** Where a Chromium for the tests could be, and how to tell one is really there. */
export interface BrowserPlaces {
  /** PLAYWRIGHT_CHROMIUM_EXECUTABLE, when set. */
  explicit?: string;
  /** The system's Chromium (Debian's path). */
  system: string;
  /** Where Playwright keeps its own downloaded build, when it can say. */
  playwright?: string;
  isExecutable: (path: string) => boolean;
}

/** What to do before the end-to-end tests start. */
export type BrowserPlan =
  { kind: 'use'; path: string } | { kind: 'broken-explicit'; path: string } | { kind: 'download' };

/**
 * An explicit path wins and is never second-guessed (a wrong one is an error, not a silent
 * fallback); then the system's Chromium; then Playwright's build if already downloaded.
 */
export function browserPlan(places: BrowserPlaces): BrowserPlan {
  const { explicit, system, playwright, isExecutable } = places;
  if (explicit)
    return isExecutable(explicit)
      ? { kind: 'use', path: explicit }
      : { kind: 'broken-explicit', path: explicit };
  if (isExecutable(system)) return { kind: 'use', path: system };
  if (playwright && isExecutable(playwright)) return { kind: 'use', path: playwright };
  return { kind: 'download' };
}

/** A regular file this process may execute (a directory, a device or a missing path is not). */
export function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
