// The report as a fold over the store's facts in global order (issue 13 §1): pure, streaming, and small.
// Memory is O(holders + requests still open + surveys), never O(facts): a request's state is dropped when it is
// answered, returned or refused, since every later fact about it (a rating, a clock fact) names its holder itself.
import {
  upcastClockEvent,
  type ClockEvent,
  type ConferenceEvent,
  type HolderEvent,
  type RequestEvent,
  type TopicApplicationEvent,
  type BallotCast,
  type SurveyEvent,
} from '@od/contracts';
import type { RecordedEvent } from '@od/event-store';
import type { LocalizedName, HolderKind } from '@od/contracts';
import { DAY_MS, almatyDayNumber, dayNumberOfDate, monthOfDayNumber, startOfAlmatyDateMs } from './almaty-time';
import type { AnnualReport } from './annual-report';
import { HolderTally, increment, incrementAt } from './holder-tally';
import { finishReport } from './finish-report';
import { validateReportOptions, type ReportOptions } from './report-options';

export interface ReportFold {
  /** Folds one fact; facts must come in the store's global order (`readAll`). */
  apply(fact: RecordedEvent): void;
  /** The report from the facts applied so far. May be called more than once. */
  finish(): AnnualReport;
  readonly factsSeen: number;
  /** The store position of the last fact applied, `<transactionId>:<sequence>`; null before any. */
  readonly lastPosition: string | null;
  /** Requests whose state is kept now (open ones): what the fold's memory grows with, besides holders and surveys. */
  readonly requestsTracked: number;
}

/** What is kept of a request until it is answered, returned or refused (or the period ends). */
interface RequestTrack {
  holderId: string;
  /** Months since the period's first month of its submission; -1 when submitted before the period. */
  submittedMonth: number;
  /** Almaty day number of the receipt by its current holder (R4 counts from it). */
  receivedDay: number;
  /** Clocks of the current holder breached unmet and not stopped (by period end): the request is overdue. */
  overdueClockIds: string[] | null;
}

export interface HolderRecord {
  name: LocalizedName | null;
  kind: HolderKind | null;
}

/** What `finishReport` reads from the fold. */
export interface FoldResult {
  readonly options: ReportOptions;
  readonly months: readonly string[];
  readonly tallies: ReadonlyMap<string, HolderTally>;
  readonly holders: ReadonlyMap<string, HolderRecord>;
  readonly openRequests: Iterable<{ readonly holderId: string; readonly submittedMonth: number; readonly overdue: boolean }>;
  readonly factsReplayed: number;
  readonly positionReached: string | null;
  readonly calendarVersions: ReadonlySet<string>;
  readonly unreadFacts: ReadonlyMap<string, number>;
}

const KNOWN_V1_TYPES = new Set<string>([
  'RequestSubmitted',
  'RequestReceived',
  'RequestAccepted',
  'RequestRedirected',
  'RequestReturned',
  'RequestAnswered',
  'RequestRefused',
  'DeadlineExtended',
  'AnswerRated',
  'ConferenceClosed',
  'ConferenceQuestionAsked',
  'ConferenceQuestionAnswered',
  'TopicApplicationSubmitted',
  'TopicApplicationAccepted',
  'TopicApplicationRefused',
  'SurveyClosed',
  'BallotCast',
  'HolderRegistered',
  'HolderKindRecorded',
  'ClockStarted',
  'ClockBreached',
  'ClockStopped',
  'ClockRecomputed',
]);

type CountedFact = RequestEvent | ConferenceEvent | TopicApplicationEvent | SurveyEvent | BallotCast | HolderEvent | ClockEvent;

export function startReport(options: ReportOptions): ReportFold {
  validateReportOptions(options);
  const periodStartMs = startOfAlmatyDateMs(options.period.from);
  const firstDay = dayNumberOfDate(options.period.from);
  const lastDay = dayNumberOfDate(options.period.to);
  // Exclusive: the first instant of the day after the period's last date.
  const periodEndMs = startOfAlmatyDateMs(new Date((lastDay + 1) * DAY_MS).toISOString().slice(0, 10));
  const asOfMs = Date.parse(options.asOf);
  const listed = options.holderIds ? new Set(options.holderIds) : null;

  // The month index of each day of the period, so a fact's month is one array read.
  const months: string[] = [];
  const monthOfDay = new Int32Array(lastDay - firstDay + 1);
  for (let day = firstDay; day <= lastDay; day++) {
    const month = monthOfDayNumber(day);
    if (months[months.length - 1] !== month) months.push(month);
    monthOfDay[day - firstDay] = months.length - 1;
  }
  const monthIndex = (dayNumber: number) => monthOfDay[dayNumber - firstDay];

  const tallies = new Map<string, HolderTally>();
  for (const holderId of options.holderIds ?? []) tallies.set(holderId, new HolderTally());
  const holders = new Map<string, HolderRecord>();
  const requests = new Map<string, RequestTrack>();
  const calendarVersions = new Set<string>();
  const unreadFacts = new Map<string, number>();
  let factsSeen = 0;
  let factsReplayed = 0;
  let lastPosition: RecordedEvent['position'] | null = null;
  let positionReached: RecordedEvent['position'] | null = null;

  /** The tally of a listed holder (created on first use), or undefined for a holder left out. */
  function tallyOf(holderId: string): HolderTally | undefined {
    let tally = tallies.get(holderId);
    if (tally === undefined && listed === null) {
      tally = new HolderTally();
      tallies.set(holderId, tally);
    }
    return tally;
  }

  /** A request leaves the open set: it counts as received for the holder it ended with, if submitted in the period. */
  function settle(requestId: string, track: RequestTrack): void {
    requests.delete(requestId);
    if (track.submittedMonth < 0) return;
    const tally = tallyOf(track.holderId);
    if (!tally) return;
    tally.received += 1;
    incrementAt(tally.receivedByMonth, track.submittedMonth);
  }

  function applyRequestFact(fact: RequestEvent, occurredMs: number, inPeriod: boolean): void {
    switch (fact.type) {
      case 'RequestSubmitted': {
        const day = almatyDayNumber(occurredMs);
        requests.set(fact.data.requestId, {
          holderId: fact.data.holderId,
          submittedMonth: inPeriod ? monthIndex(day) : -1,
          receivedDay: day,
          overdueClockIds: null,
        });
        return;
      }
      case 'RequestReceived': {
        const track = requests.get(fact.data.requestId);
        if (track) {
          track.holderId = fact.data.holderId;
          track.receivedDay = almatyDayNumber(occurredMs);
          track.overdueClockIds = null;
        }
        if (inPeriod) {
          const tally = tallyOf(fact.data.holderId);
          if (tally) tally.redirectedIn += 1;
        }
        return;
      }
      case 'RequestRedirected': {
        const tally = inPeriod ? tallyOf(fact.data.holderId) : undefined;
        if (tally) tally.redirectedOut += 1;
        return;
      }
      case 'RequestAccepted': {
        const tally = inPeriod ? tallyOf(fact.data.holderId) : undefined;
        if (tally) tally.accepted += 1;
        return;
      }
      case 'RequestReturned': {
        const tally = inPeriod ? tallyOf(fact.data.holderId) : undefined;
        if (tally) {
          tally.returned += 1;
          increment(tally.returnedByReason, fact.data.reasonCode);
        }
        break;
      }
      case 'RequestRefused': {
        const tally = inPeriod ? tallyOf(fact.data.holderId) : undefined;
        if (tally) {
          tally.refused += 1;
          increment(tally.refusedByGround, fact.data.groundCode);
        }
        break;
      }
      case 'RequestAnswered': {
        const tally = inPeriod ? tallyOf(fact.data.holderId) : undefined;
        if (tally) {
          const day = almatyDayNumber(occurredMs);
          tally.answered += 1;
          incrementAt(tally.answeredByMonth, monthIndex(day));
          const track = requests.get(fact.data.requestId);
          if (track) incrementAt(tally.daysToAnswer, Math.max(0, day - track.receivedDay));
        }
        break;
      }
      case 'DeadlineExtended': {
        const tally = inPeriod ? tallyOf(fact.data.holderId) : undefined;
        if (tally) tally.extensions += 1;
        return;
      }
      case 'AnswerRated': {
        const tally = inPeriod ? tallyOf(fact.data.holderId) : undefined;
        if (!tally) return;
        if (fact.data.rating === 'like') tally.likes += 1;
        else {
          tally.dislikes += 1;
          increment(tally.dislikeReasons, fact.data.reason ?? '');
        }
        return;
      }
      default:
        return;
    }
    // Answered, returned or refused: nothing later can change what it counts for.
    const track = requests.get(fact.data.requestId);
    if (track) settle(fact.data.requestId, track);
  }

  function applyClockFact(fact: ClockEvent, inPeriod: boolean): void {
    const { subject, rule } = fact.data;
    switch (fact.type) {
      case 'ClockStarted':
      case 'ClockRecomputed':
        for (const version of fact.data.explanation.calendarVersions) calendarVersions.add(version);
        return;
      case 'ClockBreached': {
        if (!fact.data.metLate && subject.kind === 'request') {
          const track = requests.get(subject.id);
          if (track && track.holderId === subject.holderId) (track.overdueClockIds ??= []).push(fact.data.clockId);
        }
        const tally = inPeriod ? tallyOf(subject.holderId) : undefined;
        if (!tally) return;
        increment(tally.breachesByRule, rule);
        if (fact.data.metLate) tally.breachesMetLate += 1;
        else tally.breachesUnmet += 1;
        if (rule === 'C4') tally.questionsUnansweredByEnd += 1;
        return;
      }
      case 'ClockStopped': {
        if (subject.kind === 'request') {
          const track = requests.get(subject.id);
          if (track?.overdueClockIds) {
            const at = track.overdueClockIds.indexOf(fact.data.clockId);
            if (at >= 0) track.overdueClockIds.splice(at, 1);
            if (track.overdueClockIds.length === 0) track.overdueClockIds = null;
          }
        }
        if (rule !== 'R4' || fact.data.outcome !== 'met') return;
        const tally = inPeriod ? tallyOf(subject.holderId) : undefined;
        if (!tally) return;
        if (fact.data.late) tally.answeredLate += 1;
        else tally.answeredOnTime += 1;
        return;
      }
      default:
        return;
    }
  }

  function applyOtherFact(fact: CountedFact, inPeriod: boolean): void {
    switch (fact.type) {
      case 'HolderRegistered':
        holders.set(fact.data.holderId, { name: fact.data.name, kind: fact.data.kind });
        tallyOf(fact.data.holderId);
        return;
      case 'HolderKindRecorded': {
        const holder = holders.get(fact.data.holderId);
        if (holder) holder.kind = fact.data.kind;
        return;
      }
      default:
        break;
    }
    if (!inPeriod) return;
    const tally = tallyOf((fact.data as { holderId: string }).holderId);
    if (!tally) return;
    switch (fact.type) {
      case 'ConferenceClosed':
        tally.conferencesHeld += 1;
        return;
      case 'ConferenceQuestionAsked':
        tally.questionsAsked += 1;
        return;
      case 'ConferenceQuestionAnswered':
        tally.questionsAnswered += 1;
        return;
      case 'TopicApplicationSubmitted':
        tally.topicApplications += 1;
        return;
      case 'TopicApplicationAccepted':
        tally.topicApplicationsAccepted += 1;
        return;
      case 'TopicApplicationRefused':
        tally.topicApplicationsRefused += 1;
        return;
      case 'SurveyClosed':
        tally.surveysHeld += 1;
        surveyOf(tally, fact.data.surveyId).closedInPeriod = true;
        return;
      case 'BallotCast':
        tally.ballotsCast += 1;
        surveyOf(tally, fact.data.surveyId).ballotsCast += 1;
        return;
      default:
        return;
    }
  }

  function surveyOf(tally: HolderTally, surveyId: string) {
    let survey = tally.surveys.get(surveyId);
    if (!survey) {
      survey = { ballotsCast: 0, closedInPeriod: false };
      tally.surveys.set(surveyId, survey);
    }
    return survey;
  }

  return {
    apply(recorded: RecordedEvent): void {
      factsSeen += 1;
      lastPosition = recorded.position;
      if (Date.parse(recorded.recordedAt) > asOfMs) return;
      factsReplayed += 1;
      positionReached = recorded.position;
      let fact = recorded as unknown as CountedFact;
      if (!KNOWN_V1_TYPES.has(recorded.type)) {
        // Clock facts stored before the family was one (`Deadline*`, ...) are read as it.
        const upcast = upcastClockEvent(recorded);
        if (upcast === undefined) return;
        fact = upcast as unknown as CountedFact;
      } else if (recorded.schemaVersion !== 1) {
        increment(unreadFacts, `${recorded.type}@v${recorded.schemaVersion}`);
        return;
      }
      const occurredMs = Date.parse(recorded.metadata.occurredAt);
      // After the period nothing counts: a fact counts in the period it happened in.
      if (occurredMs >= periodEndMs) return;
      const inPeriod = occurredMs >= periodStartMs;
      if (fact.type.startsWith('Clock')) applyClockFact(fact as ClockEvent, inPeriod);
      else if (fact.type.startsWith('Request') || fact.type === 'DeadlineExtended' || fact.type === 'AnswerRated')
        applyRequestFact(fact as RequestEvent, occurredMs, inPeriod);
      else applyOtherFact(fact, inPeriod);
    },
    finish(): AnnualReport {
      return finishReport({
        options,
        months,
        tallies,
        holders,
        openRequests: [...requests.values()].map((track) => ({
          holderId: track.holderId,
          submittedMonth: track.submittedMonth,
          overdue: track.overdueClockIds !== null,
        })),
        factsReplayed,
        positionReached: formatted(positionReached),
        calendarVersions,
        unreadFacts,
      });
    },
    get factsSeen() {
      return factsSeen;
    },
    get lastPosition() {
      return formatted(lastPosition);
    },
    get requestsTracked() {
      return requests.size;
    },
  };
}

/** As `formatPosition` of @od/event-store writes it (not imported: its index brings the PostgreSQL adapter). */
function formatted(position: RecordedEvent['position'] | null): string | null {
  return position === null ? null : `${position.transactionId}:${position.sequence}`;
}

/** The report of all the facts at once (they are still folded one by one). */
export function buildReport(facts: Iterable<RecordedEvent>, options: ReportOptions): AnnualReport {
  const fold = startReport(options);
  for (const fact of facts) fold.apply(fact);
  return fold.finish();
}
