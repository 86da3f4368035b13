import { CalendarError, kzCalendar, type WorkingCalendar } from '@od/calendar';
import type { ImportedEvent } from '@od/event-store';
import { conferenceLife } from './conference-life';
import { HistoryWorld } from './history-world';
import { registryLife } from './registry-life';
import { requestLife } from './request-life';
import { SeededRandom } from './seeded-random';
import { RefusedCommandError, type RecordedFacts } from './subject-facts';
import { surveyLife } from './survey-life';
import { topicApplicationLife } from './topic-application-life';

export interface HistoryOptions {
  readonly seed: string;
  /** The first instant of the history (the registry is seeded then). */
  readonly start: Date;
  readonly years: number;
  readonly requestsPerYear: number;
  /** Defaults: a conference per 400 requests (at least 6 a year), a topic application (C5) per 300 (at least 6), a survey per 600 (at least 4), 80 votes a survey. */
  readonly conferencesPerYear?: number;
  readonly topicApplicationsPerYear?: number;
  readonly surveysPerYear?: number;
  readonly votesPerSurvey?: number;
  readonly calendar?: WorkingCalendar;
}

type SubjectKind = 'registry' | 'request' | 'conference' | 'topic-application' | 'survey';

/** When each subject of the history begins: its first fact is recorded then, none of its facts earlier. */
export interface SubjectStart {
  readonly kind: SubjectKind;
  readonly index: number;
  readonly at: number;
}

const YEAR_MS = 365.25 * 86_400_000;

/** The end of the history: `years` after its start (whole years to the same instant of the same date). */
export function historyEnd(options: Pick<HistoryOptions, 'start' | 'years'>): number {
  const whole = Math.floor(options.years);
  const end = new Date(options.start.getTime());
  end.setUTCFullYear(end.getUTCFullYear() + whole);
  return end.getTime() + Math.round((options.years - whole) * YEAR_MS);
}

/**
 * Every subject's start, in time order. Users write on any day and at any hour, less at night and at weekends;
 * staff prepare conferences and surveys in office hours (the lives themselves keep to working days).
 */
export function planSubjects(options: HistoryOptions): SubjectStart[] {
  const start = options.start.getTime();
  const end = historyEnd(options);
  const random = new SeededRandom(`${options.seed}/arrivals`);
  const instant = (kind: SubjectKind): number => {
    for (;;) {
      const at = start + Math.floor(random.next() * (end - start));
      const local = new Date(at + 5 * 3_600_000);
      const weekend = local.getUTCDay() === 0 || local.getUTCDay() === 6;
      const hour = local.getUTCHours();
      const keep = (weekend ? 0.35 : 1) * (hour < 7 ? 0.15 : hour >= 22 ? 0.4 : 1) * (kind === 'request' ? 1 : weekend || hour < 9 || hour >= 18 ? 0 : 1);
      // Nothing in the first day: the registry and the AWP grants come first.
      if (at > start + 86_400_000 && random.next() < keep) return at;
    }
  };
  const years = options.years;
  const requests = Math.round(options.requestsPerYear * years);
  const conferences = Math.round((options.conferencesPerYear ?? Math.max(6, options.requestsPerYear / 400)) * years);
  const surveys = Math.round((options.surveysPerYear ?? Math.max(4, options.requestsPerYear / 600)) * years);
  const topicApplications = Math.round((options.topicApplicationsPerYear ?? Math.max(6, options.requestsPerYear / 300)) * years);
  const subjects: SubjectStart[] = [{ kind: 'registry', index: 0, at: start }];
  for (let index = 0; index < requests; index += 1) subjects.push({ kind: 'request', index, at: instant('request') });
  for (let index = 0; index < conferences; index += 1) subjects.push({ kind: 'conference', index, at: instant('conference') });
  for (let index = 0; index < surveys; index += 1) subjects.push({ kind: 'survey', index, at: instant('survey') });
  for (let index = 0; index < topicApplications; index += 1) subjects.push({ kind: 'topic-application', index, at: instant('request') });
  const order: Record<SubjectKind, number> = { registry: 0, request: 1, conference: 2, survey: 3, 'topic-application': 4 };
  return subjects.sort((a, b) => a.at - b.at || order[a.kind] - order[b.kind] || a.index - b.index);
}

export interface GenerationStats {
  subjects: number;
  /** Subjects a decider refused a command of (the generator's own mistake): left out whole. */
  refused: number;
  /** Conferences and surveys near the end whose dates reach a year with no published calendar (C1 cannot be checked): left out whole. */
  outsideCalendar: number;
  readonly firstRefusals: string[];
}

/**
 * The whole history as facts in the order they were recorded (by `recordedAt`, ties in the order each
 * subject recorded them, subjects by start), ready to import. Lazily: subjects are made as their start
 * comes, and facts leave as soon as no subject yet to start can record anything earlier.
 */
export function* generateHistory(options: HistoryOptions, stats: GenerationStats = newStats(), subjects = planSubjects(options)): Generator<ImportedEvent> {
  const end = historyEnd(options);
  const citizenPool = Math.max(200, Math.round(options.requestsPerYear * options.years * 0.6));
  const world = new HistoryWorld(options.seed, options.calendar ?? kzCalendar, options.start.getTime(), end, citizenPool);
  const votesPerSurvey = options.votesPerSurvey ?? 80;
  const pending = new FactHeap();
  let subjectOrder = 0;
  for (const subject of subjects) {
    while (pending.size > 0 && pending.peekAt() < subject.at) yield pending.pop();
    let facts: RecordedFacts;
    try {
      facts = lifeOf(world, subject, votesPerSurvey);
    } catch (error) {
      if (error instanceof CalendarError || (error instanceof RefusedCommandError && error.code === 'survey_dates_outside_calendar')) {
        stats.outsideCalendar += 1;
        continue;
      }
      if (!(error instanceof RefusedCommandError)) throw error;
      stats.refused += 1;
      if (stats.firstRefusals.length < 5) stats.firstRefusals.push(error.message);
      continue;
    }
    stats.subjects += 1;
    subjectOrder += 1;
    facts.facts.forEach((fact, index) => pending.push(fact, subjectOrder, index));
  }
  while (pending.size > 0) yield pending.pop();
}

export const newStats = (): GenerationStats => ({ subjects: 0, refused: 0, outsideCalendar: 0, firstRefusals: [] });

function lifeOf(world: HistoryWorld, subject: SubjectStart, votesPerSurvey: number): RecordedFacts {
  switch (subject.kind) {
    case 'registry':
      return registryLife(world);
    case 'request':
      return requestLife(world, subject.index, subject.at);
    case 'conference':
      return conferenceLife(world, subject.index, subject.at);
    case 'survey':
      return surveyLife(world, subject.index, subject.at, votesPerSurvey);
    case 'topic-application':
      return topicApplicationLife(world, subject.index, subject.at);
    default: {
      const unknownKind: never = subject.kind;
      return unknownKind;
    }
  }
}

interface HeapEntry {
  readonly at: number;
  readonly subject: number;
  readonly index: number;
  readonly fact: ImportedEvent;
}

/** A binary min-heap by (recordedAt, subject, index). */
class FactHeap {
  private readonly items: HeapEntry[] = [];

  get size(): number {
    return this.items.length;
  }

  peekAt(): number {
    return this.items[0].at;
  }

  push(fact: ImportedEvent, subject: number, index: number): void {
    const items = this.items;
    items.push({ at: Date.parse(fact.recordedAt), subject, index, fact });
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop(): ImportedEvent {
    const items = this.items;
    const top = items[0];
    const last = items.pop() as HeapEntry;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && before(items[left], items[smallest])) smallest = left;
        if (right < items.length && before(items[right], items[smallest])) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest], items[i]];
        i = smallest;
      }
    }
    return top.fact;
  }
}

function before(a: HeapEntry, b: HeapEntry): boolean {
  return a.at !== b.at ? a.at < b.at : a.subject !== b.subject ? a.subject < b.subject : a.index < b.index;
}
