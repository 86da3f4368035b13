import type {
  ActorKind,
  AnswerDrafted,
  AnswerRated,
  DeadlineExtended,
  ExtensionNoticeSent,
  RequestAccepted,
  RequestAnswered,
  RequestEvent,
  RequestLanguage,
  RequestReceived,
  RequestRedirected,
  RequestRefused,
  RequestReturned,
  RequestSignatureEvidence,
  RequestSubmitted,
  StaffRole,
} from '@od/contracts';
import { blogEligibility, type HolderOnRecord } from '../legal-basis/blog-eligibility';
import { order145Text, order145TextInForceAt, type Order145Text } from '../legal-basis/order-145-texts.data';
import { accept, reject, type Decision, type Rejection } from '../shared/decision';
import type { RequestOnRecord, RequestState, RequestStatus } from './request';
import { findRefusalGround, findReturnGround } from './request-reasons.data';

export const REQUEST_LIMITS = {
  subjectMaxLength: 300,
  textMaxLength: 10_000,
  /** R4: a draft or an answer (the gateway's DTOs allow the same). */
  answerMaxLength: 20_000,
  /** The reason of a redirect (R2), an extension (R5) or a dislike (R7). */
  reasonMaxLength: 2_000,
  /** The reasoned text of a return (R3) or a refusal (R6). */
  reasonTextMaxLength: 4_000,
  /** R5: the one extension adds at most this many calendar days. */
  extensionMaxDays: 15,
} as const;

/** Who acts, as the gateway verified it: staff carry their holder and their active AWP roles (C7). */
export interface RequestActor {
  readonly kind: ActorKind;
  /** IIN for a citizen, BIN for an organisation, the account id for staff. */
  readonly id: string;
  readonly holderId?: string;
  readonly staffRoles: readonly string[];
}

export interface RequestCommandContext {
  readonly now: Date;
  readonly actor: RequestActor;
}

/** For commands that name other holders: the holders the platform knows now. */
export interface HolderAwareCommandContext extends RequestCommandContext {
  readonly knownHolderIds: readonly string[];
}

export interface SubmitRequest {
  readonly type: 'SubmitRequest';
  readonly data: {
    readonly requestId: string;
    readonly holderId: string;
    readonly author: { readonly kind: 'citizen' | 'organisation'; readonly id: string };
    readonly subject: string;
    readonly text: string;
    readonly language: RequestLanguage;
  };
  /**
   * `holder`: the registry's record of the holder addressed (undefined when it has none);
   * `signature`: evidence of an EDS already verified against the author's account (R1).
   */
  readonly context: { readonly now: Date; readonly holder: HolderOnRecord | undefined; readonly signature: RequestSignatureEvidence };
}

/** R2: the current holder's administrator accepts the request for an answer. */
export interface AcceptRequest {
  readonly type: 'AcceptRequest';
  readonly context: RequestCommandContext;
}

/** R2: the current holder's administrator sends it to the competent holder, with the reason. */
export interface RedirectRequest {
  readonly type: 'RedirectRequest';
  readonly data: { readonly toHolderId: string; readonly reason: string };
  /** `toHolder`: the registry's record of the holder redirected to (undefined when it has none). */
  readonly context: RequestCommandContext & { readonly toHolder: HolderOnRecord | undefined };
}

/** R3: the current holder's administrator returns a request that does not meet Article 11. */
export interface ReturnRequest {
  readonly type: 'ReturnRequest';
  /** `reasonText` blank: the ground's own text in the request's language is sent. */
  readonly data: { readonly reasonCode: string; readonly reasonText: string };
  readonly context: RequestCommandContext;
}

/** R4: a responder's draft answer. `draftId` comes from the handler (derived from the command id). */
export interface DraftAnswer {
  readonly type: 'DraftAnswer';
  readonly data: { readonly draftId: string; readonly text: string };
  readonly context: RequestCommandContext;
}

/** R4: the holder's answer, optionally naming the draft it came from. */
export interface AnswerRequest {
  readonly type: 'AnswerRequest';
  readonly data: { readonly text: string; readonly draftId?: string };
  readonly context: RequestCommandContext;
}

/** R5: the first head extends the term once, by 1..15 calendar days, naming the other competent holders. */
export interface ExtendDeadline {
  readonly type: 'ExtendDeadline';
  readonly data: { readonly days: number; readonly otherHolderIds: readonly string[]; readonly reason: string };
  readonly context: HolderAwareCommandContext;
}

/** R6: a reasoned refusal on an Article 11 (p. 16) ground. */
export interface RefuseRequest {
  readonly type: 'RefuseRequest';
  readonly data: { readonly groundCode: string; readonly reasonText: string };
  readonly context: RequestCommandContext;
}

/** R7: the author rates the answer: like, or dislike with a reason. */
export interface RateAnswer {
  readonly type: 'RateAnswer';
  readonly data: { readonly rating: 'like' | 'dislike'; readonly reason?: string };
  readonly context: RequestCommandContext;
}

export type RequestCommand =
  SubmitRequest | AcceptRequest | RedirectRequest | ReturnRequest | DraftAnswer | AnswerRequest | ExtendDeadline | RefuseRequest | RateAnswer;

export const REQUEST_REJECTION_CODES = [
  'holder_unknown',
  'holder_has_no_blog',
  'request_already_submitted',
  'request_text_empty',
  'request_wrong_state',
  'not_your_holder',
  'role_not_allowed',
  'extension_already_used',
  'extension_too_long',
  'extension_days_invalid',
  'extension_needs_other_holders',
  'redirect_to_same_holder',
  'redirect_back',
  'reason_required',
  'reason_code_unknown',
  'text_required',
  'text_too_long',
  'draft_id_taken',
  'draft_unknown',
  'not_the_author',
  'already_rated',
  'not_answered_yet',
] as const;

export type RequestRejectionCode = (typeof REQUEST_REJECTION_CODES)[number];

export type RequestDecision = Decision<RequestEvent, RequestRejectionCode>;

type Refusal = Rejection<RequestRejectionCode>;

/** Who may do what to a request, and the rule that says so. */
const WHO_MAY: Record<
  Exclude<RequestCommand['type'], 'SubmitRequest' | 'RateAnswer'>,
  { readonly roles: readonly StaffRole[]; readonly rule: string; readonly action: string }
> = {
  AcceptRequest: { roles: ['administrator'], rule: 'R2', action: 'accept' },
  RedirectRequest: { roles: ['administrator'], rule: 'R2', action: 'redirect' },
  ReturnRequest: { roles: ['administrator'], rule: 'R3', action: 'return' },
  DraftAnswer: { roles: ['responder', 'administrator'], rule: 'R4', action: 'draft an answer to' },
  AnswerRequest: { roles: ['responder', 'administrator', 'first_head'], rule: 'R4', action: 'answer' },
  ExtendDeadline: { roles: ['first_head'], rule: 'R5', action: 'extend the deadline of' },
  RefuseRequest: { roles: ['administrator', 'first_head'], rule: 'R6', action: 'refuse' },
};

export function decideRequest(command: RequestCommand, state: RequestState): RequestDecision {
  if (command.type === 'SubmitRequest') return submit(command, state);
  if (state.status === 'not_submitted') {
    const action = command.type === 'RateAnswer' ? 'rate' : WHO_MAY[command.type].action;
    const rule = command.type === 'RateAnswer' ? 'R7' : WHO_MAY[command.type].rule;
    return reject({ code: 'request_wrong_state', rule, message: `Cannot ${action} a request that was never submitted` });
  }
  if (command.type === 'RateAnswer') return rate(command, state);

  const allowed = mayAct(command, state);
  if (allowed) return reject(allowed);
  switch (command.type) {
    case 'AcceptRequest':
      return acceptRequest(command, state);
    case 'RedirectRequest':
      return redirect(command, state);
    case 'ReturnRequest':
      return returnRequest(command, state);
    case 'DraftAnswer':
      return draft(command, state);
    case 'AnswerRequest':
      return answer(command, state);
    case 'ExtendDeadline':
      return extend(command, state);
    case 'RefuseRequest':
      return refuse(command, state);
    default: {
      const unknownCommand: never = command;
      return unknownCommand;
    }
  }
}

function submit(command: SubmitRequest, state: RequestState): RequestDecision {
  if (state.status !== 'not_submitted') {
    return reject({ code: 'request_already_submitted', message: `Request ${command.data.requestId} was already submitted` });
  }
  const { holder } = command.context;
  if (!holder) {
    return reject({ code: 'holder_unknown', field: 'holderId', message: `No information holder has the id "${command.data.holderId}"` });
  }
  const legalBasis = order145TextInForceAt(command.context.now);
  const noBlog = withoutBlog(legalBasis, holder, 'holderId');
  if (noBlog) return reject(noBlog);
  const subject = command.data.subject.trim();
  const text = command.data.text.trim();
  if (subject.length === 0 || text.length === 0) {
    return reject({ code: 'request_text_empty', field: subject.length === 0 ? 'subject' : 'text', message: 'The subject and the text must not be blank' });
  }
  return accept<RequestSubmitted>({
    type: 'RequestSubmitted',
    schemaVersion: 1,
    data: {
      requestId: command.data.requestId,
      holderId: command.data.holderId,
      author: command.data.author,
      subject,
      text,
      language: command.data.language,
      submittedAt: command.context.now.toISOString(),
      signature: command.context.signature,
      legalBasis: legalBasis.id,
    },
  });
}

/**
 * The blog platform takes requests only for holders whose first head has a blog under the text of Order 145
 * governing the request: since the 2023 text, quasi-public sector entities without 100 % state participation.
 */
function withoutBlog(text: Order145Text, holder: HolderOnRecord, field: 'holderId' | 'toHolderId'): Rejection<'holder_has_no_blog'> | undefined {
  const eligibility = blogEligibility(text, holder);
  if (eligibility.hasBlog) return undefined;
  return {
    code: 'holder_has_no_blog',
    field,
    rule: text.blogPlatform.provision,
    message: `${holder.holderId} has no blog on the platform under ${text.title.en}: ${eligibility.why}. ${text.blogPlatform.wording.en}`,
    messages: {
      kk: `Бұл ақпарат иеленушінің порталда блогы жоқ. ${text.blogPlatform.wording.kk}`,
      ru: `У этого обладателя информации нет блога на портале. ${text.blogPlatform.wording.ru}`,
      en: `This information holder has no blog on the portal. ${text.blogPlatform.wording.en}`,
    },
  };
}

/**
 * Staff of the request's CURRENT holder, with one of the roles the rule names. Staff of a holder it was
 * redirected away from learn only that it moved on (`request_wrong_state`: the request they had has changed,
 * as when two of them act at once); anyone else is `not_your_holder`, and no message says where it is now.
 */
function mayAct(command: Exclude<RequestCommand, SubmitRequest | RateAnswer>, state: RequestOnRecord): Refusal | undefined {
  const { roles, rule, action } = WHO_MAY[command.type];
  const { actor } = command.context;
  if (actor.kind === 'staff' && actor.holderId !== undefined && actor.holderId !== state.holderId && state.holderChain.includes(actor.holderId)) {
    return { code: 'request_wrong_state', rule, message: `Cannot ${action} a request that was redirected away from your holder` };
  }
  if (actor.kind !== 'staff' || actor.holderId !== state.holderId) {
    return { code: 'not_your_holder', rule, message: `This request is not with your information holder; only its current holder's staff may ${action} it` };
  }
  if (!roles.some((role) => actor.staffRoles.includes(role))) {
    const has = actor.staffRoles.length > 0 ? actor.staffRoles.join(', ') : 'no role';
    return { code: 'role_not_allowed', rule, message: `Only ${orList(roles)} of the holder may ${action} a request (${rule}); you have ${has}` };
  }
  return undefined;
}

function wrongState(state: RequestOnRecord, action: string, expected: readonly RequestStatus[], rule: string): RequestDecision {
  return reject({ code: 'request_wrong_state', rule, message: `Cannot ${action} a request that is ${state.status}; it must be ${orList(expected)}` });
}

/** A required free text: trimmed, not blank, not too long. */
function requiredText(
  value: string | undefined,
  field: string,
  rule: string,
  max: number,
  code: 'reason_required' | 'text_required',
  blankMessage: string,
): Refusal | string {
  const text = (value ?? '').trim();
  if (text.length === 0) return { code, field, rule, message: blankMessage };
  if (text.length > max) return { code: 'text_too_long', field, rule, message: `The ${field} must be at most ${max} characters; it has ${text.length}` };
  return text;
}

function acceptRequest(command: AcceptRequest, state: RequestOnRecord): RequestDecision {
  if (state.status !== 'received') return wrongState(state, 'accept', ['received'], 'R2');
  return accept<RequestAccepted>({
    type: 'RequestAccepted',
    schemaVersion: 1,
    data: { requestId: state.requestId, holderId: state.holderId, acceptedAt: command.context.now.toISOString() },
  });
}

/**
 * R2: sent on to the competent holder, which receives it anew (its own clocks start). A redirect back to a
 * holder the request already went through is allowed: the later administrator may judge the earlier one
 * wrong, and refusing would strand the user with a holder that says it is not competent. Every hop stays
 * in `holderChain` (and in the facts), so ping-pong shows in the compliance report (B2).
 */
function redirect(command: RedirectRequest, state: RequestOnRecord): RequestDecision {
  if (state.status !== 'received') return wrongState(state, 'redirect', ['received'], 'R2');
  const toHolderId = command.data.toHolderId.trim();
  if (toHolderId === state.holderId) {
    return reject({
      code: 'redirect_to_same_holder',
      field: 'toHolderId',
      rule: 'R2',
      message: `The request is already with ${state.holderId}; redirect it to another holder`,
    });
  }
  if (state.holderChain.includes(toHolderId)) {
    // Ping-pong: each redirect restarts the clocks "met on time" and R4 never starts, so a holder that passed
    // the request on does not get it back: the holder that has it answers, returns or refuses it.
    return reject({
      code: 'redirect_back',
      field: 'toHolderId',
      rule: 'R2',
      message: `${toHolderId} already had this request and passed it on (${state.holderChain.join(' → ')}); it cannot be sent back there`,
    });
  }
  const { toHolder } = command.context;
  if (!toHolder) {
    return reject({ code: 'holder_unknown', field: 'toHolderId', rule: 'R2', message: `No information holder has the id "${toHolderId}"` });
  }
  // The competent holder takes it on the blog platform, under the text that governs the request since its receipt.
  const noBlog = withoutBlog(order145Text(state.legalBasis), toHolder, 'toHolderId');
  if (noBlog) return reject(noBlog);
  const reason = requiredText(
    command.data.reason,
    'reason',
    'R2',
    REQUEST_LIMITS.reasonMaxLength,
    'reason_required',
    "A redirect must say why the request is the other holder's competence",
  );
  if (typeof reason !== 'string') return reject(reason);
  const at = command.context.now.toISOString();
  return accept<RequestRedirected | RequestReceived>(
    { type: 'RequestRedirected', schemaVersion: 1, data: { requestId: state.requestId, holderId: state.holderId, toHolderId, reason, redirectedAt: at } },
    { type: 'RequestReceived', schemaVersion: 1, data: { requestId: state.requestId, holderId: toHolderId, fromHolderId: state.holderId, receivedAt: at } },
  );
}

function returnRequest(command: ReturnRequest, state: RequestOnRecord): RequestDecision {
  if (state.status !== 'received') return wrongState(state, 'return', ['received'], 'R3');
  const ground = findReturnGround(command.data.reasonCode);
  if (!ground) {
    return reject({
      code: 'reason_code_unknown',
      field: 'reasonCode',
      rule: 'R3',
      message: `"${command.data.reasonCode}" is not a ground for return under Article 11 of the Law on Access to Information`,
    });
  }
  const given = command.data.reasonText.trim();
  if (given.length > REQUEST_LIMITS.reasonTextMaxLength) {
    return reject({
      code: 'text_too_long',
      field: 'reasonText',
      rule: 'R3',
      message: `The reasonText must be at most ${REQUEST_LIMITS.reasonTextMaxLength} characters; it has ${given.length}`,
    });
  }
  return accept<RequestReturned>({
    type: 'RequestReturned',
    schemaVersion: 1,
    data: {
      requestId: state.requestId,
      holderId: state.holderId,
      reasonCode: ground.code,
      reasonText: given.length > 0 ? given : ground.text[state.language],
      returnedAt: command.context.now.toISOString(),
    },
  });
}

function draft(command: DraftAnswer, state: RequestOnRecord): RequestDecision {
  if (state.status !== 'accepted') return wrongState(state, 'draft an answer to', ['accepted'], 'R4');
  const draftId = command.data.draftId.trim();
  if (draftId.length === 0 || state.drafts.some((existing) => existing.draftId === draftId)) {
    return reject({ code: 'draft_id_taken', field: 'draftId', rule: 'R4', message: `The draft id "${draftId}" is blank or already used on this request` });
  }
  const text = requiredText(command.data.text, 'text', 'R4', REQUEST_LIMITS.answerMaxLength, 'text_required', 'A draft answer must not be blank');
  if (typeof text !== 'string') return reject(text);
  return accept<AnswerDrafted>({
    type: 'AnswerDrafted',
    schemaVersion: 1,
    data: { requestId: state.requestId, holderId: state.holderId, draftId, text, draftedAt: command.context.now.toISOString() },
  });
}

/** R4: only an accepted request is answered. A late answer is accepted all the same: its clock records the breach. */
function answer(command: AnswerRequest, state: RequestOnRecord): RequestDecision {
  if (state.status !== 'accepted') return wrongState(state, 'answer', ['accepted'], 'R4');
  const text = requiredText(command.data.text, 'text', 'R4', REQUEST_LIMITS.answerMaxLength, 'text_required', 'An answer must not be blank');
  if (typeof text !== 'string') return reject(text);
  const { draftId } = command.data;
  if (draftId !== undefined && !state.drafts.some((existing) => existing.draftId === draftId)) {
    return reject({ code: 'draft_unknown', field: 'draftId', rule: 'R4', message: `This request has no draft "${draftId}"` });
  }
  return accept<RequestAnswered>({
    type: 'RequestAnswered',
    schemaVersion: 1,
    data: {
      requestId: state.requestId,
      holderId: state.holderId,
      text,
      ...(draftId !== undefined ? { draftId } : {}),
      answeredAt: command.context.now.toISOString(),
    },
  });
}

/**
 * R5: once, by the first head, by 1..15 calendar days, when other holders' information is needed. The user is
 * told in the same step (`ExtensionNoticeSent`, at the same instant), so the 3-working-day notice term is met
 * by construction.
 */
function extend(command: ExtendDeadline, state: RequestOnRecord): RequestDecision {
  if (state.status !== 'accepted') return wrongState(state, 'extend the deadline of', ['accepted'], 'R5');
  if (state.extensionUsed) {
    return reject({
      code: 'extension_already_used',
      rule: 'R5',
      message: `The deadline of this request was already extended on ${state.extension?.extendedAt ?? 'an earlier day'}; it may be extended only once`,
    });
  }
  const { days } = command.data;
  if (!Number.isInteger(days) || days < 1) {
    return reject({
      code: 'extension_days_invalid',
      field: 'days',
      rule: 'R5',
      message: `An extension is a whole number of calendar days from 1 to ${REQUEST_LIMITS.extensionMaxDays}; got ${days}`,
    });
  }
  if (days > REQUEST_LIMITS.extensionMaxDays) {
    return reject({
      code: 'extension_too_long',
      field: 'days',
      rule: 'R5',
      message: `An extension is at most ${REQUEST_LIMITS.extensionMaxDays} calendar days; got ${days}`,
    });
  }
  const otherHolderIds = [...new Set(command.data.otherHolderIds.map((id) => id.trim()).filter((id) => id.length > 0))];
  if (otherHolderIds.length === 0) {
    return reject({
      code: 'extension_needs_other_holders',
      field: 'otherHolderIds',
      rule: 'R5',
      message: 'An extension must name the other holders whose information the answer needs',
    });
  }
  if (otherHolderIds.includes(state.holderId)) {
    return reject({
      code: 'extension_needs_other_holders',
      field: 'otherHolderIds',
      rule: 'R5',
      message: `The other holders must not include the request's own holder ${state.holderId}`,
    });
  }
  const unknown = otherHolderIds.filter((id) => !command.context.knownHolderIds.includes(id));
  if (unknown.length > 0) {
    return reject({
      code: 'holder_unknown',
      field: 'otherHolderIds',
      rule: 'R5',
      message: `No information holder has the id ${unknown.map((id) => `"${id}"`).join(', ')}`,
    });
  }
  const reason = requiredText(
    command.data.reason,
    'reason',
    'R5',
    REQUEST_LIMITS.reasonMaxLength,
    'reason_required',
    "An extension must say why the other holders' information is needed",
  );
  if (typeof reason !== 'string') return reject(reason);
  const at = command.context.now.toISOString();
  return accept<DeadlineExtended | ExtensionNoticeSent>(
    {
      type: 'DeadlineExtended',
      schemaVersion: 1,
      data: { requestId: state.requestId, holderId: state.holderId, days, otherHolderIds, reason, extendedAt: at },
    },
    { type: 'ExtensionNoticeSent', schemaVersion: 1, data: { requestId: state.requestId, holderId: state.holderId, sentAt: at } },
  );
}

function refuse(command: RefuseRequest, state: RequestOnRecord): RequestDecision {
  if (state.status !== 'received' && state.status !== 'accepted') return wrongState(state, 'refuse', ['received', 'accepted'], 'R6');
  const ground = findRefusalGround(command.data.groundCode);
  if (!ground) {
    return reject({
      code: 'reason_code_unknown',
      field: 'groundCode',
      rule: 'R6',
      message: `"${command.data.groundCode}" is not a ground for refusal under Article 11 (paragraph 16) of the Law on Access to Information`,
    });
  }
  const reasonText = requiredText(
    command.data.reasonText,
    'reasonText',
    'R6',
    REQUEST_LIMITS.reasonTextMaxLength,
    'reason_required',
    'A refusal must be reasoned: give the reason in reasonText',
  );
  if (typeof reasonText !== 'string') return reject(reasonText);
  return accept<RequestRefused>({
    type: 'RequestRefused',
    schemaVersion: 1,
    data: { requestId: state.requestId, holderId: state.holderId, groundCode: ground.code, reasonText, refusedAt: command.context.now.toISOString() },
  });
}

/** R7: the author, once, after the answer — a refusal (R6) is a reasoned answer and is rated alike; a dislike gives its reason. */
function rate(command: RateAnswer, state: RequestOnRecord): RequestDecision {
  const { actor } = command.context;
  if (actor.kind !== state.authorKind || actor.id !== state.authorId) {
    return reject({ code: 'not_the_author', rule: 'R7', message: 'Only the user who sent the request may rate its answer' });
  }
  if (state.rating) {
    return reject({
      code: 'already_rated',
      rule: 'R7',
      message: `The answer was already rated (${state.rating.rating}) on ${state.rating.ratedAt}; it is rated once`,
    });
  }
  if (state.status !== 'answered' && state.status !== 'refused') {
    return reject({
      code: 'not_answered_yet',
      rule: 'R7',
      message: `Cannot rate a request that is ${state.status}; only an answer or a reasoned refusal (R6) can be rated`,
    });
  }
  const { rating } = command.data;
  let reason: string | undefined = command.data.reason?.trim() || undefined;
  if (rating === 'dislike') {
    const required = requiredText(reason, 'reason', 'R7', REQUEST_LIMITS.reasonMaxLength, 'reason_required', 'A dislike must give its reason');
    if (typeof required !== 'string') return reject(required);
    reason = required;
  } else if (reason !== undefined && reason.length > REQUEST_LIMITS.reasonMaxLength) {
    return reject({
      code: 'text_too_long',
      field: 'reason',
      rule: 'R7',
      message: `The reason must be at most ${REQUEST_LIMITS.reasonMaxLength} characters; it has ${reason.length}`,
    });
  }
  return accept<AnswerRated>({
    type: 'AnswerRated',
    schemaVersion: 1,
    data: {
      requestId: state.requestId,
      holderId: state.holderId,
      rating,
      ...(reason !== undefined ? { reason } : {}),
      ratedAt: command.context.now.toISOString(),
    },
  });
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
