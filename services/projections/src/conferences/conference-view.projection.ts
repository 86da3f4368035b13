import { CONFERENCE_EVENT_TYPES, type ConferenceEvent } from '@od/contracts';
import type { RecordedEvent } from '@od/event-store';
import { redactPersonalData } from '@od/platform';
import type { EntityManager } from 'typeorm';
import { ConferenceQuestionAskerEntity, ConferenceQuestionEntity, ConferenceViewEntity } from './conference-view.entity';

const conferenceEventTypes = new Set<string>(CONFERENCE_EVENT_TYPES);

/**
 * C3: the recorded time, and the declared one beside it. Facts recorded before the announcement was dated
 * at its recording carried the agency's time in `announcedAt`: that one is kept as the declared time.
 */
function announcementTimes(data: { readonly announcedAt: string; readonly recordedAt?: string; readonly publishedAt?: string }) {
  const recordedAt = data.recordedAt ?? data.announcedAt;
  const declared = data.publishedAt ?? (data.announcedAt !== recordedAt ? data.announcedAt : undefined);
  return { announcedAt: new Date(recordedAt), publishedAt: declared ? new Date(declared) : null };
}

/** The conference row after one fact (pure, for the row; questions are separate rows). */
export function evolveConferenceView(view: ConferenceViewEntity | null, event: RecordedEvent<ConferenceEvent>): ConferenceViewEntity | null {
  const next = Object.assign(new ConferenceViewEntity(), view ?? {});
  next.updatedAt = new Date(event.metadata.occurredAt);
  switch (event.type) {
    case 'ConferenceTemplateFilled':
      return Object.assign(next, {
        conferenceId: event.data.conferenceId,
        holderId: event.data.holderId,
        status: 'draft',
        template: event.data.template,
        startsAt: new Date(event.data.template.startsAt),
        endsAt: new Date(event.data.template.endsAt),
        submittedAt: null,
        returnReason: null,
        announcementUrl: null,
        announcedAt: null,
        publishedAt: null,
        announcementLate: null,
        questionCount: 0,
        unansweredCount: 0,
      });
    case 'ConferenceTemplateRevised':
      if (!view) return null;
      return Object.assign(next, {
        status: 'draft',
        template: event.data.template,
        startsAt: new Date(event.data.template.startsAt),
        endsAt: new Date(event.data.template.endsAt),
      });
    case 'ConferenceTemplateSubmitted':
      return view && Object.assign(next, { status: 'submitted', submittedAt: new Date(event.data.submittedAt), returnReason: null });
    case 'ConferenceApproved':
      return view && Object.assign(next, { status: 'published' });
    case 'ConferenceTemplateReturned':
      return view && Object.assign(next, { status: 'returned', returnReason: event.data.reason });
    case 'ConferenceAnnounced':
      return view && Object.assign(next, { announcementUrl: event.data.url, ...announcementTimes(event.data), announcementLate: event.data.late });
    case 'ConferenceQuestionAsked':
      return view && Object.assign(next, { questionCount: view.questionCount + 1, unansweredCount: view.unansweredCount + 1 });
    case 'ConferenceQuestionAnswered':
      return view && Object.assign(next, { unansweredCount: Math.max(0, view.unansweredCount - 1) });
    case 'ConferenceClosed':
      return view && Object.assign(next, { status: 'closed' });
    default: {
      const unknownEvent: never = event;
      return unknownEvent;
    }
  }
}

/**
 * conference_views and conference_questions follow every conference fact; who asked is never written there
 * (only in conference_question_askers, which no public read touches), and
 * questions and answers (public) are stored with personal data masked and marked where it was.
 */
export async function projectConferenceView(manager: EntityManager, event: RecordedEvent): Promise<void> {
  if (!conferenceEventTypes.has(event.type)) return;
  const fact = event as RecordedEvent<ConferenceEvent>;
  const views = manager.getRepository(ConferenceViewEntity);
  const questions = manager.getRepository(ConferenceQuestionEntity);
  if (fact.type === 'ConferenceQuestionAsked') {
    if (await questions.existsBy({ questionId: fact.data.questionId })) return; // already folded
    await manager.getRepository(ConferenceQuestionAskerEntity).save(
      Object.assign(new ConferenceQuestionAskerEntity(), {
        questionId: fact.data.questionId,
        askerId: fact.data.author.id,
        askedAt: new Date(fact.data.askedAt),
      }),
    );
    const question = redactPersonalData(fact.data.text);
    await questions.save(
      Object.assign(new ConferenceQuestionEntity(), {
        questionId: fact.data.questionId,
        conferenceId: fact.data.conferenceId,
        askedBy: fact.data.author.kind,
        text: question.text,
        redacted: question.redacted,
        askedAt: new Date(fact.data.askedAt),
        answerText: null,
        answerRedacted: false,
        answeredAt: null,
        answerLate: null,
      }),
    );
  }
  if (fact.type === 'ConferenceQuestionAnswered') {
    const answer = redactPersonalData(fact.data.text);
    await questions.update(
      { questionId: fact.data.questionId },
      { answerText: answer.text, answerRedacted: answer.redacted, answeredAt: new Date(fact.data.answeredAt), answerLate: fact.data.late },
    );
  }
  const current = await views.findOneBy({ conferenceId: fact.data.conferenceId });
  const next = evolveConferenceView(current, fact);
  if (next) await views.save(next);
}
