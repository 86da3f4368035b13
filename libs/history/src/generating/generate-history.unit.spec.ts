import type { ImportedEvent } from '@od/event-store';
import { generateHistory, newStats, type HistoryOptions } from './generate-history';

const small: HistoryOptions = {
  seed: 'unit',
  start: new Date('2025-01-01T00:00:00+05:00'),
  years: 1,
  requestsPerYear: 400,
  votesPerSurvey: 10,
  topicApplicationsPerYear: 30,
};

let facts: ImportedEvent[];
const stats = newStats();

beforeAll(() => {
  facts = [...generateHistory(small, stats)];
});

const count = (predicate: (fact: ImportedEvent) => boolean) => facts.filter(predicate).length;
const ofType = (type: string) => count((fact) => fact.type === type);

describe('a generated history', () => {
  it('is made by the deciders without a single refused command', () => {
    expect(stats.firstRefusals).toEqual([]);
    expect(stats.refused).toBe(0);
    expect(stats.subjects).toBeGreaterThan(400);
  });

  it('has every kind of outcome the annual report counts', () => {
    expect(ofType('HolderRegistered')).toBe(30);
    expect(ofType('AwpTrainingRecorded')).toBe(180);
    expect(ofType('RequestSubmitted')).toBe(400);
    for (const type of ['RequestAccepted', 'RequestRedirected', 'RequestReturned', 'RequestRefused', 'DeadlineExtended', 'AnswerDrafted', 'RequestAnswered']) {
      expect({ type, count: ofType(type) }).toEqual({ type, count: expect.any(Number) });
      expect(ofType(type)).toBeGreaterThan(0);
    }
    expect(count((fact) => fact.type === 'AnswerRated' && (fact.data as { rating: string }).rating === 'dislike')).toBeGreaterThan(0);
    expect(count((fact) => fact.type === 'ClockStopped' && (fact.data as { late: boolean }).late)).toBeGreaterThan(0);
    expect(count((fact) => fact.type === 'ClockBreached' && !(fact.data as { metLate: boolean }).metLate)).toBeGreaterThan(0);
    expect(ofType('ClockWarningIssued')).toBeGreaterThan(0);
    expect(ofType('ClockRecomputed')).toBeGreaterThan(0);
    expect(count((fact) => fact.type === 'ClockStarted' && (fact.data as { rule: string }).rule === 'C5')).toBeGreaterThan(0);
    for (const type of [
      'ConferenceApproved',
      'ConferenceAnnounced',
      'ConferenceQuestionAsked',
      'ConferenceQuestionAnswered',
      'ConferenceClosed',
      'SurveyApproved',
      'SurveyAnnounced',
      'BallotCast',
      'SurveyClosed',
      'TopicApplicationSubmitted',
      'TopicApplicationAccepted',
      'TopicApplicationRefused',
    ]) {
      expect({ type, present: ofType(type) > 0 }).toEqual({ type, present: true });
    }
    // The return grounds and refusal grounds are the Law's codes.
    expect(
      new Set(facts.filter((fact) => fact.type === 'RequestReturned').map((fact) => (fact.data as { reasonCode: string }).reasonCode)).size,
    ).toBeGreaterThan(1);
  });

  it('is in recorded order, inside the year, with no fact recorded before it occurred', () => {
    const times = facts.map((fact) => Date.parse(fact.recordedAt));
    expect(times.every((time, i) => i === 0 || time >= times[i - 1])).toBe(true);
    expect(times[0] - small.start.getTime()).toBeLessThan(1_000);
    expect(times.at(-1)).toBeLessThan(Date.parse('2026-01-01T06:00:00+05:00'));
    expect(facts.filter((fact) => Date.parse(fact.recordedAt) < Date.parse(fact.metadata.occurredAt))).toEqual([]);
  });

  it('gives the same facts for the same seed and other facts for another', () => {
    const again = [...generateHistory(small)];
    expect(again).toEqual(facts);
    const other = [...generateHistory({ ...small, seed: 'another' })];
    expect(other.map((fact) => fact.metadata.eventId)).not.toEqual(facts.map((fact) => fact.metadata.eventId));
  });
});
