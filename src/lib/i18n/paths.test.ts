import { describe, expect, it } from 'vitest';
import { reroute } from '../../hooks';
import { appPath, languageOfPath, localizePath } from './index';

const APP_PATHS = [
  '/',
  '/compare',
  '/events',
  '/events/2025-03-04-x',
  '/sources',
  '/data',
  '/embed',
  '/embed/tariff-timeline',
  '/embed/threats-responses',
  '/embed/pressure-index',
];
const rerouted = (path: string) =>
  reroute({ url: new URL(path, 'https://tariffs.example.org'), fetch });

describe('language paths', () => {
  it('gives every page a Spanish address under /es/ that renders the same route', () => {
    for (const path of APP_PATHS) {
      expect(localizePath(path, 'en')).toBe(path);
      const spanish = localizePath(path, 'es');
      expect(spanish).toBe(path === '/' ? '/es/' : `/es${path}`);
      expect(languageOfPath(spanish)).toBe('es');
      expect(languageOfPath(path)).toBe('en');
      expect(appPath(spanish)).toBe(path);
      expect(rerouted(spanish)).toBe(path);
      expect(rerouted(path)).toBe(path);
    }
  });

  it('reads the language from the address only where /es is a whole segment', () => {
    expect(languageOfPath('/es')).toBe('es');
    expect(languageOfPath('/es/')).toBe('es');
    expect(languageOfPath('/estimates')).toBe('en');
    expect(appPath('/estimates')).toBe('/estimates');
    expect(languageOfPath('/events/es')).toBe('en');
  });

  it('gives the data files and shared assets no Spanish address', () => {
    for (const path of ['/data/events.csv', '/data/events.json', '/palette.css', '/theme.js']) {
      expect(rerouted(path)).toBe(path);
      expect(rerouted(`/es${path}`)).toBe(`/es${path}`);
    }
  });
});
