import { useEffect } from 'react';
import { isWidgetScene } from '../../classroom/sceneKind';
import { PLAYGROUND_ACTIONS, shortcutFor } from '../../classroom/shortcuts';
import type { ShortcutAction } from '../../classroom/shortcuts';
import { useAppStore } from '../../store/store';
import { toggleFullscreen, togglePresenter } from './presenterActions';
import { DEFAULT_SPEED_INDEX, SLOW_MOTION_INDEX } from '../../store/speedScale';

/** Carry out one shortcut on the page's store. */
export function runShortcut(action: ShortcutAction): void {
  const s = useAppStore.getState();
  switch (action) {
    case 'togglePlay':
      // On a title card Space shows the scene, as a clicker's "next" would.
      return s.titleCard ? s.dismissTitleCard() : s.togglePlay();
    case 'stepBatch':
      return s.stepRun('batch');
    case 'stepEpoch':
      return s.stepRun('epoch');
    case 'reset':
      return s.reset();
    case 'newSeed':
      return s.newSeed();
    case 'rateUp':
      return s.stepLearningRate(1);
    case 'rateDown':
      return s.stepLearningRate(-1);
    case 'togglePresenter':
      return togglePresenter();
    case 'toggleFullscreen':
      return toggleFullscreen();
    case 'showShortcuts':
      return s.openPanel(s.panel === 'shortcuts' ? null : 'shortcuts');
    case 'nextScene':
      return s.stepScene(1);
    case 'previousScene':
      return s.stepScene(-1);
    case 'toggleBlank':
      return s.toggleBlank();
    case 'toggleSpeed':
      return s.setSpeedIndex(
        s.speedIndex === SLOW_MOTION_INDEX ? DEFAULT_SPEED_INDEX : SLOW_MOTION_INDEX,
      );
    case 'dismissMessage':
      // A scene's title card first; then the notices and the training message together.
      if (s.titleCard) return s.dismissTitleCard();
      s.dismissNotices();
      return s.dismissTrainingMessage();
    case 'nextInView':
      return s.stepInView(1);
    case 'previousInView':
      return s.stepInView(-1);
    case 'rewindBack':
      return s.scrubStep(-1);
    case 'rewindForward':
      return s.scrubStep(1);
    case 'pinRun':
      return void s.pinRun();
  }
}

/**
 * The page's keyboard shortcuts (see SHORTCUTS). Keys typed into a text field, keys a focused
 * control uses itself, keys already handled (defaultPrevented) and keys pressed while a dialog
 * is open stay where they are; without a deck, PageDown/PageUp and ↑/↓ still scroll. A blanked
 * screen is woken by any key. On a widget scene the playground's keys (PLAYGROUND_ACTIONS) rest.
 */
export function useClassroomKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const s = useAppStore.getState();
      if (s.blank && !e.ctrlKey && !e.metaKey && !e.altKey && e.key !== 'Shift') {
        e.preventDefault();
        s.toggleBlank();
        return;
      }
      if (s.panel !== null && s.panel !== 'shortcuts') return;
      const target = e.target instanceof Element ? e.target : null;
      const action = shortcutFor(e, target as HTMLElement | null);
      if (!action) return;
      if (s.panel === 'shortcuts' && action !== 'showShortcuts') return;
      // Without a deck the paging and arrow keys keep scrolling the page.
      const paging = action === 'nextScene' || action === 'previousScene';
      if (paging && s.deck.scenes.length === 0) return;
      // Escape only has a job while a title card or a message is shown.
      const shown = s.titleCard || s.divergence || s.trouble || s.notices.length > 0;
      if (action === 'dismissMessage' && !shown) return;
      // A widget scene covers the playground: its run and views take no key meanwhile.
      const widgetShown = !s.titleCard && isWidgetScene(s.deck.scenes[s.sceneIndex]);
      if (widgetShown && PLAYGROUND_ACTIONS.has(action)) return;
      // Space would also scroll the page or press the focused button; the shortcut wins.
      e.preventDefault();
      runShortcut(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
