import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY, HOST_HEADERS, headersFile } from './app/hostHeaders.ts';

/** KaTeX font families the built-in lessons never use (not precached). */
const RARE_KATEX_FONTS = [
  '**/KaTeX_Caligraphic-*',
  '**/KaTeX_Fraktur-*',
  '**/KaTeX_Script-*',
  '**/KaTeX_SansSerif-*',
  '**/KaTeX_Typewriter-*',
  '**/KaTeX_Math-BoldItalic-*',
  '**/KaTeX_Main-BoldItalic-*',
];

/** The CSP as a meta tag in built pages, and the `_headers` file beside them (app/hostHeaders.ts). */
function securityHeaders(): Plugin {
  return {
    name: 'security-headers',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Every module the page's entry (app/main.tsx) imports statically, found once the module graph
 * is complete. The bundler otherwise cuts the modules the entry shares with lazy chunks into
 * some twenty small chunks, each one more request before the first screen can render.
 */
function firstScreenModules(): { plugin: Plugin; has: (id: string) => boolean } {
  let reached: Set<string> | null = null;
  const plugin: Plugin = {
    name: 'first-screen-modules',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const entry = ids.find((id) => id.endsWith('/app/main.tsx'));
      reached = new Set();
      const todo = entry ? [entry] : [];
      while (todo.length) {
        const id = todo.pop()!;
        if (reached.has(id)) continue;
        reached.add(id);
        todo.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, has: (id) => reached?.has(id) ?? false };
}

const firstScreen = firstScreenModules();

/**
 * The first screen's stylesheet written into index.html, so the app's frame paints as soon as
 * the page is parsed instead of after one more round trip. The link stays, `disabled` (not
 * fetched), so that a lazy chunk which lists the stylesheet among its dependencies finds it
 * in the page and does not load and apply it a second time.
 */
function inlineFirstScreenCss(): Plugin {
  return {
    name: 'inline-first-screen-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        return html.replace(
          /<link rel="stylesheet" crossorigin href="\.\/(assets\/first-screen-[\w-]+\.css)">/,
          (link, file: string) => {
            const asset = ctx.bundle?.[file];
            if (asset?.type !== 'asset') return link;
            const css = String(asset.source).replaceAll('</style', '<\\/style');
            return `<style>${css}</style>\n    ${link.replace('<link ', '<link disabled ')}`;
          },
        );
      },
    },
  };
}

// Relative base so the built folder runs from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    securityHeaders(),
    firstScreen.plugin,
    inlineFirstScreenCss(),
    // Offline after the first visit: a service worker precaches the whole build (relative
    // paths, so it works under any sub-path). The app registers it (app/offline.ts) once the
    // first screen is idle, so its downloads never compete with the first load.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,woff2,svg,png,json,md}'],
        // The course's math needs KaTeX's main, math, size and AMS fonts; the other families
        // (script, fraktur, sans, typewriter, bold italic) cost a phone ~130 KB and are
        // cached on first use instead.
        globIgnores: RARE_KATEX_FONTS,
        runtimeCaching: [
          {
            urlPattern: /\/KaTeX_[\w-]+\.woff2$/,
            handler: 'CacheFirst',
            options: { cacheName: 'katex-fonts' },
          },
        ],
        navigateFallback: null,
        // Pages differ by query (?page=lesson&id=…) but share one index.html: match it offline.
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    // protobufjs (the ONNX export) looks for optional Node modules through a dynamic require;
    // a page has none, and the stub keeps a require shim out of the shared runtime chunk.
    alias: {
      '@protobufjs/inquire': fileURLToPath(new URL('./app/export/noInquire.cjs', import.meta.url)),
    },
  },
  worker: { format: 'es' },
  // The preview (what the end-to-end tests drive) sends the headers a host should send.
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: Object.fromEntries(HOST_HEADERS),
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 600,
    // The first screen's modules in one chunk; lazy features keep their own.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'first-screen', test: firstScreen.has }] } },
    },
  },
});
