import { Inject, Injectable } from '@nestjs/common';
import { surveyStream, type SurveyEvent } from '@od/contracts';
import { evolveSurvey, initialSurveyState, type SurveyState } from '@od/domain';
import type { EventStore, RecordedEvent } from '@od/event-store';
import { EVENT_STORE } from '@od/platform';

const MAX_CACHED = 10_000;

/**
 * The survey a ballot is decided against, read from its own stream. Once approved, nothing a ballot depends
 * on changes: the questions and the open window are fixed, and a closure can only come after `closesAt`,
 * when the window already refuses. So an approved survey is kept in memory and a burst of ballots reads
 * its stream once, not once per ballot. Anything not yet approved is read again every time.
 */
@Injectable()
export class PublishedSurveys {
  private readonly approved = new Map<string, SurveyState>();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async get(surveyId: string): Promise<SurveyState> {
    const cached = this.approved.get(surveyId);
    if (cached) return cached;
    const history = (await this.store.readStream(surveyStream(surveyId))) as RecordedEvent<SurveyEvent>[];
    const state = history.reduce(evolveSurvey, initialSurveyState);
    if (state.status === 'approved' || state.status === 'closed') {
      if (this.approved.size >= MAX_CACHED) this.approved.delete(this.approved.keys().next().value as string);
      this.approved.set(surveyId, state);
    }
    return state;
  }
}
