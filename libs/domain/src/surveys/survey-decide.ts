import { CalendarError, kzCalendar, type WorkingCalendar } from '@od/calendar';
import type { BallotAnswer, BallotEvent, SurveyEvent, SurveyTemplateInput } from '@od/contracts';
import { accept, reject, type Decision, type Rejection } from '../shared/decision';
import { declaredPublicationTime } from '../shared/declared-publication';
import { isSurveyOpen, type BallotState, type SurveyState } from './survey';
import {
  C1_WORKING_DAYS_BEFORE_LAUNCH,
  C6_MIN_WORKING_DAYS,
  earliestClosingDate,
  earliestLaunch,
  endOfAlmatyDay,
  isLocalDate,
  normaliseTemplate,
  startOfAlmatyDay,
  SURVEY_LIMITS,
  surveyWorkingDays,
} from './survey-rules';

/** Who acts, as the gateway verified: staff with their holder and active AWP roles, the operator, a user. */
export interface SurveyActor {
  readonly kind: string;
  readonly id: string;
  readonly holderId?: string;
  readonly staffRoles: readonly string[];
}

export interface SurveyContext {
  readonly now: Date;
  readonly actor: SurveyActor;
  /** The working-day calendar (C1, C6); the published Kazakhstan calendar unless a test pins another. */
  readonly calendar?: WorkingCalendar;
}

export type SurveyCommand =
  | { readonly type: 'DraftSurvey'; readonly data: { readonly surveyId: string; readonly template: SurveyTemplateInput }; readonly context: SurveyContext }
  | { readonly type: 'SubmitSurvey'; readonly data: { readonly launchDate?: string; readonly closingDate?: string }; readonly context: SurveyContext }
  | { readonly type: 'ApproveSurvey'; readonly context: SurveyContext }
  | { readonly type: 'ReturnSurvey'; readonly data: { readonly reason: string }; readonly context: SurveyContext }
  | { readonly type: 'AnnounceSurvey'; readonly data: { readonly url: string; readonly publishedAt?: string }; readonly context: SurveyContext }
  | { readonly type: 'CloseSurvey'; readonly context: SurveyContext };

export type SurveyRejectionCode =
  | 'survey_template_invalid'
  | 'survey_text_missing_language'
  | 'survey_launch_too_soon'
  | 'survey_too_short'
  | 'survey_dates_outside_calendar'
  | 'survey_already_exists'
  | 'survey_wrong_state'
  | 'survey_still_running'
  | 'survey_not_found'
  | 'not_your_holder'
  | 'role_not_allowed'
  | 'reason_required'
  | 'announcement_url_invalid'
  | 'announcement_invalid';

export type BallotRejectionCode = 'survey_not_found' | 'survey_not_open' | 'ballot_already_cast' | 'ballot_invalid' | 'phone_not_verified' | 'role_not_allowed';

type SurveyDecision = Decision<SurveyEvent, SurveyRejectionCode>;

function isAdministratorOf(actor: SurveyActor, holderId: string | undefined): boolean {
  return actor.kind === 'staff' && actor.staffRoles.includes('administrator') && actor.holderId !== undefined && actor.holderId === holderId;
}

function staffCheck(state: SurveyState, actor: SurveyActor): SurveyDecision | undefined {
  if (actor.kind !== 'staff' || !actor.staffRoles.includes('administrator')) {
    return reject({ code: 'role_not_allowed', rule: 'C1', message: 'Only the agency’s administrator prepares, submits, announces and closes its surveys' });
  }
  if (!isAdministratorOf(actor, state.holderId)) return reject({ code: 'not_your_holder', message: `No survey ${state.surveyId ?? ''} at your agency` });
  return undefined;
}

function operatorCheck(actor: SurveyActor): SurveyDecision | undefined {
  return actor.kind === 'operator'
    ? undefined
    : reject({ code: 'role_not_allowed', rule: 'C1', message: 'Only the operator approves or returns survey templates' });
}

function wrongState(state: SurveyState, action: string, expected: string): SurveyDecision {
  return reject({ code: 'survey_wrong_state', message: `Cannot ${action} a survey that is ${state.status}; it must be ${expected}` });
}

/** C1 and C6 on a pair of dates, as the template would reach the operator at `now`. */
function checkDates(
  launchDate: string,
  closingDate: string,
  now: Date,
  calendar: WorkingCalendar,
): { ok: false; rejection: Rejection<SurveyRejectionCode> } | { ok: true; earliest: ReturnType<typeof earliestLaunch> } {
  try {
    const earliest = earliestLaunch(now, calendar);
    if (launchDate < earliest.date) {
      return reject({
        code: 'survey_launch_too_soon',
        rule: 'C1',
        field: 'launchDate',
        message: `The template must reach the operator at least ${C1_WORKING_DAYS_BEFORE_LAUNCH} working days before the launch: the earliest allowed launch date is ${earliest.date}`,
      });
    }
    if (closingDate < launchDate)
      return reject({ code: 'survey_template_invalid', rule: 'C8', field: 'closingDate', message: 'The closing date is before the launch date' });
    const workingDays = surveyWorkingDays(launchDate, closingDate, calendar);
    if (workingDays < C6_MIN_WORKING_DAYS) {
      return reject({
        code: 'survey_too_short',
        rule: 'C6',
        field: 'closingDate',
        message: `A survey lasts at least ${C6_MIN_WORKING_DAYS} working days; ${launchDate} to ${closingDate} has ${workingDays}: the earliest closing date is ${earliestClosingDate(launchDate, calendar)}`,
      });
    }
    return { ok: true, earliest };
  } catch (error) {
    if (error instanceof CalendarError) {
      return reject({
        code: 'survey_dates_outside_calendar',
        rule: 'C6',
        field: 'closingDate',
        message: `The working-day calendar is not published for these dates: ${error.message}`,
      });
    }
    throw error;
  }
}

/** C1, C2, C3, C6, C8: the agency prepares and submits, the operator approves or returns, the agency announces and closes. */
export function decideSurvey(command: SurveyCommand, state: SurveyState): SurveyDecision {
  const { now, actor } = command.context;
  const calendar = command.context.calendar ?? kzCalendar;
  const at = now.toISOString();
  switch (command.type) {
    case 'DraftSurvey': {
      if (actor.kind !== 'staff' || !actor.staffRoles.includes('administrator') || !actor.holderId) {
        return reject({ code: 'role_not_allowed', rule: 'C1', message: 'Only an agency’s administrator prepares its surveys' });
      }
      if (state.status !== 'none') return reject({ code: 'survey_already_exists', message: `Survey ${command.data.surveyId} already exists` });
      const normal = normaliseTemplate(command.data.template);
      if (!normal.ok) return reject(normal.problem);
      const { template } = normal;
      if (
        new Date(endOfAlmatyDay(template.closingDate)).getTime() - new Date(startOfAlmatyDay(template.launchDate)).getTime() >
        SURVEY_LIMITS.maxDurationDays * 86_400_000
      ) {
        return reject({
          code: 'survey_template_invalid',
          rule: 'C8',
          field: 'closingDate',
          message: `A survey runs at most ${SURVEY_LIMITS.maxDurationDays} days`,
        });
      }
      const dates = checkDates(template.launchDate, template.closingDate, now, calendar);
      if (!dates.ok) return dates;
      return accept({
        type: 'SurveyDrafted',
        schemaVersion: 1,
        data: {
          surveyId: command.data.surveyId,
          holderId: actor.holderId,
          ...template,
          opensAt: startOfAlmatyDay(template.launchDate),
          closesAt: endOfAlmatyDay(template.closingDate),
          draftedAt: at,
        },
      });
    }
    case 'SubmitSurvey': {
      const refused = staffCheck(state, actor);
      if (refused) return refused;
      if (state.status !== 'drafted' && state.status !== 'returned') return wrongState(state, 'submit', 'drafted or returned');
      const launchDate = command.data.launchDate ?? (state.launchDate as string);
      const closingDate = command.data.closingDate ?? (state.closingDate as string);
      if (!isLocalDate(launchDate))
        return reject({ code: 'survey_template_invalid', rule: 'C8', field: 'launchDate', message: 'The launch date is YYYY-MM-DD' });
      if (!isLocalDate(closingDate))
        return reject({ code: 'survey_template_invalid', rule: 'C8', field: 'closingDate', message: 'The closing date is YYYY-MM-DD' });
      const dates = checkDates(launchDate, closingDate, now, calendar);
      if (!dates.ok) return dates;
      return accept({
        type: 'SurveySubmitted',
        schemaVersion: 1,
        data: {
          surveyId: state.surveyId as string,
          holderId: state.holderId as string,
          submittedAt: at,
          launchDate,
          closingDate,
          opensAt: startOfAlmatyDay(launchDate),
          closesAt: endOfAlmatyDay(closingDate),
          earliestLaunchDate: dates.earliest.date,
          calendarVersions: dates.earliest.calendarVersions,
        },
      });
    }
    case 'ApproveSurvey': {
      const refused = operatorCheck(actor);
      if (refused) return refused;
      if (state.status !== 'submitted') return wrongState(state, 'approve', 'submitted');
      if (now.getTime() >= Date.parse(state.opensAt as string)) {
        return reject({
          code: 'survey_wrong_state',
          rule: 'C1',
          message: `The launch (${state.launchDate}) has come before the approval: return the template so the agency submits new dates`,
        });
      }
      return accept({
        type: 'SurveyApproved',
        schemaVersion: 1,
        data: {
          surveyId: state.surveyId as string,
          holderId: state.holderId as string,
          approvedAt: at,
          opensAt: state.opensAt as string,
          closesAt: state.closesAt as string,
        },
      });
    }
    case 'ReturnSurvey': {
      const refused = operatorCheck(actor);
      if (refused) return refused;
      if (state.status !== 'submitted') return wrongState(state, 'return', 'submitted');
      const reason = command.data.reason.trim();
      if (!reason) return reject({ code: 'reason_required', field: 'reason', rule: 'C1', message: 'A returned template must say why' });
      return accept({
        type: 'SurveyReturned',
        schemaVersion: 1,
        data: { surveyId: state.surveyId as string, holderId: state.holderId as string, reason, returnedAt: at },
      });
    }
    case 'AnnounceSurvey': {
      const refused = staffCheck(state, actor);
      if (refused) return refused;
      if (state.status !== 'approved') return wrongState(state, 'announce', 'approved (published) and not closed');
      if (!/^https?:\/\/\S+$/.test(command.data.url) || command.data.url.length > SURVEY_LIMITS.urlLength) {
        return reject({
          code: 'announcement_url_invalid',
          rule: 'C3',
          field: 'url',
          message: 'An announcement is a link (http or https) to the agency’s own page',
        });
      }
      // C3: dated when recorded, like a conference's; a declared publication time is kept beside it.
      const declared = declaredPublicationTime(command.data.publishedAt, state.approvedAt, now);
      if (!declared.ok) return reject(declared.rejection);
      return accept({
        type: 'SurveyAnnounced',
        schemaVersion: 1,
        data: {
          surveyId: state.surveyId as string,
          holderId: state.holderId as string,
          url: command.data.url,
          announcedAt: at,
          ...(declared.publishedAt ? { publishedAt: declared.publishedAt } : {}),
        },
      });
    }
    case 'CloseSurvey': {
      const refused = staffCheck(state, actor);
      if (refused) return refused;
      if (state.status !== 'approved') return wrongState(state, 'close', 'approved');
      if (now.getTime() < Date.parse(state.closesAt as string)) {
        return reject({
          code: 'survey_still_running',
          rule: 'C6',
          message: `The survey runs until the end of its closing date ${state.closingDate} (${state.closesAt}); it cannot be closed earlier`,
        });
      }
      return accept({ type: 'SurveyClosed', schemaVersion: 1, data: { surveyId: state.surveyId as string, holderId: state.holderId as string, closedAt: at } });
    }
    default: {
      const unknownCommand: never = command;
      return unknownCommand;
    }
  }
}

export interface CastBallotCommand {
  readonly type: 'CastBallot';
  readonly data: { readonly surveyId: string; readonly voterId: string; readonly answers: readonly BallotAnswer[] };
  readonly context: {
    readonly now: Date;
    readonly actor: { readonly kind: string; readonly id: string };
    readonly phoneVerified: boolean;
    /** The survey as the service read it from its own stream just before. */
    readonly survey: SurveyState;
  };
}

type BallotDecision = Decision<BallotEvent, BallotRejectionCode>;

function invalidBallot(field: string, message: string): BallotDecision {
  return reject({ code: 'ballot_invalid', rule: 'C8', field, message });
}

/** A ballot answers every question of the survey once: one option for `single`, one or more distinct for `multiple`. */
export function checkBallotAnswers(survey: SurveyState, answers: readonly BallotAnswer[]): BallotDecision | undefined {
  if (!Array.isArray(answers)) return invalidBallot('answers', 'answers is a list of { questionId, optionIds }');
  const byQuestion = new Map(survey.questions.map((question) => [question.questionId, question]));
  const seen = new Set<string>();
  for (const [index, answer] of answers.entries()) {
    const question = byQuestion.get(answer?.questionId);
    if (!question) return invalidBallot(`answers[${index}].questionId`, `The survey has no question ${String(answer?.questionId)}`);
    if (seen.has(question.questionId)) return invalidBallot(`answers[${index}].questionId`, `Question ${question.questionId} is answered twice`);
    seen.add(question.questionId);
    const optionIds: readonly string[] = Array.isArray(answer.optionIds) ? answer.optionIds : [];
    if (optionIds.length === 0) return invalidBallot(`answers[${index}].optionIds`, `Question ${question.questionId} needs an answer option`);
    if (question.kind === 'single' && optionIds.length !== 1)
      return invalidBallot(`answers[${index}].optionIds`, `Question ${question.questionId} takes exactly one option`);
    if (new Set(optionIds).size !== optionIds.length)
      return invalidBallot(`answers[${index}].optionIds`, `An option of question ${question.questionId} is chosen twice`);
    const known = new Set(question.options.map((option) => option.optionId));
    const unknown = optionIds.find((optionId: string) => !known.has(optionId));
    if (unknown !== undefined) return invalidBallot(`answers[${index}].optionIds`, `Question ${question.questionId} has no option ${String(unknown)}`);
  }
  const unanswered = survey.questions.filter((question) => !seen.has(question.questionId)).map((question) => question.questionId);
  if (unanswered.length > 0) return invalidBallot('answers', `Every question is answered; missing: ${unanswered.join(', ')}`);
  return undefined;
}

/** One ballot per verified user per survey, only while the survey is open, answering every question validly. */
export function decideBallot(command: CastBallotCommand, state: BallotState): BallotDecision {
  const { now, actor, phoneVerified, survey } = command.context;
  if (actor.kind !== 'citizen' && actor.kind !== 'organisation')
    return reject({ code: 'role_not_allowed', message: 'Only citizens and organisations vote in surveys' });
  if (!phoneVerified) return reject({ code: 'phone_not_verified', rule: 'R1', message: 'Voting needs an e-government account with a verified mobile number' });
  if (survey.status === 'none' || survey.status === 'drafted' || survey.status === 'submitted' || survey.status === 'returned') {
    return reject({ code: 'survey_not_found', message: `No published survey ${command.data.surveyId}` });
  }
  if (!isSurveyOpen(survey, now)) {
    return reject({
      code: 'survey_not_open',
      rule: 'C6',
      message: `The survey is open from ${survey.opensAt} until ${survey.closesAt}${survey.status === 'closed' ? ' and is closed' : ''}`,
    });
  }
  if (state.cast) return reject({ code: 'ballot_already_cast', message: 'You have already voted in this survey' });
  const invalid = checkBallotAnswers(survey, command.data.answers);
  if (invalid) return invalid;
  const answers = survey.questions.map((question) => {
    const answer = command.data.answers.find((given) => given.questionId === question.questionId) as BallotAnswer;
    return { questionId: question.questionId, optionIds: [...answer.optionIds] };
  });
  return accept({
    type: 'BallotCast',
    schemaVersion: 1,
    data: { surveyId: command.data.surveyId, holderId: survey.holderId as string, voterId: command.data.voterId, answers, castAt: now.toISOString() },
  });
}
