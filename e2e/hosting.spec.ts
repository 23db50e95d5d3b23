import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

// The preview server sends the headers a host should send (app/hostHeaders.ts); these tests
// check what a browser does with them and that the build ships them as a _headers file.

test.describe('hosting: security headers', () => {
  test('every page is served with the CSP (frame-ancestors included), and the build ships them as _headers', async ({
    request,
  }) => {
    const page = await request.get('./');
    const csp = page.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(page.headers()['x-content-type-options']).toBe('nosniff');
    const file = await (await request.get('./_headers')).text();
    expect(file).toContain(`Content-Security-Policy: ${csp}`);
  });

  test('another origin cannot frame the app; its own origin can', async ({ page, baseURL }) => {
    const app = new URL(baseURL!);
    const framerPage = `<!doctype html><iframe src="${app.origin}/?page=glossary" width="800" height="600" onload="window.framed = true"></iframe>`;
    const appFrameText = async () => {
      const frame = page.frames().find((f) => f !== page.mainFrame());
      if (!frame) return '';
      return frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
    };

    // Its own origin: a page Playwright serves at the app's address frames it.
    await page.route(/\/framer\.html$/, (route) =>
      route.fulfill({ contentType: 'text/html', body: framerPage }),
    );
    await page.goto(`${app.origin}/framer.html`);
    await expect.poll(appFrameText, { timeout: 20_000 }).toContain('Glossary');

    // Another origin (another port of the same host), from a real server.
    const server: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(framerPage);
    });
    await new Promise<void>((done) => server.listen(0, app.hostname, done));
    try {
      const refusals: string[] = [];
      page.on('console', (m) => {
        if (/frame-ancestors/.test(m.text())) refusals.push(m.text());
      });
      const { port } = server.address() as AddressInfo;
      await page.goto(`http://${app.hostname}:${port}/`);
      await page.waitForFunction(() => (window as { framed?: boolean }).framed === true);
      await expect.poll(() => refusals.length, { timeout: 20_000 }).toBeGreaterThan(0);
      expect(await appFrameText()).not.toContain('Glossary');
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
