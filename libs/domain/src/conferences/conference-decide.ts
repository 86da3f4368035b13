import { CalendarError, type WorkingCalendar } from '@od/calendar';
import type {
  ActorKind,
  ConferenceAnnounced,
  ConferenceApproved,
  ConferenceClosed,
  ConferenceEvent,
  ConferenceQuestionAnswered,
  ConferenceQuestionAsked,
  ConferenceTemplate,
  ConferenceTemplateFilled,
  ConferenceTemplateReturned,
  ConferenceTemplateRevised,
  ConferenceTemplateSubmitted,
  ConferenceText,
  StaffRole,
} from '@od/contracts';
import { checkIin } from '@od/identity';
import { accept, reject, type Decision, type Rejection } from '../shared/decision';
import { declaredPublicationTime } from '../shared/declared-publication';
import { isOpenForQuestions, unansweredQuestions, type ConferenceOnRecord, type ConferenceState, type ConferenceStatus } from './conference';
import { announcementDue, earliestEndFor, earliestStartFor } from './conference-timing';

export const CONFERENCE_LIMITS = {
  titleMaxLength: 300,
  summaryMaxLength: 1_000,
  descriptionMaxLength: 10_000,
  questionMaxLength: 4_000,
  answerMaxLength: 20_000,
  reasonMaxLength: 2_000,
  urlMaxLength: 2_000,
  personFieldMaxLength: 200,
} as const;

/** Who acts, as the gateway verified it: staff carry their holder and active AWP roles (C7); users whether their phone is verified. */
export interface ConferenceActor {
  readonly kind: ActorKind;
  readonly id: string;
  readonly holderId?: string;
  readonly staffRoles: readonly string[];
  readonly phoneVerified: boolean;
}

export interface ConferenceCommandContext {
  readonly now: Date;
  readonly actor: ConferenceActor;
  readonly calendar: WorkingCalendar;
}

export type ConferenceCommand =
  | {
      readonly type: 'FillConferenceTemplate';
      readonly data: { readonly conferenceId: string; readonly holderId: string; readonly template: ConferenceTemplate };
      readonly context: ConferenceCommandContext;
    }
  | { readonly type: 'ReviseConferenceTemplate'; readonly data: { readonly template: ConferenceTemplate }; readonly context: ConferenceCommandContext }
  | { readonly type: 'SubmitConferenceTemplate'; readonly context: ConferenceCommandContext }
  | { readonly type: 'ApproveConference'; readonly context: ConferenceCommandContext }
  | { readonly type: 'ReturnConferenceTemplate'; readonly data: { readonly reason: string }; readonly context: ConferenceCommandContext }
  | { readonly type: 'AnnounceConference'; readonly data: { readonly url: string; readonly publishedAt?: string }; readonly context: ConferenceCommandContext }
  | {
      readonly type: 'AskConferenceQuestion';
      readonly data: { readonly questionId: string; readonly text: string };
      readonly context: ConferenceCommandContext;
    }
  | {
      readonly type: 'AnswerConferenceQuestion';
      readonly data: { readonly questionId: string; readonly text: string };
      readonly context: ConferenceCommandContext;
    }
  | { readonly type: 'CloseConference'; readonly context: ConferenceCommandContext };

export const CONFERENCE_REJECTION_CODES = [
  'conference_already_exists',
  'conference_not_found',
  'conference_wrong_state',
  'conference_languages_missing',
  'conference_dates_invalid',
  'conference_too_short',
  'conference_too_soon',
  'conference_start_passed',
  'conference_outside_calendar',
  'moderator_invalid',
  'announcement_invalid',
  'conference_already_announced',
  'conference_not_open',
  'question_not_found',
  'question_already_answered',
  'conference_not_ended',
  'questions_unanswered',
  'not_your_holder',
  'role_not_allowed',
  'phone_not_verified',
  'reason_required',
  'text_required',
  'text_too_long',
] as const;

export type ConferenceRejectionCode = (typeof CONFERENCE_REJECTION_CODES)[number];
export type ConferenceDecision = Decision<ConferenceEvent, ConferenceRejectionCode>;
type Refusal = Rejection<ConferenceRejectionCode>;

/** Who may do what to a conference, and the rule that says so. Staff act only on their own holder's conferences. */
const WHO_MAY: Record<
  ConferenceCommand['type'],
  { readonly who: 'administrator' | 'answering_staff' | 'operator' | 'verified_user'; readonly rule: string; readonly action: string }
> = {
  FillConferenceTemplate: { who: 'administrator', rule: 'C8', action: 'fill the template of' },
  ReviseConferenceTemplate: { who: 'administrator', rule: 'C8', action: 'revise the template of' },
  SubmitConferenceTemplate: { who: 'administrator', rule: 'C1', action: 'send to the operator' },
  ApproveConference: { who: 'operator', rule: 'C1', action: 'approve' },
  ReturnConferenceTemplate: { who: 'operator', rule: 'C1', action: 'send back' },
  AnnounceConference: { who: 'administrator', rule: 'C3', action: 'announce' },
  AskConferenceQuestion: { who: 'verified_user', rule: 'C4', action: 'ask a question at' },
  AnswerConferenceQuestion: { who: 'answering_staff', rule: 'C4', action: 'answer a question at' },
  CloseConference: { who: 'administrator', rule: 'C4', action: 'close' },
};

const ANSWERING_ROLES: readonly StaffRole[] = ['administrator', 'responder', 'first_head'];

export function decideConference(command: ConferenceCommand, state: ConferenceState): ConferenceDecision {
  if (command.type === 'FillConferenceTemplate') return fill(command, state);
  const { rule, action } = WHO_MAY[command.type];
  if (state.status === 'none' || !state.template || !state.holderId || !state.conferenceId) {
    return reject({ code: 'conference_not_found', rule, message: `Cannot ${action} a conference that does not exist` });
  }
  const record = state as ConferenceOnRecord;
  const refused = mayAct(command, record.holderId);
  if (refused) return reject(refused);
  switch (command.type) {
    case 'ReviseConferenceTemplate':
      return revise(command, record);
    case 'SubmitConferenceTemplate':
      return submit(command, record);
    case 'ApproveConference':
      return approve(command, record);
    case 'ReturnConferenceTemplate':
      return returnTemplate(command, record);
    case 'AnnounceConference':
      return announce(command, record);
    case 'AskConferenceQuestion':
      return ask(command, record);
    case 'AnswerConferenceQuestion':
      return answer(command, record);
    case 'CloseConference':
      return close(command, record);
    default: {
      const unknownCommand: never = command;
      return unknownCommand;
    }
  }
}

function mayAct(command: ConferenceCommand, holderId: string): Refusal | undefined {
  const { who, rule, action } = WHO_MAY[command.type];
  const { actor } = command.context;
  if (who === 'operator') {
    return actor.kind === 'operator'
      ? undefined
      : { code: 'role_not_allowed', rule, message: `Only the operator may ${action} a conference template (${rule})` };
  }
  if (who === 'verified_user') {
    if (actor.kind !== 'citizen' && actor.kind !== 'organisation')
      return { code: 'role_not_allowed', rule, message: `Only citizens and organisations may ${action} a conference (${rule})` };
    if (!actor.phoneVerified)
      return { code: 'phone_not_verified', rule, message: 'Only users with a verified mobile number may ask questions at a conference' };
    return undefined;
  }
  if (actor.kind !== 'staff' || actor.holderId !== holderId) {
    return { code: 'not_your_holder', rule, message: `This conference is not your information holder's; only its own staff may ${action} it` };
  }
  const roles: readonly StaffRole[] = who === 'administrator' ? ['administrator'] : ANSWERING_ROLES;
  if (!roles.some((role) => actor.staffRoles.includes(role))) {
    const has = actor.staffRoles.length > 0 ? actor.staffRoles.join(', ') : 'no role';
    return { code: 'role_not_allowed', rule, message: `Only ${roles.join(' or ')} of the holder may ${action} a conference (${rule}); you have ${has}` };
  }
  return undefined;
}

function wrongState(state: ConferenceOnRecord, action: string, expected: readonly ConferenceStatus[], rule: string): ConferenceDecision {
  return reject({
    code: 'conference_wrong_state',
    rule,
    message: `Cannot ${action} a conference that is ${state.status}; it must be ${expected.join(' or ')}`,
  });
}

function requiredText(
  value: string | undefined,
  field: string,
  rule: string,
  max: number,
  code: 'reason_required' | 'text_required',
  blank: string,
): Refusal | string {
  const text = (value ?? '').trim();
  if (text.length === 0) return { code, field, rule, message: blank };
  if (text.length > max) return { code: 'text_too_long', field, rule, message: `The ${field} must be at most ${max} characters; it has ${text.length}` };
  return text;
}

const OFFSET_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+7\d{10}$/;

function instant(value: string): number | undefined {
  if (!OFFSET_INSTANT.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** C2, C8, C4: a template every part of which is there; texts trimmed, instants normalised to UTC. */
function checkTemplate(template: ConferenceTemplate, calendar: WorkingCalendar): Refusal | ConferenceTemplate {
  const startMs = instant(template.startsAt);
  const endMs = instant(template.endsAt);
  if (startMs === undefined)
    return {
      code: 'conference_dates_invalid',
      field: 'startsAt',
      rule: 'C8',
      message: 'startsAt must be an ISO 8601 instant with an offset, e.g. 2026-12-14T10:00:00+05:00',
    };
  if (endMs === undefined)
    return {
      code: 'conference_dates_invalid',
      field: 'endsAt',
      rule: 'C8',
      message: 'endsAt must be an ISO 8601 instant with an offset, e.g. 2026-12-15T18:00:00+05:00',
    };
  if (endMs <= startMs) return { code: 'conference_dates_invalid', field: 'endsAt', rule: 'C8', message: 'The conference must end after it starts' };

  // C2: Kazakh and Russian for every text; English where needed, and then for every text.
  const texts = { title: template.title, summary: template.summary, description: template.description } as const;
  const limits = {
    title: CONFERENCE_LIMITS.titleMaxLength,
    summary: CONFERENCE_LIMITS.summaryMaxLength,
    description: CONFERENCE_LIMITS.descriptionMaxLength,
  } as const;
  const blank = (value: string | undefined) => (value ?? '').trim().length === 0;
  const englishGiven = Object.values(texts).some((text) => !blank(text?.en));
  const missing: string[] = [];
  for (const [name, text] of Object.entries(texts)) {
    if (blank(text?.kk)) missing.push(`${name}.kk`);
    if (blank(text?.ru)) missing.push(`${name}.ru`);
    if (englishGiven && blank(text?.en)) missing.push(`${name}.en`);
  }
  if (missing.length > 0) {
    return {
      code: 'conference_languages_missing',
      field: missing.join(','),
      rule: 'C2',
      message: `The template must be given in Kazakh and Russian${englishGiven ? ', and in English for every text once English is given' : ''}; missing: ${missing.join(', ')}`,
    };
  }
  const trimmed = {} as Record<keyof typeof texts, ConferenceText>;
  for (const [name, text] of Object.entries(texts) as [keyof typeof texts, ConferenceText][]) {
    for (const language of ['kk', 'ru', 'en'] as const) {
      const value = text[language]?.trim() ?? '';
      if (value.length > limits[name])
        return {
          code: 'text_too_long',
          field: `${name}.${language}`,
          rule: 'C2',
          message: `${name}.${language} must be at most ${limits[name]} characters; it has ${value.length}`,
        };
    }
    trimmed[name] = { kk: text.kk.trim(), ru: text.ru.trim(), ...(englishGiven ? { en: (text.en as string).trim() } : {}) };
  }

  // C8: the responsible officer (moderator).
  const officer = template.moderator;
  for (const field of ['surname', 'name', 'position'] as const) {
    const value = (officer?.[field] ?? '').trim();
    if (value.length === 0)
      return {
        code: 'moderator_invalid',
        field: `moderator.${field}`,
        rule: 'C8',
        message: `Annex 1 names the responsible officer: moderator.${field} must not be blank`,
      };
    if (value.length > CONFERENCE_LIMITS.personFieldMaxLength)
      return {
        code: 'text_too_long',
        field: `moderator.${field}`,
        rule: 'C8',
        message: `moderator.${field} must be at most ${CONFERENCE_LIMITS.personFieldMaxLength} characters`,
      };
  }
  const iin = checkIin(officer.iin ?? '');
  if (!iin.valid) return { code: 'moderator_invalid', field: 'moderator.iin', rule: 'C8', message: `moderator.iin is not a valid IIN (${iin.problem})` };
  if (!EMAIL.test(officer.email ?? ''))
    return { code: 'moderator_invalid', field: 'moderator.email', rule: 'C8', message: 'moderator.email must be an e-mail address' };
  if (!PHONE.test(officer.phone ?? ''))
    return { code: 'moderator_invalid', field: 'moderator.phone', rule: 'C8', message: 'moderator.phone must be a Kazakhstan number written +7XXXXXXXXXX' };
  const patronymic = officer.patronymic?.trim();

  const startsAt = new Date(startMs).toISOString();
  const endsAt = new Date(endMs).toISOString();
  // C4: at least one working day long.
  let earliestEnd: string;
  try {
    earliestEnd = earliestEndFor(startsAt, calendar);
  } catch (error) {
    if (error instanceof CalendarError)
      return {
        code: 'conference_outside_calendar',
        field: 'startsAt',
        rule: 'C4',
        message: `The working-day calendar for these dates is not published yet: ${error.message}`,
      };
    throw error;
  }
  if (endMs < Date.parse(earliestEnd)) {
    return {
      code: 'conference_too_short',
      field: 'endsAt',
      rule: 'C4',
      message: `A conference lasts at least 1 working day (C4); starting at ${startsAt} it may end at ${earliestEnd} at the earliest`,
    };
  }
  return {
    startsAt,
    endsAt,
    ...trimmed,
    moderator: {
      surname: officer.surname.trim(),
      name: officer.name.trim(),
      ...(patronymic ? { patronymic } : {}),
      iin: officer.iin,
      position: officer.position.trim(),
      email: officer.email.trim(),
      phone: officer.phone,
    },
  };
}

function fill(command: Extract<ConferenceCommand, { type: 'FillConferenceTemplate' }>, state: ConferenceState): ConferenceDecision {
  if (state.status !== 'none')
    return reject({ code: 'conference_already_exists', rule: 'C8', message: `Conference ${command.data.conferenceId} already exists` });
  const refused = mayAct(command, command.data.holderId);
  if (refused) return reject(refused);
  const template = checkTemplate(command.data.template, command.context.calendar);
  if ('code' in template) return reject(template);
  return accept<ConferenceTemplateFilled>({
    type: 'ConferenceTemplateFilled',
    schemaVersion: 1,
    data: { conferenceId: command.data.conferenceId, holderId: command.data.holderId, template, filledAt: command.context.now.toISOString() },
  });
}

function revise(command: Extract<ConferenceCommand, { type: 'ReviseConferenceTemplate' }>, state: ConferenceOnRecord): ConferenceDecision {
  if (state.status !== 'draft' && state.status !== 'returned') return wrongState(state, 'revise the template of', ['draft', 'returned'], 'C8');
  const template = checkTemplate(command.data.template, command.context.calendar);
  if ('code' in template) return reject(template);
  return accept<ConferenceTemplateRevised>({
    type: 'ConferenceTemplateRevised',
    schemaVersion: 1,
    data: { conferenceId: state.conferenceId, holderId: state.holderId, template, revisedAt: command.context.now.toISOString() },
  });
}

/** C1: the template reaches the operator at least 3 working days before the start, or it is refused with the earliest allowed start. */
function submit(command: Extract<ConferenceCommand, { type: 'SubmitConferenceTemplate' }>, state: ConferenceOnRecord): ConferenceDecision {
  if (state.status !== 'draft' && state.status !== 'returned') return wrongState(state, 'send to the operator', ['draft', 'returned'], 'C1');
  const now = command.context.now;
  let earliest: string;
  try {
    earliest = earliestStartFor(now, command.context.calendar).dueAt;
  } catch (error) {
    if (error instanceof CalendarError)
      return reject({
        code: 'conference_outside_calendar',
        rule: 'C1',
        message: `The working-day calendar is not published for the coming days: ${error.message}`,
      });
    throw error;
  }
  if (Date.parse(state.template.startsAt) < Date.parse(earliest)) {
    return reject({
      code: 'conference_too_soon',
      field: 'startsAt',
      rule: 'C1',
      message: `The template must reach the operator at least 3 working days before the start (C1); sent now, the conference may start at ${earliest} at the earliest, not ${state.template.startsAt}`,
    });
  }
  return accept<ConferenceTemplateSubmitted>({
    type: 'ConferenceTemplateSubmitted',
    schemaVersion: 1,
    data: {
      conferenceId: state.conferenceId,
      holderId: state.holderId,
      submittedAt: now.toISOString(),
      startsAt: state.template.startsAt,
      earliestStart: earliest,
    },
  });
}

/** C1: the operator publishes a template that reached it in time; not once the conference should have started. */
function approve(command: Extract<ConferenceCommand, { type: 'ApproveConference' }>, state: ConferenceOnRecord): ConferenceDecision {
  if (state.status !== 'submitted') return wrongState(state, 'approve', ['submitted'], 'C1');
  if (command.context.now.getTime() >= Date.parse(state.template.startsAt)) {
    return reject({
      code: 'conference_start_passed',
      rule: 'C1',
      message: `The conference was to start at ${state.template.startsAt}; send the template back so the agency sets new dates`,
    });
  }
  return accept<ConferenceApproved>({
    type: 'ConferenceApproved',
    schemaVersion: 1,
    data: { conferenceId: state.conferenceId, holderId: state.holderId, approvedAt: command.context.now.toISOString() },
  });
}

function returnTemplate(command: Extract<ConferenceCommand, { type: 'ReturnConferenceTemplate' }>, state: ConferenceOnRecord): ConferenceDecision {
  if (state.status !== 'submitted') return wrongState(state, 'send back', ['submitted'], 'C1');
  const reason = requiredText(
    command.data.reason,
    'reason',
    'C1',
    CONFERENCE_LIMITS.reasonMaxLength,
    'reason_required',
    'Sending a template back must say why',
  );
  if (typeof reason !== 'string') return reject(reason);
  return accept<ConferenceTemplateReturned>({
    type: 'ConferenceTemplateReturned',
    schemaVersion: 1,
    data: { conferenceId: state.conferenceId, holderId: state.holderId, reason, returnedAt: command.context.now.toISOString() },
  });
}

/**
 * C3: the agency records the announcement it posted on its own site (the link). It is dated when it is
 * recorded (`now`), and that time decides: due at least 1 working day before the start; a late one is recorded
 * all the same (`late: true`), and its clock records the breach. A declared publication time is kept beside it,
 * bounded by the operator's approval and now (`declaredPublicationTime`).
 */
function announce(command: Extract<ConferenceCommand, { type: 'AnnounceConference' }>, state: ConferenceOnRecord): ConferenceDecision {
  if (state.status !== 'published') return wrongState(state, 'announce', ['published'], 'C3');
  if (state.announcement)
    return reject({
      code: 'conference_already_announced',
      rule: 'C3',
      message: `The announcement was already recorded (${state.announcement.url} at ${state.announcement.announcedAt})`,
    });
  const url = command.data.url.trim();
  if (!/^https?:\/\/\S+$/.test(url) || url.length > CONFERENCE_LIMITS.urlMaxLength) {
    return reject({
      code: 'announcement_invalid',
      field: 'url',
      rule: 'C3',
      message: 'url must be the http(s) address of the announcement on the agency’s site',
    });
  }
  const declared = declaredPublicationTime(command.data.publishedAt, state.approvedAt, command.context.now);
  if (!declared.ok) return reject(declared.rejection);
  const at = command.context.now.getTime();
  const due = announcementDue(state.template.startsAt, command.context.calendar);
  return accept<ConferenceAnnounced>({
    type: 'ConferenceAnnounced',
    schemaVersion: 1,
    data: {
      conferenceId: state.conferenceId,
      holderId: state.holderId,
      url,
      announcedAt: command.context.now.toISOString(),
      recordedAt: command.context.now.toISOString(),
      ...(declared.publishedAt ? { publishedAt: declared.publishedAt } : {}),
      dueBefore: due.dueAt,
      late: at >= Date.parse(due.dueAt),
    },
  });
}

/** C4: verified users ask only while the conference is open. */
function ask(command: Extract<ConferenceCommand, { type: 'AskConferenceQuestion' }>, state: ConferenceOnRecord): ConferenceDecision {
  if (!isOpenForQuestions(state, command.context.now)) {
    return reject({
      code: 'conference_not_open',
      rule: 'C4',
      message: `Questions are taken only while the conference is open, from ${state.template.startsAt} until ${state.template.endsAt}${state.status === 'published' ? '' : ` (it is ${state.status})`}`,
    });
  }
  const text = requiredText(command.data.text, 'text', 'C4', CONFERENCE_LIMITS.questionMaxLength, 'text_required', 'A question must not be blank');
  if (typeof text !== 'string') return reject(text);
  const { actor } = command.context;
  return accept<ConferenceQuestionAsked>({
    type: 'ConferenceQuestionAsked',
    schemaVersion: 1,
    data: {
      conferenceId: state.conferenceId,
      holderId: state.holderId,
      questionId: command.data.questionId,
      author: { kind: actor.kind as 'citizen' | 'organisation', id: actor.id },
      text,
      askedAt: command.context.now.toISOString(),
    },
  });
}

/** C4: every question is answered before the conference closes; an answer after the end is late (its clock records the breach). */
function answer(command: Extract<ConferenceCommand, { type: 'AnswerConferenceQuestion' }>, state: ConferenceOnRecord): ConferenceDecision {
  if (state.status !== 'published') return wrongState(state, 'answer a question at', ['published'], 'C4');
  const question = state.questions.find((candidate) => candidate.questionId === command.data.questionId);
  if (!question)
    return reject({ code: 'question_not_found', field: 'questionId', rule: 'C4', message: `This conference has no question ${command.data.questionId}` });
  if (question.answered) return reject({ code: 'question_already_answered', rule: 'C4', message: 'This question is already answered' });
  const text = requiredText(command.data.text, 'text', 'C4', CONFERENCE_LIMITS.answerMaxLength, 'text_required', 'An answer must not be blank');
  if (typeof text !== 'string') return reject(text);
  const now = command.context.now;
  return accept<ConferenceQuestionAnswered>({
    type: 'ConferenceQuestionAnswered',
    schemaVersion: 1,
    data: {
      conferenceId: state.conferenceId,
      holderId: state.holderId,
      questionId: question.questionId,
      text,
      answeredAt: now.toISOString(),
      late: now.getTime() >= Date.parse(state.template.endsAt),
    },
  });
}

/** C4: closed once the end has come (it lasts as announced) and not while a question is unanswered. */
function close(command: Extract<ConferenceCommand, { type: 'CloseConference' }>, state: ConferenceOnRecord): ConferenceDecision {
  if (state.status !== 'published') return wrongState(state, 'close', ['published'], 'C4');
  const now = command.context.now;
  if (now.getTime() < Date.parse(state.template.endsAt)) {
    return reject({ code: 'conference_not_ended', rule: 'C4', message: `The conference runs until ${state.template.endsAt}; it can be closed only then` });
  }
  const open = unansweredQuestions(state);
  if (open.length > 0) {
    return reject({
      code: 'questions_unanswered',
      rule: 'C4',
      message: `Every question received during the conference is answered before it closes (C4); ${open.length} unanswered: ${open.map((question) => question.questionId).join(', ')}`,
    });
  }
  return accept<ConferenceClosed>({
    type: 'ConferenceClosed',
    schemaVersion: 1,
    data: { conferenceId: state.conferenceId, holderId: state.holderId, closedAt: now.toISOString(), questionCount: state.questions.length },
  });
}
