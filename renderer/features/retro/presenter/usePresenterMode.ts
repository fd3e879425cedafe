import { useEffect } from 'react';
import { useAppStore } from '../../../store';

export type PresenterTheme = 'light' | 'dark' | 'app';

/**
 * While presenting: data-presenting on <html> hides the app chrome and scales the text
 * (presenter.css), and the presenter's theme, if forced, overrides the app's. Leaving puts
 * the app's theme back as the setting has it.
 */
export function usePresenterMode(on: boolean, theme: PresenterTheme): void {
  const appTheme = useAppStore((s) => s.settings.theme);
  useEffect(() => {
    if (!on) return undefined;
    const root = document.documentElement;
    root.dataset['presenting'] = 'true';
    if (theme === 'app') {
      if (appTheme === 'system') delete root.dataset['theme'];
      else root.dataset['theme'] = appTheme;
    } else root.dataset['theme'] = theme;
    return () => {
      delete root.dataset['presenting'];
      if (appTheme === 'system') delete root.dataset['theme'];
      else root.dataset['theme'] = appTheme;
    };
  }, [on, theme, appTheme]);
}
