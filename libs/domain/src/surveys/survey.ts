import type { BallotEvent, SurveyEvent, SurveyQuestion, SurveyResultsVisibility, SurveyText } from '@od/contracts';

export type SurveyStatus = 'none' | 'drafted' | 'submitted' | 'returned' | 'approved' | 'closed';

/** Where one survey stands: its Annex 2 template (C8), its dates and its announcements (C3). */
export interface SurveyState {
  readonly status: SurveyStatus;
  readonly surveyId?: string;
  readonly holderId?: string;
  readonly category?: string;
  readonly name?: SurveyText;
  readonly launchDate?: string;
  readonly closingDate?: string;
  readonly opensAt?: string;
  readonly closesAt?: string;
  readonly questions: readonly SurveyQuestion[];
  readonly resultsVisibility?: SurveyResultsVisibility;
  readonly submittedAt?: string;
  readonly approvedAt?: string;
  readonly announcedAt: readonly string[];
  readonly closedAt?: string;
}

export const initialSurveyState: SurveyState = { status: 'none', questions: [], announcedAt: [] };

export function evolveSurvey(state: SurveyState, event: SurveyEvent): SurveyState {
  switch (event.type) {
    case 'SurveyDrafted': {
      const { surveyId, holderId, category, name, launchDate, closingDate, opensAt, closesAt, questions, resultsVisibility } = event.data;
      return { ...state, status: 'drafted', surveyId, holderId, category, name, launchDate, closingDate, opensAt, closesAt, questions, resultsVisibility };
    }
    case 'SurveySubmitted': {
      const { launchDate, closingDate, opensAt, closesAt, submittedAt } = event.data;
      return { ...state, status: 'submitted', submittedAt, launchDate, closingDate, opensAt, closesAt };
    }
    case 'SurveyApproved':
      return { ...state, status: 'approved', approvedAt: event.data.approvedAt, opensAt: event.data.opensAt, closesAt: event.data.closesAt };
    case 'SurveyReturned':
      return { ...state, status: 'returned' };
    case 'SurveyAnnounced':
      return { ...state, announcedAt: [...state.announcedAt, event.data.announcedAt] };
    case 'SurveyClosed':
      return { ...state, status: 'closed', closedAt: event.data.closedAt };
    default: {
      const unknownEvent: never = event;
      return unknownEvent;
    }
  }
}

/** Open for ballots: approved, and now within [opensAt, closesAt). */
export function isSurveyOpen(state: SurveyState, now: Date): boolean {
  if (state.status !== 'approved' || !state.opensAt || !state.closesAt) return false;
  const at = now.getTime();
  return at >= Date.parse(state.opensAt) && at < Date.parse(state.closesAt);
}

/** A user's ballot on one survey: cast or not (its stream holds one fact at most). */
export interface BallotState {
  readonly cast: boolean;
}

export const initialBallotState: BallotState = { cast: false };

export function evolveBallot(_state: BallotState, event: BallotEvent): BallotState {
  switch (event.type) {
    case 'BallotCast':
      return { cast: true };
    default: {
      const unknownEvent: never = event.type;
      return unknownEvent;
    }
  }
}
