export const SITE_NAME = 'Tariff Pressure Tracker';
export const SITE_TAGLINE =
  'U.S. tariff threats against Mexico, Canada and China, and what Mexico did in response';
