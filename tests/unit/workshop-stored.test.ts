import { describe, expect, it } from 'vitest';
import { emptyProgress } from '@/lib/quiz/progress';
import { parseSavedTeams, withSavedTeam } from '@/lib/workshop/saved-teams';
import { otherEditions, parseParticipations, participationFor, withParticipation } from '@/lib/workshop/stored';
import { model } from './quiz-model';

describe('workshop storage', () => {
  it('keeps one participation per session, most recent first, and finds it again', () => {
    const a = participationFor([], 1, 11, 1000);
    expect(a).toEqual({ session: 1, respondent: 11, revision: 0, progress: emptyProgress, updated: 1000 });
    const b = { ...participationFor([], 2, 22, 2000), revision: 3 };
    let raw = withParticipation([], a);
    raw = withParticipation(parseParticipations(raw, model), b);
    const moved = { ...a, progress: { ...emptyProgress, role: 'supplier' as const } };
    raw = withParticipation(parseParticipations(raw, model), moved);
    const list = parseParticipations(raw, model);
    expect(list.map((p) => p.session)).toEqual([1, 2]);
    expect(list[0]!.progress.role).toBe('supplier');
    // The same session gives the same respondent, whatever new id is offered.
    expect(participationFor(list, 2, 99, 3000).respondent).toBe(22);
  });

  it('reads damaged or unknown storage as nothing, and skips only the damaged entries', () => {
    for (const raw of [undefined, '', '{', 'null', '[]', '{"version":2,"items":[]}', '{"version":1,"items":{}}']) {
      expect(parseParticipations(raw, model)).toEqual([]);
      expect(parseSavedTeams(raw)).toEqual([]);
    }
    const mixed = JSON.stringify({
      version: 1,
      items: [
        { session: 5, code: 'AgQ<script>', count: 2, updated: 1 },
        { session: 6, code: 'AgQabc', count: 2, updated: 1 },
        { session: -1, code: 'AgQabc', count: 2, updated: 1 },
      ],
    });
    expect(parseSavedTeams(mixed).map((t) => t.session)).toEqual([6]);
    const progress = JSON.stringify({
      version: 1,
      items: [{ session: 5, respondent: 1, revision: 0, updated: 1, progress: { role: 'king' } }],
    });
    expect(parseParticipations(progress, model)[0]!.progress).toEqual(emptyProgress);
  });

  it('never reads answers of another edition of the questions, and keeps them on every write', () => {
    const edition2 = {
      ...model,
      editions: [{ edition: 2, date: '2026-12-05', fingerprint: 1, questions: model.questions }],
    };
    const old = withParticipation([], { ...participationFor([], 1, 11, 1000), revision: 2 });
    expect(parseParticipations(old, edition2)).toEqual([]);
    const raw = withParticipation(parseParticipations(old, edition2), participationFor([], 2, 22, 2000), {
      edition: 2,
      kept: otherEditions(old, edition2),
    });
    expect(parseParticipations(raw, edition2).map((p) => p.session)).toEqual([2]);
    expect(otherEditions(raw, edition2)).toEqual([expect.objectContaining({ session: 1, revision: 2, edition: 1 })]);
  });

  it('keeps the ten most recent teams', () => {
    let raw = '';
    for (let n = 0; n < 12; n += 1) {
      raw = withSavedTeam(parseSavedTeams(raw), { session: n, code: `AgQ${n}`, count: 1, updated: n });
    }
    expect(parseSavedTeams(raw).map((t) => t.session)).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  });
});
