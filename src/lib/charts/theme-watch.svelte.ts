/** The page's current colour theme: the `data-theme` attribute if set, else the system preference. */
import type { Theme } from './palette';

export function watchTheme(onChange: (theme: Theme) => void): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const read = (): Theme => {
    const forced = document.documentElement.dataset.theme;
    if (forced === 'light' || forced === 'dark') return forced;
    return media.matches ? 'dark' : 'light';
  };
  const notify = () => onChange(read());
  const observer = new MutationObserver(notify);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  media.addEventListener('change', notify);
  notify();
  return () => {
    observer.disconnect();
    media.removeEventListener('change', notify);
  };
}
