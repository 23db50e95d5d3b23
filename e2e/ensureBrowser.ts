/**
 * Runs before the end-to-end tests (`npm run test:e2e`): makes sure a Chromium is there, so a
 * fresh machine needs nothing but the README's two commands. An explicit
 * PLAYWRIGHT_CHROMIUM_EXECUTABLE or Debian's Chromium is used as it is; otherwise Playwright's
 * own build, downloaded now where the network allows. When none can be had, one line says what
 * to do and the step fails (before a build and a server are started for nothing).
 */
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { browserPlan, isExecutable } from './browserPlan';
import { SYSTEM_CHROMIUM } from './chromium';

const INSTRUCTION =
  'No Chromium for the end-to-end tests: run `npx playwright install chromium`, or install ' +
  "your system's Chromium (Debian: `apt-get install chromium`), or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to one.";

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

function main(): number {
  const plan = browserPlan({
    explicit: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || undefined,
    system: SYSTEM_CHROMIUM,
    playwright: playwrightChromium(),
    isExecutable,
  });
  if (plan.kind === 'use') return 0;
  if (plan.kind === 'broken-explicit') {
    console.error(
      `PLAYWRIGHT_CHROMIUM_EXECUTABLE is set to ${plan.path}, which is not an executable file.`,
    );
    return 1;
  }
  console.log("No Chromium found; downloading Playwright's (npx playwright install chromium)...");
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], {
    stdio: 'inherit',
    timeout: 15 * 60_000,
  });
  const after = playwrightChromium();
  if (install.status === 0 && after && isExecutable(after)) return 0;
  console.error(INSTRUCTION);
  return 1;
}

process.exit(main());
