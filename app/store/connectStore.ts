import type { TrainingClient } from '../worker/client';
import { diffConfig } from '../engine/configRules';
import type { AppStore } from './store';
import { decodeHash, encodeConfig } from './url';
import { historyAction } from './urlMirror';
import { linkDataOf, resolveLinkData } from './userDataLink';
import { isTrainable } from './userDataSlice';
import { saveUserData } from './userDataStorage';
import { speedAt } from './speedScale';
import type { AppState } from './store';
import { sameSharedView, viewFromParams, viewParams } from './viewParams';
import type { MirroredChange } from './urlMirror';

/** The browser objects the store talks to (a window in the page). */
export interface BrowserLike {
  location: { hash: string };
  history: {
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(data: unknown, unused: string, url: string): void;
  };
  addEventListener(type: 'hashchange' | 'popstate', listener: () => void): void;
  removeEventListener(type: 'hashchange' | 'popstate', listener: () => void): void;
  performance: { now(): number };
}

/**
 * Wire the store to the worker and the URL; returns a function that undoes it.
 *  - On start the configuration is read from the hash (bad fields reported as notices) and
 *    the hash is rewritten in full, so the address bar always shows a complete, valid link.
 *  - Every configuration change goes to the worker, and to the hash by the rule in urlMirror
 *    (push per change, replace during a slider drag); changes read from the URL are not
 *    written back.
 *  - View settings (log scale, test data, discretise, speed) ride along in the hash; changing
 *    them replaces the current entry rather than adding one.
 *  - Back/Forward (popstate, hashchange) restore the configuration from the hash.
 *  - Worker events become store updates and notices.
 */
export function connectStore(
  store: AppStore,
  client: TrainingClient,
  win: BrowserLike,
): () => void {
  let last: MirroredChange | null = null;
  const hashOf = (s: AppState) => encodeConfig(s.config, viewParams(s), linkDataOf(s));

  const readHash = () => {
    // No hash is no link: the page keeps its configuration and has nothing to report.
    if (win.location.hash.replace(/^#/, '') === '') return;
    const decoded = decodeHash(win.location.hash);
    const { view, notices } = decoded;
    for (const n of notices) store.getState().addNotice(n.message, 'warning');
    // The user's data rides in the link while it is small; the data saved here stands in.
    const own = resolveLinkData(decoded.config, decoded.linkData, store.getState().userData);
    const config = own.config;
    if (own.notice) store.getState().addNotice(own.notice, 'warning');
    if (own.data && own.data !== store.getState().userData) {
      store.setState({ userData: own.data, userDataUndo: [store.getState().userData] });
      saveUserData(own.data);
      client.setData(own.data);
    }
    const shared = viewFromParams(view);
    if (shared.speedIndex !== undefined) client.setSpeed(speedAt(shared.speedIndex));
    store.setState(shared);
    if (diffConfig(store.getState().config, config).needs !== 'none') {
      store.getState().loadConfig(config);
    }
  };

  const saved = store.getState().userData;
  if (isTrainable(saved)) client.setData(saved);
  readHash();
  win.history.replaceState(null, '', `#${hashOf(store.getState())}`);
  client.configure(store.getState().config);

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.config === prev.config) {
      if (!sameSharedView(state, prev) || state.userData !== prev.userData) {
        win.history.replaceState(null, '', `#${hashOf(state)}`);
      }
      return;
    }
    client.configure(state.config);
    if (state.configSource === 'url') return;
    const { changed } = diffConfig(prev.config, state.config);
    const now = win.performance.now();
    const action = historyAction(changed, last, now);
    if (action === 'none') return;
    last = { fields: changed.join(','), at: now };
    const url = `#${hashOf(state)}`;
    if (action === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  });

  const onNavigate = () => {
    // Our own push/replace fire no events; a differing hash is a real navigation.
    if (win.location.hash.replace(/^#/, '') === hashOf(store.getState())) return;
    last = null;
    readHash();
  };
  win.addEventListener('popstate', onNavigate);
  win.addEventListener('hashchange', onNavigate);

  const offReady = client.onReady((info) => store.getState().setInfo(info));
  const offError = client.onError((message) =>
    store
      .getState()
      .addNotice(`The engine could not use this configuration: ${message}`, 'warning'),
  );
  const offRestart = client.onRestart(() =>
    store
      .getState()
      .addNotice(
        'The training worker stopped and was restarted with your configuration.',
        'warning',
      ),
  );

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onNavigate);
    win.removeEventListener('hashchange', onNavigate);
    offReady();
    offError();
    offRestart();
  };
}
