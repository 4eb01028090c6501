import { Script, createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { t } from '@/i18n';
import { locales } from '@/i18n/locales';
import { chooseRole, emptyProgress } from '@/lib/quiz/progress';
import { sessionText } from '@/lib/workshop/codes';
import { PARTICIPANT_KEY, withParticipation, type Participation } from '@/lib/workshop/stored';
import { inlineScripts } from '@/scripts/inline';

describe('the inline scripts', () => {
  for (const [name, { code }] of Object.entries(inlineScripts))
    it(`${name} compiles as a classic script (no top-level return, no module syntax)`, () => {
      expect(() => new Script(code, { filename: `${name}.js` })).not.toThrow();
    });
});

describe('the participant page keeps its introduction hidden only for a participant with answers', () => {
  const session = 0x3a7f21;
  const started = (at: number): Participation => ({
    session: at,
    respondent: 7,
    revision: 0,
    progress: chooseRole(emptyProgress, 'supplier'),
    updated: 1,
  });
  /** Runs the script on a page at `hash` with this storage; true when it asked to hide the island. */
  function hides(hash: string, stored: string | undefined, held?: string): boolean {
    const dataset: Record<string, string> = {};
    const localStorage = stored === undefined ? {} : { [PARTICIPANT_KEY]: stored };
    const context = createContext({
      location: { hash },
      localStorage,
      atob,
      document: { documentElement: { dataset } },
    });
    if (held !== undefined) runInContext(`window = this; window.dlkHash = ${JSON.stringify(held)}`, context);
    else runInContext('window = this', context);
    runInContext(inlineScripts.resumeParticipant.code, context);
    return 'resume' in dataset;
  }

  for (const locale of locales)
    it(`with a ${locale} link to a session this device has answered for`, () => {
      const hash = `#${t(locale, 'route.sessionFragment')}=${sessionText(session)}`;
      expect(hides(hash, withParticipation([], started(session)))).toBe(true);
      // The head script has taken the link out of the address (analytics connected).
      expect(hides('', withParticipation([], started(session)), hash)).toBe(true);
    });

  it('not for another session, a role not yet chosen, or storage that is empty or damaged', () => {
    const hash = `#sessie=${sessionText(session)}`;
    expect(hides(hash, withParticipation([], started(session + 1)))).toBe(false);
    expect(hides(hash, withParticipation([], { ...started(session), progress: emptyProgress }))).toBe(false);
    expect(hides(hash, undefined)).toBe(false);
    expect(hides(hash, '{"version":1,"items":"<b>"}')).toBe(false);
    expect(hides('#sessie=%%%%', withParticipation([], started(session)))).toBe(false);
    expect(hides('', withParticipation([], started(session)))).toBe(false);
  });
});
