import { isExecutable } from './browserPlan';

/** Debian's Chromium, the one CI installs. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium that tests and benchmarks drive: an explicit path, else Debian's, else
 * undefined (Playwright's own download, which e2e/ensureBrowser.ts fetches when needed).
 */
export const chromiumExecutable: string | undefined =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ||
  (isExecutable(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);

/** Flags for a headless run as root on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
