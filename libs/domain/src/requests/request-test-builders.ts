/**
 * Small builders for the request decider's given/when/then specs (test-only; not exported from the lib).
 */
import type {
  AnswerDrafted,
  AnswerRated,
  DeadlineExtended,
  ExtensionNoticeSent,
  RequestAccepted,
  RequestAnswered,
  RequestEvent,
  RequestReceived,
  RequestRedirected,
  RequestRefused,
  RequestReturned,
  RequestSubmitted,
} from '@od/contracts';
import { deciderSpec } from '@od/testing';
import { SEEDED_HOLDERS } from '../holders/seeded-holders';
import type { HolderOnRecord } from '../legal-basis/blog-eligibility';
import { evolveRequest, initialRequestState } from './request';
import {
  decideRequest,
  type AcceptRequest,
  type AnswerRequest,
  type DraftAnswer,
  type ExtendDeadline,
  type RateAnswer,
  type RedirectRequest,
  type RefuseRequest,
  type RequestActor,
  type ReturnRequest,
} from './request-decide';

export const requestId = 'b1a7e0f2-0000-4000-8000-000000000001';
/** Quasi-public entities with shares in free float (a blog under the 2023 text), and a state body (none). */
export const KAP = 'kazatomprom';
export const KMG = 'kazmunaygas';
export const KEGOC = 'kegoc';
export const ECONOMY = 'ministry-of-national-economy';
export const SAMRUK = 'samruk-kazyna';
export const AUTHOR_IIN = '900101300017';
export const knownHolderIds = [...SEEDED_HOLDERS.map((holder) => holder.id), KEGOC];

const quasiPublic = (holderId: string, percent: number): HolderOnRecord => ({
  holderId,
  kind: 'quasi_public',
  stateParticipation: {
    percent,
    fullyStateOwned: percent === 100,
    asOf: '2024-12-31',
    source: { title: `${holderId} shareholders (test data)`, reference: 'test', certainty: 'reported' },
  },
});

/** The registry's records the tests' holders have. */
export const HOLDERS_ON_RECORD: Readonly<Record<string, HolderOnRecord>> = {
  [KAP]: quasiPublic(KAP, 75),
  [KMG]: quasiPublic(KMG, 97),
  [KEGOC]: quasiPublic(KEGOC, 85),
  [SAMRUK]: quasiPublic(SAMRUK, 100),
  [ECONOMY]: { holderId: ECONOMY, kind: 'state_body', stateParticipation: null },
  'ministry-of-finance': { holderId: 'ministry-of-finance', kind: 'state_body', stateParticipation: null },
};

export const submittedAt = new Date('2026-03-02T10:15:00Z');
/** The command's clock: a day after submission unless a test says otherwise. */
export const now = new Date('2026-03-03T06:00:00Z');
export const at = now.toISOString();
export const daysAfterSubmission = (days: number) => new Date(submittedAt.getTime() + days * 86_400_000);

export const spec = deciderSpec({ decide: decideRequest, evolve: evolveRequest, initialState: initialRequestState });
export const stateAfter = (...events: RequestEvent[]) => events.reduce(evolveRequest, initialRequestState);

// --- actors

export const staffOf = (holderId: string, ...staffRoles: string[]): RequestActor => ({
  kind: 'staff',
  id: `staff-${holderId}-${staffRoles.join('-') || 'none'}`,
  holderId,
  staffRoles,
});
export const anAdministratorOf = (holderId: string) => staffOf(holderId, 'administrator');
export const aResponderOf = (holderId: string) => staffOf(holderId, 'responder');
export const aFirstHeadOf = (holderId: string) => staffOf(holderId, 'first_head');
export const anInformationOfficerOf = (holderId: string) => staffOf(holderId, 'information_officer');
export const theAuthor: RequestActor = { kind: 'citizen', id: AUTHOR_IIN, staffRoles: [] };
export const aCitizen = (id: string): RequestActor => ({ kind: 'citizen', id, staffRoles: [] });

// --- facts

const fact = <E extends RequestEvent>(type: E['type'], data: E['data']) => ({ type, schemaVersion: 1, data }) as E;

export const aRequestSubmitted = (overrides: Partial<RequestSubmitted['data']> = {}) =>
  fact<RequestSubmitted>('RequestSubmitted', {
    requestId,
    holderId: KAP,
    author: { kind: 'citizen', id: AUTHOR_IIN },
    subject: 'Budget of the district school',
    text: 'Please publish the 2026 budget of school No. 12.',
    language: 'en',
    submittedAt: submittedAt.toISOString(),
    signature: {
      cms: 'MIIB...',
      certificateFingerprintSha256: 'ab'.repeat(32),
      certificateSerialNumber: '01',
      certificateIssuer: 'CN=OD Test Intermediate',
      signedAt: '2026-03-02T10:14:58.000Z',
    },
    legalBasis: 'order-145-2023',
    ...overrides,
  });
export const aRequestAccepted = (overrides: Partial<RequestAccepted['data']> = {}) =>
  fact<RequestAccepted>('RequestAccepted', { requestId, holderId: KAP, acceptedAt: at, ...overrides });
export const aRequestRedirected = (overrides: Partial<RequestRedirected['data']> = {}) =>
  fact<RequestRedirected>('RequestRedirected', {
    requestId,
    holderId: KAP,
    toHolderId: KMG,
    reason: 'School budgets are planned by the regional health and education offices',
    redirectedAt: at,
    ...overrides,
  });
export const aRequestReceived = (overrides: Partial<RequestReceived['data']> = {}) =>
  fact<RequestReceived>('RequestReceived', { requestId, holderId: KMG, fromHolderId: KAP, receivedAt: at, ...overrides });
export const aRequestReturned = (overrides: Partial<RequestReturned['data']> = {}) =>
  fact<RequestReturned>('RequestReturned', {
    requestId,
    holderId: KAP,
    reasonCode: 'not_a_request_for_information',
    reasonText: 'This is a complaint about a teacher.',
    returnedAt: at,
    ...overrides,
  });
export const anAnswerDrafted = (overrides: Partial<AnswerDrafted['data']> = {}) =>
  fact<AnswerDrafted>('AnswerDrafted', {
    requestId,
    holderId: KAP,
    draftId: 'draft-1',
    text: 'The budget is published at minfin.gov.kz/budgets/school-12.',
    draftedAt: at,
    ...overrides,
  });
export const aRequestAnswered = (overrides: Partial<RequestAnswered['data']> = {}) =>
  fact<RequestAnswered>('RequestAnswered', {
    requestId,
    holderId: KAP,
    text: 'The budget is published at minfin.gov.kz/budgets/school-12.',
    answeredAt: at,
    ...overrides,
  });
export const aDeadlineExtended = (overrides: Partial<DeadlineExtended['data']> = {}) =>
  fact<DeadlineExtended>('DeadlineExtended', {
    requestId,
    holderId: KAP,
    days: 10,
    otherHolderIds: [ECONOMY],
    reason: 'The figures come from the Ministry of National Economy',
    extendedAt: at,
    ...overrides,
  });
export const anExtensionNoticeSent = (overrides: Partial<ExtensionNoticeSent['data']> = {}) =>
  fact<ExtensionNoticeSent>('ExtensionNoticeSent', { requestId, holderId: KAP, sentAt: at, ...overrides });
export const aRequestRefused = (overrides: Partial<RequestRefused['data']> = {}) =>
  fact<RequestRefused>('RequestRefused', {
    requestId,
    holderId: KAP,
    groundCode: 'state_secrets',
    reasonText: 'The figures of the defence budget are a state secret.',
    refusedAt: at,
    ...overrides,
  });
export const anAnswerRated = (overrides: Partial<AnswerRated['data']> = {}) =>
  fact<AnswerRated>('AnswerRated', { requestId, holderId: KAP, rating: 'like', ratedAt: at, ...overrides });

// --- commands

const ctx = (actor: RequestActor, when: Date = now) => ({ now: when, actor });
const holderCtx = (actor: RequestActor, when: Date = now) => ({ now: when, actor, knownHolderIds });

export const acceptBy = (actor: RequestActor, when?: Date): AcceptRequest => ({ type: 'AcceptRequest', context: ctx(actor, when) });
export const redirectBy = (actor: RequestActor, data: Partial<RedirectRequest['data']> = {}, when: Date = now): RedirectRequest => {
  const redirect = { toHolderId: KMG, reason: 'School budgets are planned by the regional health and education offices', ...data };
  return { type: 'RedirectRequest', data: redirect, context: { ...ctx(actor, when), toHolder: HOLDERS_ON_RECORD[redirect.toHolderId] } };
};
export const returnBy = (actor: RequestActor, data: Partial<ReturnRequest['data']> = {}): ReturnRequest => ({
  type: 'ReturnRequest',
  data: { reasonCode: 'not_a_request_for_information', reasonText: 'This is a complaint about a teacher.', ...data },
  context: ctx(actor),
});
export const draftBy = (actor: RequestActor, data: Partial<DraftAnswer['data']> = {}): DraftAnswer => ({
  type: 'DraftAnswer',
  data: { draftId: 'draft-1', text: 'The budget is published at minfin.gov.kz/budgets/school-12.', ...data },
  context: ctx(actor),
});
export const answerBy = (actor: RequestActor, data: Partial<AnswerRequest['data']> = {}, when?: Date): AnswerRequest => ({
  type: 'AnswerRequest',
  data: { text: 'The budget is published at minfin.gov.kz/budgets/school-12.', ...data },
  context: ctx(actor, when),
});
export const extendBy = (actor: RequestActor, data: Partial<ExtendDeadline['data']> = {}): ExtendDeadline => ({
  type: 'ExtendDeadline',
  data: { days: 10, otherHolderIds: [ECONOMY], reason: 'The figures come from the Ministry of National Economy', ...data },
  context: holderCtx(actor),
});
export const refuseBy = (actor: RequestActor, data: Partial<RefuseRequest['data']> = {}): RefuseRequest => ({
  type: 'RefuseRequest',
  data: { groundCode: 'state_secrets', reasonText: 'The figures of the defence budget are a state secret.', ...data },
  context: ctx(actor),
});
export const rateBy = (actor: RequestActor, data: RateAnswer['data'] = { rating: 'like' }): RateAnswer => ({ type: 'RateAnswer', data, context: ctx(actor) });
