import { command } from '../bus-descriptors';
import type { CommandMessage, CommandReply } from '../requests/request-messages';
import type { CursorPart, Page, PageRequest, PeriodFilter } from '../read-models/paging';
import type { BallotAnswer, SurveyQuestionKind, SurveyResultsVisibility, SurveyText } from './survey-events';

/** The Annex 2 template as the agency fills it in; question and option ids are given by their order (`q1`, `q1-o2`). */
export interface SurveyTemplateInput {
  readonly category: string;
  readonly name: Partial<SurveyText>;
  readonly launchDate: string;
  readonly closingDate: string;
  readonly resultsVisibility: SurveyResultsVisibility;
  readonly questions: readonly {
    readonly kind: SurveyQuestionKind;
    readonly text: Partial<SurveyText>;
    readonly options: readonly { readonly text: Partial<SurveyText> }[];
  }[];
}

/** A command on an existing survey: `survey-<surveyId>`. */
export type SurveyCommandMessage<Data> = CommandMessage<Data> & { readonly surveyId: string };

export type SurveyCommandReply = CommandReply<{ readonly surveyId: string; readonly position: string }>;

/** C8, C2, C1, C6: the agency's administrator prepares the Annex 2 template; the survey id derives from the command id. */
export const draftSurvey = command<CommandMessage<{ readonly template: SurveyTemplateInput }>, SurveyCommandReply>('surveys', 'draft-survey');
/** C1: sent to the operator; a resubmission after a return may move the dates (C1 and C6 are checked again). */
export const submitSurvey = command<SurveyCommandMessage<{ readonly launchDate?: string; readonly closingDate?: string }>, SurveyCommandReply>(
  'surveys',
  'submit-survey',
);
export const approveSurvey = command<SurveyCommandMessage<Record<string, never>>, SurveyCommandReply>('surveys', 'approve-survey');
export const returnSurvey = command<SurveyCommandMessage<{ readonly reason: string }>, SurveyCommandReply>('surveys', 'return-survey');
/** C3: the announcement on the agency's own site (a link). */
export const announceSurvey = command<SurveyCommandMessage<{ readonly url: string; readonly publishedAt?: string }>, SurveyCommandReply>(
  'surveys',
  'announce-survey',
);
/** C6: once its closing date has ended. */
export const closeSurvey = command<SurveyCommandMessage<Record<string, never>>, SurveyCommandReply>('surveys', 'close-survey');

export type CastBallotMessage = CommandMessage<{ readonly surveyId: string; readonly answers: readonly BallotAnswer[] }>;

export type CastBallotReply = CommandReply<{ readonly surveyId: string; readonly position: string }>;

/** One ballot per verified user per survey, while it is open. */
export const castBallot = command<CastBallotMessage, CastBallotReply>('surveys', 'cast-ballot');

interface ReadYourWrite {
  readonly atLeastPosition?: string;
  readonly waitMs?: number;
}

export interface SurveyOptionResult {
  readonly optionId: string;
  readonly count: number;
  /** count ÷ ballots of the survey, 0 when there are none (a multiple-choice question's shares may add up to more than 1). */
  readonly share: number;
}

export interface SurveyResults {
  readonly ballots: number;
  readonly questions: readonly { readonly questionId: string; readonly options: readonly SurveyOptionResult[] }[];
}

export interface SurveyView {
  readonly surveyId: string;
  readonly holderId: string;
  readonly category: string;
  readonly name: SurveyText;
  readonly launchDate: string;
  readonly closingDate: string;
  readonly opensAt: string;
  readonly closesAt: string;
  /** drafted → submitted → (returned → submitted …) → approved → closed */
  readonly status: 'drafted' | 'submitted' | 'returned' | 'approved' | 'closed';
  readonly resultsVisibility: SurveyResultsVisibility;
  readonly questions: readonly {
    readonly questionId: string;
    readonly kind: SurveyQuestionKind;
    readonly text: SurveyText;
    readonly options: readonly { readonly optionId: string; readonly text: SurveyText }[];
  }[];
  readonly returnReason: string | null;
  readonly submittedAt: string | null;
  /** C3: when the platform recorded the latest announcement (the time its clock is judged at). */
  readonly lastAnnouncedAt: string | null;
  /** C3: the publication time the agency declared beside the latest announcement, null where none was given. */
  readonly lastPublishedAt: string | null;
  readonly announcements: number;
  readonly updatedAt: string;
}

export type SurveyStatus = SurveyView['status'];
export const SURVEY_STATUSES: readonly SurveyStatus[] = ['drafted', 'submitted', 'returned', 'approved', 'closed'];
/** What the public may see: approved (running or about to) and closed surveys. */
export const PUBLIC_SURVEY_STATUSES: readonly SurveyStatus[] = ['approved', 'closed'];

/** Filters every survey list takes: a holder, and a period of the survey's opening (`from` inclusive, `to` exclusive). */
export interface SurveyListFilter extends PageRequest, PeriodFilter, ReadYourWrite {
  readonly holderId?: string;
}

/** Cursors of the lists: each the sort key of its last item. */
export const SURVEYS_CURSOR: readonly CursorPart[] = ['instant', 'uuid']; // [opensAt, surveyId], latest opening first
export const SURVEY_TEMPLATES_CURSOR: readonly CursorPart[] = ['instant', 'uuid']; // [submittedAt, surveyId], oldest submission first

/** Published surveys (approved or closed; `statuses` narrows), latest opening first; results where the survey's setting allows. */
export interface PublicSurveysQuery extends SurveyListFilter {
  readonly statuses?: readonly SurveyStatus[];
}
export interface PublicSurveysReply extends Page<SurveyView & { readonly results: SurveyResults | null }> {
  readonly projectionPosition: string;
}

export interface SurveyResultsQuery extends ReadYourWrite {
  readonly surveyId: string;
}
export type SurveyResultsReply =
  | { readonly found: true; readonly visible: true; readonly survey: SurveyView; readonly results: SurveyResults; readonly projectionPosition: string }
  | { readonly found: true; readonly visible: false; readonly survey: SurveyView; readonly projectionPosition: string }
  | { readonly found: false; readonly projectionPosition: string };

/** The holder's own surveys in `statuses` (every state when absent), latest opening first. */
export interface AgencySurveysQuery extends SurveyListFilter {
  readonly holderId: string;
  readonly statuses?: readonly SurveyStatus[];
}
export interface AgencySurveysReply extends Page<SurveyView & { readonly ballots: number }> {
  readonly projectionPosition: string;
}

/** The operator's queue: templates submitted and waiting for approval, oldest submission first. */
export type OperatorSurveyTemplatesQuery = SurveyListFilter;
export interface OperatorSurveyTemplatesReply extends Page<SurveyView> {
  readonly projectionPosition: string;
}
