import { defineConfig, devices } from '@playwright/test';
// Browser choice: an explicit path, else Debian's Chromium, else Playwright's own download.
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/chromium';

// Port and build folder can be changed so that two runs on one machine do not collide.
const PORT = Number(process.env.E2E_PORT || 4173);
const OUT_DIR = process.env.E2E_OUT_DIR || 'dist';
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  // Only browser journeys; e2e/*.test.ts are Vitest unit tests of the helpers.
  testMatch: '**/*.spec.ts',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  // A lesson page's first paint (its chunk, KaTeX and the lesson) took over 5 s at load 15–30 on
  // two cores: waits are sized for a loaded machine, not a quiet one.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : 'list',
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 720 },
        launchOptions: { executablePath: chromiumExecutable, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `npx vite build --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
