/**
 * Offline use: the service worker (generated at build time as `sw.js`) precaches the whole
 * app so it runs with no network after one visit. Its downloads must not compete with the
 * first screen, so it is registered only after the page has loaded and the main thread has
 * been idle twice (a frame's spare time, or at the latest after a few seconds).
 */
export function registerOfflineWhenIdle(win: Window = window): void {
  if (!('serviceWorker' in win.navigator)) return;
  // Safari has no requestIdleCallback: a fixed pause stands in.
  const idle = (cb: () => void) =>
    typeof win.requestIdleCallback === 'function'
      ? win.requestIdleCallback(cb, { timeout: 5000 })
      : win.setTimeout(cb, 2000);
  const register = () =>
    idle(() =>
      idle(() => {
        // Relative, so the app works from any sub-path of any host.
        void win.navigator.serviceWorker.register('./sw.js', { scope: './' });
      }),
    );
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}
