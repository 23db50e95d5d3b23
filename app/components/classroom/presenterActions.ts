import { useAppStore } from '../../store/store';
import { isFullscreen, setFullscreen } from './fullscreen';

/** Presenter mode on or off; it takes the page full screen with it (call from a key or click). */
export function togglePresenter(): void {
  const on = !useAppStore.getState().presenter;
  useAppStore.getState().setPresenter(on);
  void setFullscreen(on);
}

/** Full screen on or off, on its own. */
export function toggleFullscreen(): void {
  void setFullscreen(!isFullscreen());
}
