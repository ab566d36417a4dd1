// Settings → Theme on the page: "light" or "dark" pins the colours through the root's data-theme
// (base.css turns it into color-scheme); "system" removes it, so prefers-color-scheme decides.
import type { Theme } from '../../preload/contract';

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
