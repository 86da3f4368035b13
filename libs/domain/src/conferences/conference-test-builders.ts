/**
 * Small builders for the conference deciders' given/when/then specs (test-only; not exported from the lib).
 * Hand-worked dates, December 2026: Wednesday 16 December is Independence Day (a holiday), 19–20 a weekend.
 */
import { kzCalendar } from '@od/calendar';
import type {
  ConferenceAnnounced,
  ConferenceApproved,
  ConferenceEvent,
  ConferenceQuestionAnswered,
  ConferenceQuestionAsked,
  ConferenceTemplate,
  ConferenceTemplateFilled,
  ConferenceTemplateReturned,
  ConferenceTemplateSubmitted,
  TopicApplicationSubmitted,
} from '@od/contracts';
import { deciderSpec } from '@od/testing';
import { evolveConference, initialConferenceState } from './conference';
import { decideConference, type ConferenceActor, type ConferenceCommand, type ConferenceCommandContext } from './conference-decide';

export const CONFERENCE_ID = '0b6f1d7e-5d0a-4c55-9f31-3f7f5a9d0c01';
export const HOLDER = 'ministry-of-finance';
export const calendar = kzCalendar;

export const admin: ConferenceActor = { kind: 'staff', id: 'staff-minfin-admin', holderId: HOLDER, staffRoles: ['administrator'], phoneVerified: true };
export const responder: ConferenceActor = { kind: 'staff', id: 'staff-minfin-responder', holderId: HOLDER, staffRoles: ['responder'], phoneVerified: true };
export const otherAdmin: ConferenceActor = {
  kind: 'staff',
  id: 'staff-minhealth-admin',
  holderId: 'ministry-of-healthcare',
  staffRoles: ['administrator'],
  phoneVerified: true,
};
export const operator: ConferenceActor = { kind: 'operator', id: 'operator-1', staffRoles: [], phoneVerified: true };
export const citizen: ConferenceActor = { kind: 'citizen', id: '900101300017', staffRoles: [], phoneVerified: true };
export const unverifiedCitizen: ConferenceActor = { kind: 'citizen', id: '900101301608', staffRoles: [], phoneVerified: false };

/** Friday 18 December 2026, 10:00 Almaty, until Monday 21 December 18:00. */
export const aTemplate = (overrides: Partial<ConferenceTemplate> = {}): ConferenceTemplate => ({
  startsAt: '2026-12-18T05:00:00.000Z',
  endsAt: '2026-12-21T13:00:00.000Z',
  title: { kk: 'Салық реформасы', ru: 'Налоговая реформа' },
  summary: { kk: 'Жаңа Салық кодексі туралы', ru: 'О новом Налоговом кодексе' },
  description: { kk: 'Министрлік сұрақтарға жауап береді.', ru: 'Министерство ответит на вопросы.' },
  moderator: { surname: 'Серікова', name: 'Айгүл', iin: '780302300111', position: 'Бас сарапшы', email: 'a.serikova@minfin.gov.kz', phone: '+77011234567' },
  ...overrides,
});

export const at = (iso: string, actor: ConferenceActor = admin): ConferenceCommandContext => ({ now: new Date(iso), actor, calendar });

export const aTemplateFilled = (template = aTemplate(), filledAt = '2026-12-10T05:00:00.000Z'): ConferenceTemplateFilled => ({
  type: 'ConferenceTemplateFilled',
  schemaVersion: 1,
  data: { conferenceId: CONFERENCE_ID, holderId: HOLDER, template, filledAt },
});

export const aTemplateSubmitted = (submittedAt = '2026-12-11T05:00:00.000Z'): ConferenceTemplateSubmitted => ({
  type: 'ConferenceTemplateSubmitted',
  schemaVersion: 1,
  data: { conferenceId: CONFERENCE_ID, holderId: HOLDER, submittedAt, startsAt: aTemplate().startsAt, earliestStart: '2026-12-17T19:00:00.000Z' },
});

export const aConferenceApproved = (approvedAt = '2026-12-11T08:00:00.000Z'): ConferenceApproved => ({
  type: 'ConferenceApproved',
  schemaVersion: 1,
  data: { conferenceId: CONFERENCE_ID, holderId: HOLDER, approvedAt },
});

export const aTemplateReturned = (reason = 'The English title is missing'): ConferenceTemplateReturned => ({
  type: 'ConferenceTemplateReturned',
  schemaVersion: 1,
  data: { conferenceId: CONFERENCE_ID, holderId: HOLDER, reason, returnedAt: '2026-12-11T08:00:00.000Z' },
});

export const anAnnouncement = (announcedAt = '2026-12-14T06:00:00.000Z', late = false): ConferenceAnnounced => ({
  type: 'ConferenceAnnounced',
  schemaVersion: 1,
  data: {
    conferenceId: CONFERENCE_ID,
    holderId: HOLDER,
    url: 'https://minfin.gov.kz/news/1',
    announcedAt,
    recordedAt: announcedAt,
    dueBefore: '2026-12-16T19:00:00.000Z',
    late,
  },
});

export const aQuestionAsked = (questionId: string, askedAt = '2026-12-18T06:00:00.000Z'): ConferenceQuestionAsked => ({
  type: 'ConferenceQuestionAsked',
  schemaVersion: 1,
  data: { conferenceId: CONFERENCE_ID, holderId: HOLDER, questionId, author: { kind: 'citizen', id: citizen.id }, text: 'Когда вступит в силу?', askedAt },
});

export const aQuestionAnswered = (questionId: string, answeredAt = '2026-12-18T09:00:00.000Z', late = false): ConferenceQuestionAnswered => ({
  type: 'ConferenceQuestionAnswered',
  schemaVersion: 1,
  data: { conferenceId: CONFERENCE_ID, holderId: HOLDER, questionId, text: 'С 1 января.', answeredAt, late },
});

export const aTopicApplicationSubmitted = (applicationId: string, submittedAt = '2026-12-14T07:00:00.000Z'): TopicApplicationSubmitted => ({
  type: 'TopicApplicationSubmitted',
  schemaVersion: 1,
  data: {
    applicationId,
    holderId: HOLDER,
    applicant: { kind: 'citizen', id: citizen.id },
    topic: 'Налоговые вычеты',
    text: 'Проведите конференцию о вычетах.',
    language: 'ru',
    submittedAt,
  },
});

export const published: ConferenceEvent[] = [aTemplateFilled(), aTemplateSubmitted(), aConferenceApproved()];

export const conferenceSpec = deciderSpec<ConferenceCommand, ConferenceEvent, ReturnType<typeof evolveConference>, ReturnType<typeof decideConference>>({
  decide: decideConference,
  evolve: evolveConference,
  initialState: initialConferenceState,
});
