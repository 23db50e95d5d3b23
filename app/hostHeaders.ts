/**
 * The security headers of the built site, in one place: the page's meta Content-Security-Policy,
 * the preview server the end-to-end tests run against, and the `_headers` file written into
 * every build (the format Netlify and Cloudflare Pages read; other hosts copy the same lines).
 */

/**
 * The page's Content-Security-Policy: no inline or foreign script, nothing loaded from another
 * origin. Styles allow inline attributes (D3 and KaTeX set `style`); images allow data: and
 * blob: URLs (the QR code, chart exports). Built pages carry it as a meta tag, so it holds on
 * any host; the dev server is left without it (it injects an inline script for hot reload).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Who may show the app in a frame: only its own origin. A meta tag cannot carry this directive,
 * so it needs a real header. A school that embeds the app in its learning platform adds that
 * platform's origin here (e.g. `frame-ancestors 'self' https://lms.example.edu`).
 */
export const FRAME_ANCESTORS = "frame-ancestors 'self'";

/** Every header a host that allows headers should send with every file of the site. */
export const HOST_HEADERS: ReadonlyArray<readonly [name: string, value: string]> = [
  ['Content-Security-Policy', `${CONTENT_SECURITY_POLICY}; ${FRAME_ANCESTORS}`],
  // For browsers that predate frame-ancestors.
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Content-Type-Options', 'nosniff'],
  // Share links keep their state after '#', which is never sent; the query (page, lesson) is
  // not sent either.
  ['Referrer-Policy', 'no-referrer'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  // The app uses none of these; full screen (F, the QR code) stays allowed.
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=()'],
];

/** The `_headers` file: one path rule for the whole site, one indented line per header. */
export function headersFile(): string {
  const lines = HOST_HEADERS.map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Security headers for hosts that read this file (Netlify, Cloudflare Pages).',
    '/*',
    ...lines,
    '',
  ].join('\n');
}
