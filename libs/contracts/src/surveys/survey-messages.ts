import type { CommandMessage, CommandReply } from '../requests/request-messages';
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

/** What staff and the operator do to a survey (C1, C3, C6, C8). */
export type SurveyAction =
  | { readonly action: 'draft'; readonly template: SurveyTemplateInput }
  /** A resubmission after a return may move the dates (C1 and C6 are checked again). */
  | { readonly action: 'submit'; readonly launchDate?: string; readonly closingDate?: string }
  | { readonly action: 'approve' }
  | { readonly action: 'return'; readonly reason: string }
  | { readonly action: 'announce'; readonly url: string }
  | { readonly action: 'close' };

/** `surveyId` is absent for `draft`: the service derives it from the command id. */
export type SurveyActionMessage = CommandMessage<SurveyAction> & { readonly surveyId?: string };

export type SurveyCommandReply = CommandReply<{ readonly surveyId: string; readonly position: string }>;

export type CastBallotMessage = CommandMessage<{ readonly surveyId: string; readonly answers: readonly BallotAnswer[] }>;

export type CastBallotReply = CommandReply<{ readonly surveyId: string; readonly position: string }>;

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
  readonly questions: readonly { readonly questionId: string; readonly kind: SurveyQuestionKind; readonly text: SurveyText; readonly options: readonly { readonly optionId: string; readonly text: SurveyText }[] }[];
  readonly returnReason: string | null;
  readonly submittedAt: string | null;
  readonly lastAnnouncedAt: string | null;
  readonly announcements: number;
  readonly updatedAt: string;
}

/** Published (approved or closed) surveys, newest launch first; results where the survey's setting allows. */
export type PublicSurveysQuery = ReadYourWrite;
export interface PublicSurveysReply {
  readonly items: readonly (SurveyView & { readonly results: SurveyResults | null })[];
  readonly projectionPosition: string;
}

export interface SurveyResultsQuery extends ReadYourWrite {
  readonly surveyId: string;
}
export type SurveyResultsReply =
  | { readonly found: true; readonly visible: true; readonly survey: SurveyView; readonly results: SurveyResults; readonly projectionPosition: string }
  | { readonly found: true; readonly visible: false; readonly survey: SurveyView; readonly projectionPosition: string }
  | { readonly found: false; readonly projectionPosition: string };

export interface AgencySurveysQuery extends ReadYourWrite {
  readonly holderId: string;
}
export interface AgencySurveysReply {
  readonly items: readonly (SurveyView & { readonly ballots: number })[];
  readonly projectionPosition: string;
}

/** The operator's queue: templates submitted and waiting for approval, oldest submission first. */
export type OperatorSurveyTemplatesQuery = ReadYourWrite;
export interface OperatorSurveyTemplatesReply {
  readonly items: readonly SurveyView[];
  readonly projectionPosition: string;
}
