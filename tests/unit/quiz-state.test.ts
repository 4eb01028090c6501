import { describe, expect, it } from 'vitest';
import { encodeInvite, encodeReply, encodeResult, sideFromPoints } from '@/lib/quiz/codes';
import { emptyProgress, finishedProgress } from '@/lib/quiz/progress';
import { emptyState, openLink, ownSide, startOver, undo, withProgress, type QuizState } from '@/lib/quiz/state';
import { model } from './quiz-model';

const keys = ['spiegel', 'antwoord', 'uitslag'];
const answers = { q1: 'd', q2: 'c', q3: 'a', q4: 'b' };
const withResult: QuizState = withProgress(emptyState, finishedProgress('customer', answers, [40, 60]), model);
const mine = ownSide(withResult, model)!;
const theirs = sideFromPoints(model, 'supplier', [1, 2], [70, 30]);
const inProgress: QuizState = {
  ...emptyState,
  progress: { ...emptyProgress, role: 'supplier', answers: { q1: 'a' }, index: 1 },
};

describe('opening a link', () => {
  it('never touches the reader’s own progress or result', () => {
    for (const state of [emptyState, inProgress, withResult]) {
      for (const hash of [
        `#spiegel=${encodeInvite(model, theirs)}`,
        `#antwoord=${encodeReply(model, mine, theirs)}`,
        '#spiegel=broken',
      ]) {
        expect(openLink(state, hash, keys, model).state.progress).toBe(state.progress);
      }
    }
  });

  it('leaves everything as it was for a broken code, and says why', () => {
    const opened = openLink(withResult, '#spiegel=AAAA', keys, model);
    expect(opened.state).toBe(withResult);
    expect(opened.outcome.kind).toBe('broken');
  });

  it('keeps an invite until the reader has a result, then freezes the comparison with a reply link', () => {
    const code = encodeInvite(model, theirs);
    const invited = openLink(inProgress, `#spiegel=${code}`, keys, model);
    expect(invited.outcome).toEqual({ kind: 'invited', side: theirs });
    expect(invited.state.invitations).toHaveLength(1);
    const done = withProgress(invited.state, finishedProgress('supplier', answers, null), model);
    expect(done.invitations).toEqual([]);
    expect(done.comparisons).toHaveLength(1);
    expect(done.comparisons[0]!.them).toEqual(theirs);
    expect(done.comparisons[0]!.reply).toBe(encodeReply(model, theirs, ownSide(done, model)!));
  });

  it('recognises the reader’s own invite and adds nothing', () => {
    const opened = openLink(withResult, `#spiegel=${encodeInvite(model, mine)}`, keys, model);
    expect(opened.outcome).toEqual({ kind: 'own-invite' });
    expect(opened.state).toBe(withResult);
  });

  it('shows a reply to the inviter even with empty storage, and adds it once', () => {
    const hash = `#antwoord=${encodeReply(model, mine, theirs)}`;
    const once = openLink(emptyState, hash, keys, model).state;
    expect(once.comparisons).toEqual([{ id: hash.split('=')[1], me: mine, them: theirs, reply: null }]);
    expect(openLink(once, hash, keys, model).state).toBe(once);
  });

  it('restores a result link into empty storage, and keeps earlier work for undo', () => {
    const hash = `#uitslag=${encodeResult(model, { role: 'customer', answers, expectations: [40, 60] })}`;
    const restored = openLink(emptyState, hash, keys, model);
    expect(restored.outcome).toEqual({ kind: 'restored', replaced: false });
    expect(ownSide(restored.state, model)).toEqual(mine);

    const replacing = openLink(inProgress, hash, keys, model);
    expect(replacing.outcome).toEqual({ kind: 'restored', replaced: true });
    expect(replacing.state.undo).toBe(inProgress.progress);
    expect(undo(replacing.state, model).progress).toBe(inProgress.progress);
  });
});

describe('starting over', () => {
  it('keeps the result for undo, and undo brings it back', () => {
    const restarted = startOver(withResult);
    expect(restarted.progress).toBe(emptyProgress);
    expect(undo(restarted, model).progress).toEqual(withResult.progress);
  });
});
