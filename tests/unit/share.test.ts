import { describe, expect, it } from 'vitest';
import { fitForX, shareHref, taggedUrl } from '@/lib/share';

const input = {
  url: 'https://example.nl/essays/partner-op-papier/',
  title: 'Partner op papier',
  message: 'Dit essay is de moeite waard: Partner op papier',
  campaign: 'de-luisterende-koning',
};

describe('share links', () => {
  it('tag the URL with stable campaign parameters per network', () => {
    expect(taggedUrl(input.url, 'linkedin', input.campaign)).toBe(
      'https://example.nl/essays/partner-op-papier/?utm_source=linkedin&utm_medium=social&utm_campaign=de-luisterende-koning',
    );
  });

  it('give LinkedIn only the url', () => {
    const href = new URL(shareHref('linkedin', input));
    expect(href.origin + href.pathname).toBe('https://www.linkedin.com/sharing/share-offsite/');
    expect([...href.searchParams.keys()]).toEqual(['url']);
    expect(href.searchParams.get('url')).toContain('utm_source=linkedin');
  });

  it('give X text and url', () => {
    const href = new URL(shareHref('x', input));
    expect(href.searchParams.get('text')).toBe('Partner op papier');
    expect(href.searchParams.get('url')).toContain('utm_source=x');
  });

  it('put message and link in WhatsApp and e-mail', () => {
    expect(new URL(shareHref('whatsapp', input)).searchParams.get('text')).toMatch(
      /^Dit essay .* https:\/\/example\.nl\/.*utm_source=whatsapp/,
    );
    const mail = shareHref('email', input);
    expect(mail.startsWith('mailto:?subject=Partner%20op%20papier&body=')).toBe(true);
    expect(decodeURIComponent(mail)).toContain('utm_source=email');
  });

  it('keep X posts within 280 characters', () => {
    const long = 'w'.repeat(400);
    const fitted = fitForX(long);
    expect(Array.from(fitted).length + 1 + 23).toBeLessThanOrEqual(280);
    expect(fitted.endsWith('…')).toBe(true);
    expect(fitForX('short')).toBe('short');
  });
});
