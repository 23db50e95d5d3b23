import { diffConfig, sameConfig } from '../engine/configRules';
import type { AppStore } from './store';
import { decodeHash, encodeConfig } from './url';
import { historyAction } from './urlMirror';
import { saveOutcome } from './saveFailures';
import { besideSavedNotice, linkDataOf, resolveLinkData } from './userDataLink';
import { saveUserData } from './userDataStorage';
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
 * Mirror the store to the URL (the playground's address is its share link); returns a
 * function that undoes it. Call it before connectTraining, so the worker's first
 * configuration is the link's.
 *  - On start the configuration is read from the hash (bad fields reported as notices) and
 *    the hash is rewritten in full, so the address bar always shows a complete, valid link.
 *    A share link's trained weights (`w=`) are loaded once read, and not written back.
 *  - Every configuration change goes to the worker, and to the hash by the rule in urlMirror
 *    (push per change, replace during a slider drag); changes read from the URL are not
 *    written back.
 *  - View settings (log scale, test data, discretise, speed) ride along in the hash; changing
 *    them replaces the current entry rather than adding one.
 *  - Back/Forward (popstate, hashchange) restore the configuration from the hash.
 */
export function connectStore(store: AppStore, win: BrowserLike): () => void {
  let last: MirroredChange | null = null;
  const hashOf = (s: AppState) => encodeConfig(s.config, viewParams(s), linkDataOf(s));

  // While a link is read its data and configuration change in steps; none is written back.
  let reading = false;
  const readHash = () => {
    // No hash is no link: the page keeps its configuration and has nothing to report.
    if (win.location.hash.replace(/^#/, '') === '') return;
    reading = true;
    try {
      applyLink();
    } finally {
      reading = false;
    }
  };
  const applyLink = () => {
    const decoded = decodeHash(win.location.hash);
    const { view, notices } = decoded;
    for (const n of notices) {
      store.getState().addNotice(n.message, 'warning', { field: n.field, group: 'link' });
    }
    // The user's data rides in the link while it is small; the data saved here stands in.
    const own = resolveLinkData(decoded.config, decoded.linkData, store.getState().userData);
    const config = own.config;
    if (own.notice) store.getState().addNotice(own.notice, 'warning');
    const saved = store.getState().userData;
    if (own.data && own.besideSaved && saved) {
      // Never replaced without asking: the link's data is used here, the saved data stays.
      store.setState({ userData: own.data, userDataUndo: [], userDataBesideSaved: true });
      store.getState().addNotice(besideSavedNotice(own.data, saved), 'warning', {
        actions: [
          { label: 'Keep the link’s data', run: () => store.getState().keepLinkData() },
          { label: 'Use my saved data', run: () => store.getState().useSavedData() },
        ],
      });
    } else if (own.data && own.data !== saved) {
      store.setState({ userData: own.data, userDataUndo: [saved] });
      const failure = saveOutcome('data', saveUserData(own.data));
      if (failure) store.getState().addNotice(failure, 'error');
    }
    store.setState(viewFromParams(view));
    if (diffConfig(store.getState().config, config).needs !== 'none') {
      store.getState().loadConfig(config);
    }
    if (decoded.linkWeights !== undefined) openLinkWeights(decoded.linkWeights, config);
  };
  // A share link's trained weights: the network the projector showed, once they are read
  // (unless the page has moved on to another configuration meanwhile). The reader loads on
  // first use: most links carry no weights, and it is not needed to draw the first screen.
  const openLinkWeights = (text: string, config: AppState['config']) => {
    void import('../classroom/linkWeights').then(async ({ decodeLinkWeights }) => {
      const read = await decodeLinkWeights(text, config);
      if (!read.ok) {
        store.getState().addNotice(read.error, 'warning', { group: 'link' });
        return;
      }
      if (sameConfig(store.getState().config, config))
        store.getState().loadTrained(config, read.value);
    });
  };

  readHash();
  win.history.replaceState(null, '', `#${hashOf(store.getState())}`);

  const unsubscribe = store.subscribe((state, prev) => {
    if (reading) return;
    if (state.config === prev.config) {
      if (!sameSharedView(state, prev) || state.userData !== prev.userData) {
        win.history.replaceState(null, '', `#${hashOf(state)}`);
      }
      return;
    }
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
    // A hand-typed or partial link is shown in full, as on start (a full one is left alone).
    const full = hashOf(store.getState());
    if (win.location.hash.replace(/^#/, '') !== full)
      win.history.replaceState(null, '', `#${full}`);
  };
  win.addEventListener('popstate', onNavigate);
  win.addEventListener('hashchange', onNavigate);

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onNavigate);
    win.removeEventListener('hashchange', onNavigate);
  };
}
