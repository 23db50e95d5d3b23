import { useEffect } from 'react';
import { shortcutFor } from '../../classroom/shortcuts';
import { useAppStore } from '../../store/store';
import '../../styles/classroom.css';
import { toggleFullscreen, togglePresenter } from './presenterActions';
import { usePresenterTheme } from './usePresenterTheme';

/**
 * Presenter mode on the lesson pages: a Present button, the P and F keys and Esc for the notices (the training keys
 * belong to the playground). Large type and the high-contrast palette come from the same tokens.
 */
export function LessonPresenter() {
  usePresenterTheme();
  const presenter = useAppStore((s) => s.presenter);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      const action = shortcutFor(e, target);
      const notices = useAppStore.getState().notices.length > 0;
      if (action === 'togglePresenter') togglePresenter();
      else if (action === 'toggleFullscreen') toggleFullscreen();
      else if (action === 'dismissMessage' && notices) useAppStore.getState().dismissNotices();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <button
      type="button"
      className="tool-button lesson-present"
      aria-pressed={presenter}
      title="Presenter mode: large type, full screen (P)"
      onClick={togglePresenter}
    >
      Present
    </button>
  );
}
