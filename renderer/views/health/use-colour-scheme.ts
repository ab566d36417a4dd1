// Which colours the page shows now: Settings' theme pins one through the root's data-theme,
// otherwise the system's light or dark mode decides. A canvas keeps the colours it was drawn
// with, so the chart redraws when this changes.
import { useEffect, useState } from 'react';

function currentScheme(): string {
  const pinned = document.documentElement.dataset.theme;
  if (pinned) return pinned;
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function useColourScheme(): string {
  const [scheme, setScheme] = useState(currentScheme);
  useEffect(() => {
    const update = () => setScheme(currentScheme());
    const system = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    system?.addEventListener('change', update);
    const pinned = new MutationObserver(update);
    pinned.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      system?.removeEventListener('change', update);
      pinned.disconnect();
    };
  }, []);
  return scheme;
}
