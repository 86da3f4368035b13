import type { DomainEvent } from '../envelope';

/**
 * Surveys (DESIGN chapter 3: C1, C2, C3, C6, C8). One stream per survey, `survey-<surveyId>`, holding the
 * template (Annex 2) and its life; one stream per ballot, `ballot-<surveyId>-<voterId>`, appended with
 * `no_stream` so a user's second ballot is a conflict, never a second count. There is no hot stream.
 */
export const SURVEY_CATEGORY = 'survey';
export const BALLOT_CATEGORY = 'ballot';

export function surveyStream(surveyId: string): string {
  return `${SURVEY_CATEGORY}-${surveyId}`;
}

/** `voterId` is the pseudonymous id the surveys service derives from the voter (no IIN/BIN in stream ids). */
export function ballotStream(surveyId: string, voterId: string): string {
  return `${BALLOT_CATEGORY}-${surveyId}-${voterId}`;
}

/** C2: Kazakh and Russian always, English where needed. */
export interface SurveyText {
  readonly kk: string;
  readonly ru: string;
  readonly en?: string;
}

export type SurveyQuestionKind = 'single' | 'multiple';

export interface SurveyOption {
  readonly optionId: string;
  readonly text: SurveyText;
}

export interface SurveyQuestion {
  readonly questionId: string;
  readonly kind: SurveyQuestionKind;
  readonly text: SurveyText;
  readonly options: readonly SurveyOption[];
}

/** When the public sees the tallies: while the survey runs, or once it is closed. */
export type SurveyResultsVisibility = 'live' | 'after_close';

/** C8: the filled Annex 2 template. Dates are Almaty calendar days: open from the first instant of `launchDate` to the end of `closingDate`. */
export interface SurveyTemplate {
  readonly category: string;
  readonly name: SurveyText;
  readonly launchDate: string;
  readonly closingDate: string;
  readonly questions: readonly SurveyQuestion[];
  readonly resultsVisibility: SurveyResultsVisibility;
}

/** The template prepared by the agency's administrator (not yet with the operator). */
export type SurveyDrafted = DomainEvent<
  'SurveyDrafted',
  SurveyTemplate & {
    readonly surveyId: string;
    readonly holderId: string;
    /** UTC instant the survey opens (first instant of `launchDate` in Asia/Almaty). */
    readonly opensAt: string;
    /** UTC instant it closes (first instant of the day after `closingDate`, exclusive). */
    readonly closesAt: string;
    readonly draftedAt: string;
  },
  1
>;

/** C1: the template reached the operator at least 3 working days before the launch. */
export type SurveySubmitted = DomainEvent<
  'SurveySubmitted',
  {
    readonly surveyId: string;
    readonly holderId: string;
    readonly submittedAt: string;
    /** The dates in force from this submission (a resubmission after a return may move them). */
    readonly launchDate: string;
    readonly closingDate: string;
    readonly opensAt: string;
    readonly closesAt: string;
    /** The earliest launch date C1 allowed at submission, and how it was counted. */
    readonly earliestLaunchDate: string;
    readonly calendarVersions: readonly string[];
  },
  1
>;

/** The operator publishes the survey: it opens at `opensAt`. */
export type SurveyApproved = DomainEvent<
  'SurveyApproved',
  { readonly surveyId: string; readonly holderId: string; readonly approvedAt: string; readonly opensAt: string; readonly closesAt: string },
  1
>;

/** The operator sends the template back with a reason; the agency may submit it again. */
export type SurveyReturned = DomainEvent<
  'SurveyReturned',
  { readonly surveyId: string; readonly holderId: string; readonly reason: string; readonly returnedAt: string },
  1
>;

/** C3: the agency posted an announcement with a link to the Portal on its own site. */
export type SurveyAnnounced = DomainEvent<
  'SurveyAnnounced',
  { readonly surveyId: string; readonly holderId: string; readonly url: string; readonly announcedAt: string; readonly publishedAt?: string },
  1
>;

/** The agency closes the survey once its closing date has passed (C6: never before). */
export type SurveyClosed = DomainEvent<'SurveyClosed', { readonly surveyId: string; readonly holderId: string; readonly closedAt: string }, 1>;

/** Every fact of a `survey-…` stream. */
export type SurveyEvent = SurveyDrafted | SurveySubmitted | SurveyApproved | SurveyReturned | SurveyAnnounced | SurveyClosed;

export interface BallotAnswer {
  readonly questionId: string;
  readonly optionIds: readonly string[];
}

/** One user's ballot: the only fact of its `ballot-…` stream. The voter is the fact's actor (metadata). */
export type BallotCast = DomainEvent<
  'BallotCast',
  { readonly surveyId: string; readonly holderId: string; readonly voterId: string; readonly answers: readonly BallotAnswer[]; readonly castAt: string },
  1
>;

export type BallotEvent = BallotCast;
