import type { ConferenceEvent, ConferenceTemplate } from '@od/contracts';

export type ConferenceStatus = 'none' | 'draft' | 'submitted' | 'returned' | 'published' | 'closed';

export interface ConferenceQuestionState {
  readonly questionId: string;
  readonly askedAt: string;
  readonly answered: boolean;
}

/** Where one conference stands: its template, whether the operator published it, its questions. */
export interface ConferenceState {
  readonly status: ConferenceStatus;
  readonly conferenceId?: string;
  readonly holderId?: string;
  readonly template?: ConferenceTemplate;
  readonly returnReason?: string;
  /** When the operator approved (published) the template: no announcement is declared before it (C3). */
  readonly approvedAt?: string;
  readonly announcement?: { readonly url: string; readonly announcedAt: string; readonly late: boolean };
  readonly questions: readonly ConferenceQuestionState[];
}

export type ConferenceOnRecord = ConferenceState & { readonly conferenceId: string; readonly holderId: string; readonly template: ConferenceTemplate };

export const initialConferenceState: ConferenceState = { status: 'none', questions: [] };

export function evolveConference(state: ConferenceState, event: ConferenceEvent): ConferenceState {
  switch (event.type) {
    case 'ConferenceTemplateFilled':
      return { status: 'draft', conferenceId: event.data.conferenceId, holderId: event.data.holderId, template: event.data.template, questions: [] };
    case 'ConferenceTemplateRevised':
      return { ...state, status: 'draft', template: event.data.template };
    case 'ConferenceTemplateSubmitted':
      return { ...state, status: 'submitted', returnReason: undefined };
    case 'ConferenceApproved':
      return { ...state, status: 'published', approvedAt: event.data.approvedAt };
    case 'ConferenceTemplateReturned':
      return { ...state, status: 'returned', returnReason: event.data.reason };
    case 'ConferenceAnnounced':
      return { ...state, announcement: { url: event.data.url, announcedAt: event.data.recordedAt, late: event.data.late } };
    case 'ConferenceQuestionAsked':
      return { ...state, questions: [...state.questions, { questionId: event.data.questionId, askedAt: event.data.askedAt, answered: false }] };
    case 'ConferenceQuestionAnswered':
      return {
        ...state,
        questions: state.questions.map((question) => (question.questionId === event.data.questionId ? { ...question, answered: true } : question)),
      };
    case 'ConferenceClosed':
      return { ...state, status: 'closed' };
    default: {
      const unknownEvent: never = event;
      return unknownEvent;
    }
  }
}

/** C4: open for questions between its start (inclusive) and its end (exclusive), once published and until closed. */
export function isOpenForQuestions(state: ConferenceState, now: Date): boolean {
  if (state.status !== 'published' || !state.template) return false;
  const at = now.getTime();
  return at >= Date.parse(state.template.startsAt) && at < Date.parse(state.template.endsAt);
}

export function unansweredQuestions(state: ConferenceState): readonly ConferenceQuestionState[] {
  return state.questions.filter((question) => !question.answered);
}
