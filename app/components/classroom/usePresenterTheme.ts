import { useEffect } from 'react';
import { useAppStore } from '../../store/store';

/**
 * Mirror presenter mode onto <html> as the class `presenter`: the theme tokens in CSS (type
 * scale, line widths, palette, layout) switch on it, so no component forks for it.
 */
export function usePresenterTheme(): void {
  const presenter = useAppStore((s) => s.presenter);
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('presenter', presenter);
    return () => root.classList.remove('presenter');
  }, [presenter]);
}
