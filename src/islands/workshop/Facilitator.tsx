/**
 * The facilitator's workshop page: a session with its participant link and
 * QR code, a box that takes whatever codes come in, the team view, and the
 * link that holds it all. The team lives in this page's fragment (written
 * on every change, so reload, bookmark and another laptop all see the same
 * view) and, as a convenience, in this device's list of recent sessions.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fill } from '@/i18n/fill';
import { codeFromHash } from '@/lib/quiz/codes';
import { MAX_RESPONDENTS, randomId, sessionText, type Team } from '@/lib/workshop/codes';
import { decodeWorkshopCode, encodeTeam } from '@/lib/workshop/team-codes';
import { collect, type CollectReport } from '@/lib/workshop/collect';
import { parseSavedTeams, RECENT_KEY, withSavedTeam, type SavedTeam } from '@/lib/workshop/saved-teams';
import { linkHash } from '../quiz/link-hash';
import { LinkBox } from '../quiz/LinkBox';
import { createSafeStorage } from '../quiz/safe-storage';
import { useLazy } from '../quiz/useLazy';
import type { FacilitatorProps, WorkshopStrings } from './types';

const newTeam = (): Team => ({ session: randomId(), respondents: [] });

function Report({ report, strings }: { report: CollectReport; strings: WorkshopStrings }) {
  const read = report.added + report.duplicates + report.updated + report.refused.length;
  if (read === 0) return <p>{strings['workshop.collect.nothing']}</p>;
  const parts = [
    fill(strings['workshop.collect.added'], { count: report.added }),
    report.duplicates > 0 && fill(strings['workshop.collect.duplicates'], { count: report.duplicates }),
    report.updated > 0 && fill(strings['workshop.collect.updated'], { count: report.updated }),
    report.refused.length > 0 && fill(strings['workshop.collect.refused'], { count: report.refused.length }),
  ].filter(Boolean);
  return (
    <>
      <p>{parts.join(' ')}</p>
      {report.refused.length > 0 && (
        <ul class="workshop-report__refused">
          {report.refused.map(({ code, reason }, i) => (
            <li key={i}>
              <code>{code}</code>: {fill(strings[`workshop.problem.${reason}`], { max: MAX_RESPONDENTS })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export default function Facilitator({ quiz, strings, joinUrl, pageUrl, keys, lang }: FacilitatorProps) {
  const [storage] = useState(createSafeStorage);
  // Null until the browser has read the fragment: the server renders the page without a session.
  const [team, setTeam] = useState<Team | null>(null);
  const [saved, setSaved] = useState<SavedTeam[]>([]);
  const [report, setReport] = useState<CollectReport | null>(null);
  const [badLink, setBadLink] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  // The team on screen, for the storage listener set up once.
  const shown = useRef<Team | null>(null);
  shown.current = team;

  const teamLink = (code: string) => `${pageUrl}#${keys.team}=${code}`;
  /**
   * Shows a team, then keeps it in the address and, with anyone in it, in
   * this device's list. Those two writes wait for the frame after (together
   * a few milliseconds): the view reaches the screen first.
   */
  const keep = (next: Team) => {
    setTeam(next);
    requestAnimationFrame(() =>
      setTimeout(() => {
        const code = encodeTeam(quiz, next);
        history.replaceState(history.state, '', `#${keys.team}=${code}`);
        let list = parseSavedTeams(storage.get(RECENT_KEY));
        if (next.respondents.length > 0) {
          const entry = { session: next.session, code, count: next.respondents.length, updated: Date.now() };
          storage.set(RECENT_KEY, withSavedTeam(list, entry));
          list = parseSavedTeams(storage.get(RECENT_KEY));
        }
        setSaved(list);
      }),
    );
  };

  useEffect(() => {
    const open = () => {
      setReport(null);
      const code = codeFromHash(linkHash(), keys.teams);
      const decoded = code === null ? null : decodeWorkshopCode(code, quiz);
      if (decoded?.ok && decoded.code.kind === 'team') {
        setBadLink(null);
        keep(decoded.code);
      } else if (decoded) {
        // The damaged link stays in the address, untouched, until something is added.
        setBadLink(
          strings[`workshop.problem.${decoded.ok ? 'kind' : decoded.problem}`].replace('{max}', `${MAX_RESPONDENTS}`),
        );
        setTeam(newTeam());
        setSaved(parseSavedTeams(storage.get(RECENT_KEY)));
      } else {
        setBadLink(null);
        keep(newTeam());
      }
    };
    // The same session open in another tab took codes: merge them here, so both tabs show everyone.
    const follow = (event: StorageEvent) => {
      if (event.key !== RECENT_KEY || !shown.current) return;
      const list = parseSavedTeams(event.newValue ?? undefined);
      setSaved(list);
      const theirs = list.find((entry) => entry.session === shown.current?.session);
      const merged = theirs && collect(shown.current, theirs.code, quiz);
      if (merged && merged.report.added + merged.report.updated > 0) keep(merged.team);
    };
    open();
    window.addEventListener('hashchange', open);
    window.addEventListener('storage', follow);
    return () => {
      window.removeEventListener('hashchange', open);
      window.removeEventListener('storage', follow);
    };
  }, []);

  const add = (event: Event) => {
    event.preventDefault();
    if (!team) return;
    const result = collect(team, pasted, quiz);
    setReport(result.report);
    if (result.report.added + result.report.updated > 0 || badLink) keep(result.team);
    setBadLink(null);
    setPasted('');
  };

  const people = team?.respondents.length ?? 0;
  const currentLink = useMemo(() => (team ? teamLink(encodeTeam(quiz, team)) : ''), [team]);
  // The team view and its arithmetic load once there is someone to show: a new session does without.
  const view = useLazy(() => import('./TeamView'), people > 0);
  // The QR encoder is a third of this page's script: it follows the first paint, into a box of its own size.
  const qr = useLazy(() => import('./QrCode'), team !== null);
  const participantLink = team ? `${joinUrl}#${keys.session}=${sessionText(team.session)}` : '';
  const others = saved.filter((entry) => entry.session !== team?.session);
  // Made once: a date formatter costs milliseconds to make, nothing to use.
  const [when] = useState(() => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }));

  return (
    <div class="workshop">
      {!storage.persistent && team && <p class="quiz__note">{strings['workshop.memoryOnly']}</p>}
      {badLink && (
        <p class="quiz__note" role="alert">
          {fill(strings['workshop.badLink'], { reason: badLink })}
        </p>
      )}

      <div class="workshop-step workshop-session">
        <div class="workshop-session__link">
          {team && (
            <LinkBox
              id="session"
              heading={strings['workshop.share.heading']}
              body={strings['workshop.share.body']}
              label={strings['workshop.share.label']}
              link={participantLink}
              copyLabel={strings['workshop.share.copy']}
              emailSubject={strings['workshop.share.emailSubject']}
              message={strings['workshop.share.message']}
              strings={strings}
              level={2}
            />
          )}
        </div>
        {team && (
          <div class="workshop-session__qr">
            {qr ? (
              <qr.QrCode text={participantLink} label={strings['workshop.qr.alt']} class="workshop-qr" />
            ) : (
              <span class="workshop-qr" />
            )}
            <button type="button" class="button button--quiet" onClick={() => dialog.current?.showModal()}>
              {strings['workshop.qr.enlarge']}
            </button>
            <dialog ref={dialog} class="workshop-qr-dialog" aria-label={strings['workshop.qr.alt']}>
              {qr && <qr.QrCode text={participantLink} label={strings['workshop.qr.alt']} class="workshop-qr--large" />}
              <p>{strings['workshop.qr.hint']}</p>
              <form method="dialog">
                <button type="submit" class="button">
                  {strings['workshop.qr.close']}
                </button>
              </form>
            </dialog>
          </div>
        )}
      </div>

      <section class="workshop-step workshop-collect" aria-labelledby="collect-heading">
        <h2 id="collect-heading">{strings['workshop.collect.heading']}</h2>
        <p>{strings['workshop.collect.body']}</p>
        <form onSubmit={add}>
          <label for="workshop-codes" class="workshop-collect__label">
            {strings['workshop.collect.label']}
          </label>
          <textarea
            id="workshop-codes"
            rows={4}
            value={pasted}
            spellcheck={false}
            autocomplete="off"
            onInput={(e) => setPasted(e.currentTarget.value)}
          />
          <button type="submit" class="button" disabled={!team}>
            {strings['workshop.collect.add']}
          </button>
        </form>
        <div class="workshop-report" role="status">
          {report && <Report report={report} strings={strings} />}
        </div>
      </section>

      <section class="workshop-step workshop-view" aria-labelledby="view-heading">
        <h2 id="view-heading">{strings['workshop.view.heading']}</h2>
        {team && people === 0 && <p class="team__empty">{strings['workshop.view.empty']}</p>}
        {team && people > 0 && view && (
          <view.TeamView quiz={quiz} strings={strings} lang={lang} respondents={team.respondents} link={currentLink} />
        )}
        {team && team.respondents.length > 0 && (
          <div class="quiz__actions">
            <button type="button" class="button button--quiet" onClick={() => window.print()}>
              {strings['workshop.print']}
            </button>
          </div>
        )}
      </section>

      {team && team.respondents.length > 0 && (
        <div class="workshop-keep">
          <LinkBox
            id="team"
            heading={strings['workshop.team.heading']}
            body={strings['workshop.team.body']}
            label={strings['workshop.team.label']}
            link={currentLink}
            copyLabel={strings['workshop.team.copy']}
            emailSubject={strings['workshop.team.emailSubject']}
            message={strings['workshop.team.message']}
            strings={strings}
          />
        </div>
      )}

      {others.length > 0 && (
        <section class="workshop-recent" aria-labelledby="recent-heading">
          <h2 id="recent-heading">{strings['workshop.recent.heading']}</h2>
          <ul>
            {others.map((entry) => (
              <li key={entry.session}>
                <a href={teamLink(entry.code)}>
                  {fill(strings['workshop.recent.item'], { date: when.format(entry.updated), count: entry.count })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {team && team.respondents.length > 0 && (
        <p class="workshop-new">
          <button type="button" class="button button--quiet" onClick={() => keep(newTeam())}>
            {strings['workshop.new']}
          </button>
        </p>
      )}
    </div>
  );
}
