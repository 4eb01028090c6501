import { describe, expect, it } from 'vitest';
import { bucketLabel, bucketRange } from '@/lib/quiz/buckets';
import { fitForX, mediumOf, shareHref, taggedUrl, type ShareSource } from '@/lib/share';

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

  it('set utm_medium by channel: social for networks, email for a mail, referral for a copied or system-shared link', () => {
    const medium = (source: ShareSource) =>
      new URL(taggedUrl(input.url, source, input.campaign)).searchParams.get('utm_medium');
    expect(medium('linkedin')).toBe('social');
    expect(medium('x')).toBe('social');
    expect(medium('whatsapp')).toBe('social');
    expect(medium('email')).toBe('email');
    expect(medium('copy')).toBe('referral');
    expect(medium('system')).toBe('referral');
    expect(Object.keys(mediumOf).sort()).toEqual(['copy', 'email', 'linkedin', 'system', 'whatsapp', 'x']);
  });

  it('carry the medium of their channel inside each share link', () => {
    const inner = (href: string, param: string) => new URL(new URL(href).searchParams.get(param)!);
    expect(inner(shareHref('linkedin', input), 'url').searchParams.get('utm_medium')).toBe('social');
    expect(inner(shareHref('x', input), 'url').searchParams.get('utm_medium')).toBe('social');
    const whatsapp = new URL(shareHref('whatsapp', input)).searchParams.get('text')!;
    expect(new URL(whatsapp.split(' ').at(-1)!).searchParams.get('utm_medium')).toBe('social');
    const body = decodeURIComponent(shareHref('email', input).split('&body=')[1]!);
    expect(new URL(body.split('\n').at(-1)!).searchParams.get('utm_medium')).toBe('email');
  });

  it('give LinkedIn only the url', () => {
    const href = new URL(shareHref('linkedin', input));
    expect(href.origin + href.pathname).toBe('https://www.linkedin.com/sharing/share-offsite/');
    expect([...href.searchParams.keys()]).toEqual(['url']);
    expect(href.searchParams.get('url')).toContain('utm_source=linkedin');
  });

  it('give X text and url: the post where there is one, else the title', () => {
    const href = new URL(shareHref('x', input));
    expect(href.searchParams.get('text')).toBe('Partner op papier');
    expect(href.searchParams.get('url')).toContain('utm_source=x');
    const post = 'Partnership op papier: wie betaalt, bepaalt nog steeds. Wat gebeurt er zodra het schuurt?';
    expect(new URL(shareHref('x', { ...input, post })).searchParams.get('text')).toBe(post);
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

describe('shared score buckets', () => {
  it('read as the range they stand for, never as the rounded-down score', () => {
    expect(bucketLabel(70)).toBe('70–74');
    expect(bucketLabel(0)).toBe('0–4');
    expect(bucketLabel(95)).toBe('95–99');
    expect(bucketLabel(100)).toBe('100');
    expect(bucketRange(70)).toEqual({ from: 70, to: 74 });
  });
});
