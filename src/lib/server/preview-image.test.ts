import { describe, expect, it } from 'vitest';
import { previewImage } from './preview-image';

describe('previewImage', () => {
  it('is the chart’s build-time PNG in the page’s language, at the site’s origin', () => {
    expect(previewImage('tariff-timeline', 'en', 'A title', 'https://tariffs.example.org')).toEqual(
      {
        url: 'https://tariffs.example.org/charts/tariff-timeline.png',
        alt: 'A title',
      },
    );
    expect(previewImage('threats-responses', 'es', 'Un título', 'https://x.example')?.url).toBe(
      'https://x.example/charts/es/threats-responses.png',
    );
  });

  it('is left out without an origin: a relative address would be no use to a preview', () => {
    expect(previewImage('tariff-timeline', 'en', 'A title', '')).toBeNull();
  });
});
