import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, HOST_HEADERS, headersFile } from './hostHeaders';

/** Reads a `_headers` file the way Netlify and Cloudflare Pages do: a path, then indented `Name: value` lines. */
function readHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon < 0) throw new Error(`not a header line: ${line}`);
    current.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return rules;
}

describe('the security headers a host sends', () => {
  it('the _headers file sends every header, exactly, for every path', () => {
    const rules = readHeadersFile(headersFile());
    expect([...rules.keys()]).toEqual(['/*']);
    expect(Object.fromEntries(rules.get('/*')!)).toEqual(Object.fromEntries(HOST_HEADERS));
  });

  it('the header CSP is the page CSP plus frame-ancestors, which a meta tag cannot carry', () => {
    const header = new Map(HOST_HEADERS).get('Content-Security-Policy')!;
    expect(header.startsWith(`${CONTENT_SECURITY_POLICY}; `)).toBe(true);
    expect(header).toMatch(/(^|; )frame-ancestors 'self'($|;)/);
    // Browsers ignore (and warn about) frame-ancestors in a meta tag.
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/frame-ancestors/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )script-src 'self'($|;)/);
  });

  it('no header value breaks the one-line format', () => {
    for (const [name, value] of HOST_HEADERS) {
      expect(name).toMatch(/^[A-Za-z-]+$/);
      expect(value).not.toMatch(/[\r\n]/);
    }
  });
});
