import { describe, expect, it } from 'vitest';
import { appPath, languageOfPath, localizePath } from './index';
import { i18n } from './kit';

const APP_PATHS = [
  '/',
  '/compare',
  '/events',
  '/events/2025-03-04-x',
  '/sources',
  '/data',
  '/embed',
];
const EMBEDS = ['/embed/tariff-timeline', '/embed/threats-responses', '/embed/pressure-index'];

describe('language paths', () => {
  it('localizes every page as Paraglide routes it', () => {
    for (const path of [...APP_PATHS, ...EMBEDS]) {
      expect(localizePath(path, 'en')).toBe(path);
      const spanish = localizePath(path, 'es');
      // Paraglide writes the Spanish home without its slash; the site's is /es/ (trailingSlash).
      expect(spanish).toBe(path === '/' ? '/es/' : i18n.resolveRoute(path, 'es'));
      expect(languageOfPath(spanish)).toBe('es');
      expect(appPath(spanish)).toBe(path);
      expect(i18n.route(spanish)).toBe(path);
    }
  });

  it('reads the language from the address only where /es is a whole segment', () => {
    expect(languageOfPath('/es')).toBe('es');
    expect(languageOfPath('/es/')).toBe('es');
    expect(languageOfPath('/estimates')).toBe('en');
    expect(appPath('/estimates')).toBe('/estimates');
    expect(languageOfPath('/events/es')).toBe('en');
  });
});
