/**
 * What the facilitator's page reads and writes: the codes participants send
 * (and anything else pasted with them), and the team view's link. The
 * format is in codes.ts.
 */
import { CODE_VERSION, codeBytes, kindByte, openCode, readSide, wrapCode, type Reader } from '@/lib/quiz/codes';
import type { ScoringModel } from '@/lib/quiz/scoring';
import {
  ID_BYTES,
  idBytes,
  MAX_RESPONDENTS,
  readId,
  respondentBytes,
  type DecodedWorkshopCode,
  type Respondent,
  type Team,
  type WorkshopCode,
} from './codes';

/** Far longer than a team of MAX_RESPONDENTS with expectations. */
const MAX_TEAM_INPUT = 2000;

/** The whole team view, for its link. */
export function encodeTeam(model: ScoringModel, team: Team): string {
  if (team.respondents.length > MAX_RESPONDENTS) throw new RangeError(`at most ${MAX_RESPONDENTS} respondents`);
  return wrapCode(model, 'team', [
    ...idBytes(team.session),
    team.respondents.length,
    ...team.respondents.flatMap((r) => respondentBytes(model, r)),
  ]);
}

// ---------------------------------------------------------------- decoding

/** Header, session, respondent, revision, role, points, expectations flag (and expectations), checksum. */
function responseLengths(model: ScoringModel): number[] {
  const count = model.dimensions.length;
  const plain = 4 + ID_BYTES + ID_BYTES + 1 + 1 + count + 1 + 2;
  return [plain, plain + count];
}

function readRespondent(reader: Reader, model: ScoringModel): Respondent | null {
  const id = readId(reader);
  const revision = id === null ? null : reader.next(255);
  const side = revision === null ? null : readSide(reader, model);
  return id !== null && revision !== null && side ? { id, revision, side } : null;
}

/** Decodes a response or team code. Every way input can be wrong gives a reason, never an exception. */
export function decodeWorkshopCode(text: string, quiz: ScoringModel): DecodedWorkshopCode {
  const bytes = codeBytes(text, MAX_TEAM_INPUT);
  if (typeof bytes === 'string') return { ok: false, problem: bytes };
  // Version 1 was only ever an invite.
  if (bytes[0] === 1) return { ok: false, problem: 'not-workshop' };
  // A response has one of two lengths (with or without expectations): a cut-off code says so, not 'damaged'.
  if (bytes[0] === CODE_VERSION && bytes[1] === kindByte('response') && !responseLengths(quiz).includes(bytes.length)) {
    return { ok: false, problem: 'length' };
  }
  const opened = openCode(bytes, quiz);
  if (!opened.ok) return opened;
  const { kind, reader } = opened;
  // A code of an earlier edition of the questions is read with that edition's scores.
  const { model } = opened.edition;
  if (kind !== 'response' && kind !== 'team') return { ok: false, problem: 'not-workshop' };
  const session = readId(reader);
  if (session === null) return { ok: false, problem: 'length' };
  let code: WorkshopCode | null = null;
  if (kind === 'response') {
    const respondent = readRespondent(reader, model);
    code = respondent && { kind, session, respondent };
  } else {
    const count = reader.next(MAX_RESPONDENTS);
    const respondents: Respondent[] = [];
    for (let i = 0; count !== null && i < count; i += 1) {
      const respondent = readRespondent(reader, model);
      if (!respondent) break;
      respondents.push(respondent);
    }
    code = count !== null && respondents.length === count ? { kind, session, respondents } : null;
  }
  if (!code) return { ok: false, problem: 'inconsistent' };
  if (!reader.done) return { ok: false, problem: 'length' };
  return { ok: true, code };
}
