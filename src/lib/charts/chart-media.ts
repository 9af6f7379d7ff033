/**
 * What a chart's drawing follows in the page: its colour theme, printing (on white, whatever the
 * screen's theme) and the reader's motion setting. Each is reported at once and on every change;
 * the function returned stops following.
 */
import type { Theme } from './palette';
import { watchTheme } from './theme-watch.svelte';

export function followChartMedia(on: {
  theme: (theme: Theme, printing: boolean) => void;
  reduceMotion: (reduce: boolean) => void;
}): () => void {
  const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const followMotion = () => on.reduceMotion(motion.matches);
  motion.addEventListener('change', followMotion);
  followMotion();
  let screenTheme: Theme = 'light';
  let printing = false;
  const stopWatching = watchTheme((next) => {
    screenTheme = next;
    if (!printing) on.theme(next, false);
  });
  const toPrint = () => {
    printing = true;
    on.theme('light', true);
  };
  const fromPrint = () => {
    printing = false;
    on.theme(screenTheme, false);
  };
  window.addEventListener('beforeprint', toPrint);
  window.addEventListener('afterprint', fromPrint);
  return () => {
    stopWatching();
    motion.removeEventListener('change', followMotion);
    window.removeEventListener('beforeprint', toPrint);
    window.removeEventListener('afterprint', fromPrint);
  };
}
