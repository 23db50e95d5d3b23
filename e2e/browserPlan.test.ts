import { chmodSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserPlan, isExecutable } from './browserPlan';

const only =
  (...ok: string[]) =>
  (path: string) =>
    ok.includes(path);

describe('browserPlan: which Chromium the end-to-end tests use', () => {
  it('uses an explicit path when it is executable, and refuses a broken one without falling back', () => {
    expect(
      browserPlan({ explicit: '/x/chrome', system: '/s', isExecutable: only('/x/chrome', '/s') }),
    ).toEqual({
      kind: 'use',
      path: '/x/chrome',
    });
    expect(browserPlan({ explicit: '/x/chrome', system: '/s', isExecutable: only('/s') })).toEqual({
      kind: 'broken-explicit',
      path: '/x/chrome',
    });
  });

  it("prefers the system's Chromium, then Playwright's downloaded build, else asks for a download", () => {
    const places = { system: '/s', playwright: '/p' };
    expect(browserPlan({ ...places, isExecutable: only('/s', '/p') })).toEqual({
      kind: 'use',
      path: '/s',
    });
    expect(browserPlan({ ...places, isExecutable: only('/p') })).toEqual({
      kind: 'use',
      path: '/p',
    });
    expect(browserPlan({ ...places, isExecutable: only() })).toEqual({ kind: 'download' });
    expect(browserPlan({ system: '/s', isExecutable: only() })).toEqual({ kind: 'download' });
  });

  it('isExecutable accepts only an executable regular file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'browser-plan-'));
    const exe = join(dir, 'chrome');
    const plain = join(dir, 'notes.txt');
    writeFileSync(exe, '#!/bin/sh\n');
    chmodSync(exe, 0o755);
    writeFileSync(plain, 'text');
    chmodSync(plain, 0o644);
    mkdirSync(join(dir, 'folder'));
    expect(isExecutable(exe)).toBe(true);
    expect(isExecutable(plain)).toBe(false);
    expect(isExecutable(join(dir, 'folder'))).toBe(false);
    expect(isExecutable(join(dir, 'missing'))).toBe(false);
    expect(isExecutable('/dev/null')).toBe(false);
  });
});
