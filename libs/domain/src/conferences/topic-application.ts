import type { WorkingCalendar } from '@od/calendar';
import type { TopicApplicationAccepted, TopicApplicationEvent, TopicApplicationRefused, TopicApplicationSubmitted } from '@od/contracts';
import { accept, reject, type Decision } from '../shared/decision';
import type { ConferenceActor } from './conference-decide';
import { topicDecisionDue } from './conference-timing';

/** C5: a user's free-form application for a conference topic, and the administrator's decision on it. */
export interface TopicApplicationState {
  readonly status: 'none' | 'submitted' | 'accepted' | 'refused';
  readonly applicationId?: string;
  readonly holderId?: string;
  readonly submittedAt?: string;
}

export const initialTopicApplicationState: TopicApplicationState = { status: 'none' };

export function evolveTopicApplication(state: TopicApplicationState, event: TopicApplicationEvent): TopicApplicationState {
  switch (event.type) {
    case 'TopicApplicationSubmitted':
      return { status: 'submitted', applicationId: event.data.applicationId, holderId: event.data.holderId, submittedAt: event.data.submittedAt };
    case 'TopicApplicationAccepted':
      return { ...state, status: 'accepted' };
    case 'TopicApplicationRefused':
      return { ...state, status: 'refused' };
    default: {
      const unknownEvent: never = event;
      return unknownEvent;
    }
  }
}

export const TOPIC_APPLICATION_LIMITS = { topicMaxLength: 300, textMaxLength: 4_000, reasonMaxLength: 2_000 } as const;

interface Context {
  readonly now: Date;
  readonly actor: ConferenceActor;
  readonly calendar: WorkingCalendar;
}

export type TopicApplicationCommand =
  | {
      readonly type: 'ApplyForConferenceTopic';
      readonly data: {
        readonly applicationId: string;
        readonly holderId: string;
        readonly topic: string;
        readonly text: string;
        readonly language: 'kk' | 'ru' | 'en';
      };
      readonly context: Context & { readonly holderExists: boolean };
    }
  | { readonly type: 'AcceptTopicApplication'; readonly context: Context }
  | { readonly type: 'RefuseTopicApplication'; readonly data: { readonly reason: string }; readonly context: Context };

export type TopicApplicationRejectionCode =
  | 'topic_application_exists'
  | 'topic_application_not_found'
  | 'topic_application_wrong_state'
  | 'holder_unknown'
  | 'not_your_holder'
  | 'role_not_allowed'
  | 'phone_not_verified'
  | 'reason_required'
  | 'text_required'
  | 'text_too_long';

export type TopicApplicationDecision = Decision<TopicApplicationEvent, TopicApplicationRejectionCode>;

function text(value: string, field: string, max: number, code: 'text_required' | 'reason_required', blank: string) {
  const trimmed = value.trim();
  if (trimmed.length === 0) return reject<TopicApplicationRejectionCode>({ code, field, rule: 'C5', message: blank });
  if (trimmed.length > max)
    return reject<TopicApplicationRejectionCode>({
      code: 'text_too_long',
      field,
      rule: 'C5',
      message: `The ${field} must be at most ${max} characters; it has ${trimmed.length}`,
    });
  return trimmed;
}

/** C5: users apply; the holder's administrator accepts, or refuses with a reason (not the holder's competence), within 5 working days. */
export function decideTopicApplication(command: TopicApplicationCommand, state: TopicApplicationState): TopicApplicationDecision {
  const { actor, now } = command.context;
  const at = now.toISOString();
  if (command.type === 'ApplyForConferenceTopic') {
    if (state.status !== 'none')
      return reject({ code: 'topic_application_exists', rule: 'C5', message: `Topic application ${command.data.applicationId} already exists` });
    if (actor.kind !== 'citizen' && actor.kind !== 'organisation')
      return reject({ code: 'role_not_allowed', rule: 'C5', message: 'Only citizens and organisations apply for conference topics' });
    if (!actor.phoneVerified)
      return reject({ code: 'phone_not_verified', rule: 'C5', message: 'Only users with a verified mobile number may apply for a conference topic' });
    if (!command.context.holderExists)
      return reject({ code: 'holder_unknown', field: 'holderId', rule: 'C5', message: `No information holder has the id "${command.data.holderId}"` });
    const topic = text(command.data.topic, 'topic', TOPIC_APPLICATION_LIMITS.topicMaxLength, 'text_required', 'The topic must not be blank');
    if (typeof topic !== 'string') return topic;
    const body = text(
      command.data.text,
      'text',
      TOPIC_APPLICATION_LIMITS.textMaxLength,
      'text_required',
      'The application must say what the conference should be about',
    );
    if (typeof body !== 'string') return body;
    return accept<TopicApplicationSubmitted>({
      type: 'TopicApplicationSubmitted',
      schemaVersion: 1,
      data: {
        applicationId: command.data.applicationId,
        holderId: command.data.holderId,
        applicant: { kind: actor.kind, id: actor.id },
        topic,
        text: body,
        language: command.data.language,
        submittedAt: at,
      },
    });
  }
  const action = command.type === 'AcceptTopicApplication' ? 'accept' : 'refuse';
  if (state.status === 'none' || !state.holderId || !state.applicationId || !state.submittedAt) {
    return reject({ code: 'topic_application_not_found', rule: 'C5', message: `Cannot ${action} a topic application that does not exist` });
  }
  if (actor.kind !== 'staff' || actor.holderId !== state.holderId) {
    return reject({
      code: 'not_your_holder',
      rule: 'C5',
      message: `This topic application was sent to another holder; only its administrator may ${action} it`,
    });
  }
  if (!actor.staffRoles.includes('administrator')) {
    return reject({ code: 'role_not_allowed', rule: 'C5', message: `Only the holder's administrator may ${action} a topic application (C5)` });
  }
  if (state.status !== 'submitted') {
    return reject({
      code: 'topic_application_wrong_state',
      rule: 'C5',
      message: `Cannot ${action} a topic application that is ${state.status}; it must be submitted`,
    });
  }
  const late = now.getTime() >= Date.parse(topicDecisionDue(state.submittedAt, command.context.calendar).dueAt);
  const subject = { applicationId: state.applicationId, holderId: state.holderId };
  if (command.type === 'AcceptTopicApplication') {
    return accept<TopicApplicationAccepted>({ type: 'TopicApplicationAccepted', schemaVersion: 1, data: { ...subject, acceptedAt: at, late } });
  }
  const reason = text(
    command.data.reason,
    'reason',
    TOPIC_APPLICATION_LIMITS.reasonMaxLength,
    'reason_required',
    'A refusal must give its reason: why the topic is not the holder’s competence',
  );
  if (typeof reason !== 'string') return reason;
  return accept<TopicApplicationRefused>({ type: 'TopicApplicationRefused', schemaVersion: 1, data: { ...subject, reason, refusedAt: at, late } });
}
