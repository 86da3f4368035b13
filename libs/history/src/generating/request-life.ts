import { requestStream, type Actor, type RequestEvent, type RequestLanguage } from '@od/contracts';
import {
  DEFAULT_WARNING_WORKING_DAYS,
  decideRequest,
  evolveRequest,
  holderOfRequestEvent,
  idFromClientCommand,
  initialRequestState,
  REFUSAL_GROUNDS,
  RETURN_GROUNDS,
  requestClockTable,
  type RequestCommand,
  type RequestFact,
  type RequestOnRecord,
  type RequestState,
} from '@od/domain';
import { createHash } from 'node:crypto';
import { ClockSimulation } from './clock-simulation';
import type { HistoryWorld, StaffMember } from './history-world';
import { SeededRandom } from './seeded-random';
import { RecordedFacts } from './subject-facts';
import { DISLIKE_REASONS, EXTENSION_REASONS, REDIRECT_REASONS, REFUSAL_TEXTS, requestText, ANSWER_TEXTS } from './texts';

const staffActor = (member: StaffMember): Actor => ({ kind: 'staff', id: member.accountId });
const requestActor = (member: StaffMember) => ({ kind: 'staff' as const, id: member.accountId, holderId: member.holderId, staffRoles: member.roles });

/**
 * One request's life, driven through the request decider (`decideRequest`/`evolveRequest`) command by command
 * as intake, moderation and response would, with its clocks (`requestClockTable`) as the deadlines service
 * records them. What happens is drawn from the holder's conduct: moderated (accepted, redirected to the
 * other blog holder, returned with an Article 11 reason code, refused on an Article 11 p. 16 ground) on time
 * or late, extended (R5), answered on time, late or never, rated (a dislike with its reason). Nothing is
 * done at or after the end of the history: what is still open then stays open.
 */
export function requestLife(world: HistoryWorld, index: number, submittedAt: number): RecordedFacts {
  const random = SeededRandom.forSubject(world.seed, 'request', index);
  const out = new RecordedFacts(submittedAt);
  const clocks = new ClockSimulation(requestClockTable, { calendar: world.calendar, warningWorkingDays: DEFAULT_WARNING_WORKING_DAYS }, out, random);
  const submitCommandId = random.uuid();
  const requestId = idFromClientCommand('request', submitCommandId);
  const streamId = requestStream(requestId);
  let state: RequestState = initialRequestState;

  const act = (command: RequestCommand, commandId: string, action: string, body: unknown, actor: Actor): boolean => {
    const now = command.context.now;
    if (now.getTime() >= world.end) return false;
    const facts = out.command(
      { streamId, commandId, action, body, actor, now, holderId: (event: RequestEvent) => holderOfRequestEvent(event) },
      decideRequest(command, state),
      random.int(5, 120),
    );
    for (const fact of facts) {
      state = evolveRequest(state, fact as unknown as RequestEvent);
      clocks.fact({ ...(fact as unknown as RequestEvent), eventId: fact.metadata.eventId } as RequestFact, fact);
    }
    return true;
  };
  const onRecord = () => state as RequestOnRecord;

  // R1: a citizen (sometimes an organisation) signs and sends it.
  const organisation = random.chance(0.08);
  const author = { kind: organisation ? 'organisation' : 'citizen', id: organisation ? world.organisation(random) : world.citizen(random) } as const;
  const holderId = random.chance(0.6) ? world.blogHolders[0] : random.pick(world.blogHolders);
  const language: RequestLanguage = random.weighted({ kk: 0.45, ru: 0.5, en: 0.05 });
  const { subject, text } = requestText(random, language);
  const certificate = createHash('sha256').update(`${world.seed}/certificate/${author.kind}/${author.id}`).digest('hex');
  const signature = {
    cms: Buffer.from(`${certificate}${submitCommandId}`).toString('base64'),
    certificateFingerprintSha256: certificate,
    certificateSerialNumber: certificate.slice(0, 40),
    certificateIssuer: 'CN=ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) 2022, C=KZ',
    signedAt: new Date(submittedAt - random.int(5, 90) * 1000).toISOString(),
  };
  const submitted = act(
    {
      type: 'SubmitRequest',
      data: { requestId, holderId, author, subject, text, language },
      context: { now: new Date(submittedAt), holder: world.onRecord(holderId), signature },
    },
    submitCommandId,
    'submit-request',
    { holderId, subject, text, language },
    { kind: author.kind, id: author.id },
  );
  if (!submitted) return out;

  let at = submittedAt;
  for (let hop = 0; hop < 3; hop += 1) {
    const current = onRecord().holderId;
    const conduct = world.conductOf(current);
    const admin = random.pick(world.staffOf(current, 'administrator'));
    const others = world.blogHolders.filter((id) => !onRecord().holderChain.includes(id));
    const decision = random.weighted({
      accept: 0.78,
      redirect: others.length > 0 && hop < 2 ? 0.07 : 0,
      return: 0.07,
      refuse: 0.04,
      ignored: 0.01 + conduct.neverAnswered / 2,
    });
    if (decision === 'ignored') break;
    const late = random.chance(conduct.lateModeration);
    const command = (type: string) => ({ id: random.uuid(), action: type });
    if (decision === 'redirect') {
      at = world.workingMoment(random, at, late ? random.int(4, 7) : random.int(0, 2));
      const toHolderId = random.pick(others);
      const reason = random.pick(REDIRECT_REASONS)[onRecord().language];
      const c = command('redirect-request');
      if (
        !act(
          {
            type: 'RedirectRequest',
            data: { toHolderId, reason },
            context: { now: new Date(at), actor: requestActor(admin), toHolder: world.onRecord(toHolderId) },
          },
          c.id,
          c.action,
          { toHolderId, reason },
          staffActor(admin),
        )
      )
        return finish();
      continue;
    }
    if (decision === 'return') {
      at = world.workingMoment(random, at, late ? random.int(2, 3) : random.int(0, 1));
      const reasonCode = random.pick(RETURN_GROUNDS).code;
      const c = command('return-request');
      act(
        { type: 'ReturnRequest', data: { reasonCode, reasonText: '' }, context: { now: new Date(at), actor: requestActor(admin) } },
        c.id,
        c.action,
        { reasonCode, reasonText: '' },
        staffActor(admin),
      );
      return finish(true);
    }
    if (decision === 'refuse') {
      at = world.workingMoment(random, at, late ? random.int(6, 9) : random.int(1, 4));
      if (!refuse(admin)) return finish();
      return finish(true);
    }
    // accept
    at = world.workingMoment(random, at, late ? random.int(3, 6) : random.int(0, 2));
    const c = command('accept-request');
    if (!act({ type: 'AcceptRequest', context: { now: new Date(at), actor: requestActor(admin) } }, c.id, c.action, {}, staffActor(admin))) return finish();
    answerAccepted();
    return finish(true);
  }
  return finish();

  function refuse(by: StaffMember): boolean {
    const ground = random.pick(REFUSAL_GROUNDS);
    const reasonText = REFUSAL_TEXTS[onRecord().language];
    const id = random.uuid();
    return act(
      { type: 'RefuseRequest', data: { groundCode: ground.code, reasonText }, context: { now: new Date(at), actor: requestActor(by) } },
      id,
      'refuse-request',
      { groundCode: ground.code, reasonText },
      staffActor(by),
    );
  }

  /** R4–R6 after acceptance: an extension now and then, a refusal sometimes, else an answer on time, late, or never. */
  function answerAccepted(): void {
    const current = onRecord().holderId;
    const conduct = world.conductOf(current);
    const receivedAt = Date.parse(onRecord().receivedAt);
    let extraDays = 0;
    if (random.chance(0.06)) {
      const head = world.staffOf(current, 'first_head')[0];
      const extendAt = world.workingMoment(random, at, random.int(3, 8));
      const days = random.int(5, 15);
      const otherHolderIds = [random.pick(world.holderIds.filter((id) => id !== current))];
      const reason = random.pick(EXTENSION_REASONS)[onRecord().language];
      const extended = act(
        {
          type: 'ExtendDeadline',
          data: { days, otherHolderIds, reason },
          context: { now: new Date(extendAt), actor: requestActor(head), knownHolderIds: world.holderIds },
        },
        random.uuid(),
        'extend-deadline',
        { days, otherHolderIds, reason },
        staffActor(head),
      );
      if (!extended) return;
      at = extendAt;
      extraDays = days;
    }
    if (random.chance(0.03)) {
      at = world.workingMoment(random, at, random.int(1, 4));
      refuse(random.pick(world.staffOf(current, 'administrator')));
      return;
    }
    if (random.chance(conduct.neverAnswered)) return;
    const due = world.calendarDaysDue(receivedAt, 15 + extraDays);
    const responder = random.pick(world.staffOf(current, 'responder'));
    let answerAt: number;
    if (random.chance(conduct.lateAnswer)) answerAt = due + random.int(1, 20 * 24) * 3_600_000;
    else answerAt = Math.max(at + 3_600_000, Math.min(world.workingMoment(random, at, random.int(1, 9)), due - random.int(1, 30) * 3_600_000));
    const language = onRecord().language;
    let draftId: string | undefined;
    if (random.chance(0.6)) {
      const draftCommandId = random.uuid();
      draftId = idFromClientCommand('draft', draftCommandId);
      const draftAt = at + Math.floor((answerAt - at) * random.next());
      const draftText = random.pick(ANSWER_TEXTS)[language];
      if (
        !act(
          { type: 'DraftAnswer', data: { draftId, text: draftText }, context: { now: new Date(draftAt), actor: requestActor(responder) } },
          draftCommandId,
          'draft-answer',
          { text: draftText },
          staffActor(responder),
        )
      )
        return;
    }
    const answerText = random.pick(ANSWER_TEXTS)[language];
    at = answerAt;
    const body = { text: answerText, ...(draftId ? { draftId } : {}) };
    act(
      { type: 'AnswerRequest', data: body, context: { now: new Date(at), actor: requestActor(responder) } },
      random.uuid(),
      'answer-request',
      body,
      staffActor(responder),
    );
  }

  /** R7: about half of the authors rate the answer or refusal; a dislike says why. */
  function finish(decided = false): RecordedFacts {
    const status = state.status;
    if (decided && (status === 'answered' || status === 'refused') && random.chance(0.55)) {
      const record = onRecord();
      const dislike = random.chance(world.conductOf(record.holderId).dislike + (status === 'refused' ? 0.3 : 0));
      const reason = dislike ? random.pick(DISLIKE_REASONS)[record.language] : undefined;
      const ratedAt = at + random.int(1, 10 * 24) * 3_600_000;
      const body = { rating: dislike ? 'dislike' : 'like', ...(reason ? { reason } : {}) } as const;
      act(
        { type: 'RateAnswer', data: body, context: { now: new Date(ratedAt), actor: { kind: author.kind, id: author.id, staffRoles: [] } } },
        random.uuid(),
        'rate-answer',
        body,
        { kind: author.kind, id: author.id },
      );
    }
    clocks.timeUntil(world.end);
    return out;
  }
}
