import { describe, expect, it } from 'vitest';
import { encodeInvite, sideFromPoints } from '@/lib/quiz/codes';
import { encodeResponse, MAX_RESPONDENTS, type Respondent, type Team } from '@/lib/workshop/codes';
import { encodeTeam } from '@/lib/workshop/team-codes';
import { candidates, collect } from '@/lib/workshop/collect';
import { model } from './quiz-model';

const someone = (n: number, over: Partial<Respondent> = {}): Respondent => ({
  id: 100 + n,
  revision: 0,
  side: sideFromPoints(model, n % 2 ? 'supplier' : 'customer', [n % 7, (n * 5) % 7], null),
  ...over,
});
const session = 4242;
const empty: Team = { session, respondents: [] };
const code = (r: Respondent, s = session) => encodeResponse(model, s, r);

describe('collecting codes', () => {
  it('finds codes in a chat and a link, and leaves ordinary words alone', () => {
    const a = code(someone(1));
    const b = code(someone(2));
    const chat = `Hoi! Accountmanagement-overleg om 10:00.\nAnna: ${a}\nhttps://example.org/x#antwoord=${b}&y=1 Samenwerkingsovereenkomst`;
    expect(candidates(chat)).toEqual([a, b]);
  });

  it('adds each new person, counts the same person once, and lets newer answers replace older ones', () => {
    const first = collect(empty, [someone(1), someone(2), someone(1)].map((r) => code(r)).join(' '), model);
    expect(first.report).toEqual({ added: 2, duplicates: 1, updated: 0, refused: [] });
    expect(first.team.respondents.map((r) => r.id)).toEqual([101, 102]);

    const revised = someone(1, { revision: 1, side: sideFromPoints(model, 'customer', [6, 6], null) });
    const older = someone(2, { revision: 0 });
    const second = collect(first.team, `${code(revised)} ${code(older)}`, model);
    expect(second.report).toEqual({ added: 0, duplicates: 1, updated: 1, refused: [] });
    expect(second.team.respondents[0]).toEqual(revised);
    // The older code arriving after the newer one changes nothing.
    expect(collect(second.team, code(someone(1)), model).team).toEqual(second.team);
  });

  it('lists every code it could not take, with why, and still takes the rest', () => {
    const good = code(someone(1));
    const cut = code(someone(2)).slice(0, 20);
    const other = code(someone(3), session + 1);
    const invite = encodeInvite(model, someone(4).side);
    const { team, report } = collect(empty, [good, cut, other, invite].join('\n'), model);
    expect(team.respondents).toHaveLength(1);
    expect(report.refused.map((r) => r.reason)).toEqual(['length', 'other-session', 'not-workshop']);
    expect(report.refused.every((r) => r.code.length <= 24)).toBe(true);
  });

  it('merges another laptop’s team link of the same session', () => {
    const theirs = encodeTeam(model, { session, respondents: [someone(1), someone(2)] });
    const mine = collect(empty, code(someone(2)), model).team;
    const { team, report } = collect(mine, `https://x/workshop/#team=${theirs}`, model);
    expect(report).toEqual({ added: 1, duplicates: 1, updated: 0, refused: [] });
    expect(team.respondents.map((r) => r.id).sort()).toEqual([101, 102]);
  });

  it('refuses people beyond the limit one by one, saying so, and keeps the team whole', () => {
    const full: Team = { session, respondents: Array.from({ length: MAX_RESPONDENTS }, (_, n) => someone(n)) };
    const { team, report } = collect(full, `${code(someone(90))} ${code(someone(91))} ${code(someone(3))}`, model);
    expect(team).toEqual(full);
    expect(report.refused.map((r) => r.reason)).toEqual(['full', 'full']);
    expect(report.duplicates).toBe(1);
  });
});
