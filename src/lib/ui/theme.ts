/** The reader's colour theme choice on the site: light, dark, or auto (the system's). /theme.js
 * applies and remembers it (src/routes/theme.js). */
export const THEME_STORAGE_KEY = 'tpt-theme';
export const THEME_CHOICES = ['auto', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
