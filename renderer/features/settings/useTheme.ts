import { useEffect } from 'react';
import { useAppStore } from '../../store';

/**
 * Puts the Theme setting on <html> (data-theme): the tokens' light-dark() colours follow its
 * color-scheme. "Follow the system" removes it, and the system's choice applies again.
 */
export function useTheme(): void {
  const theme = useAppStore((s) => s.settings.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = theme;
  }, [theme]);
}
