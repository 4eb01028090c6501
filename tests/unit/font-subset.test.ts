import { describe, expect, it } from 'vitest';
import { characterSet, missingCharacters, siteCharacters, visibleText } from '@/fonts/subset';

describe('font subset', () => {
  it('keeps every character of the texts once, in order, with printable ASCII', () => {
    const set = characterSet(['één’', 'ëe\n']);
    expect([...set].filter((c) => c > '~')).toEqual(['é', 'ë', '’'].sort());
    expect(set).toContain('a');
    expect(set).toContain('~');
    expect(set).not.toContain('\n');
  });

  it('reads the text a reader sees: no scripts, styles, SVG or tags, entities decoded', () => {
    const html =
      '<style>p{content:"ø"}</style><script>"å"</script><p class="ñ">Café &amp; cr&#232;me &#x2014;</p><svg><text>ß</text></svg>';
    expect(visibleText(html).replace(/\s+/g, ' ').trim()).toBe('Café & crème —');
  });

  it('names the characters the subset lacks', () => {
    expect(missingCharacters('crème — ok', characterSet(['—']))).toEqual(['è']);
  });

  it('covers the Dutch and English text of the site', async () => {
    const chars = await siteCharacters(process.cwd());
    for (const char of 'éë‘’–…·') expect(chars).toContain(char);
  });
});
