import type { AnnualReport, Figures, HolderReport } from './annual-report';
import { buildReport, startReport } from './report-fold';
import { reportAsCsv, reportAsJson, sha256Hex } from './report-output';
import { ReportOptionsError, type ReportOptions } from './report-options';
import { reportRules } from './report-rules';
import { History, maskDigits } from './report-test-builders';
import { AS_OF, PERIOD_2026, scriptedHistory } from './scripted-history';

const options: ReportOptions = { period: PERIOD_2026, asOf: AS_OF, redact: maskDigits };
const months = (counts: Record<string, number>) =>
  Object.fromEntries(Array.from({ length: 12 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}`).map((month) => [month, counts[month] ?? 0]));
const holder = (report: AnnualReport, holderId: string) => report.holders.find((one) => one.holderId === holderId) as HolderReport;
const noBreaches = { R2: 0, R3: 0, R4: 0, R5: 0, R6: 0, C1: 0, C2: 0, C3: 0, C4: 0, C5: 0, C6: 0 };

describe('the annual report of a scripted history (hand-computed figures)', () => {
  const report = buildReport(scriptedHistory().facts, options);

  it('given the scripted 2026, then Kazatomprom: 7 received (r13 on 1 Jan Almaty, r4 redirected in; not r10 of 2025 nor r12 of 1 Jan 2027), 4 of 6 answers on time, r8 open and overdue, r9 open (its answer recorded after the as-of)', () => {
    const expected: Figures = {
      requests: {
        received: 7,
        receivedByMonth: months({ '2026-01': 1, '2026-03': 1, '2026-04': 1, '2026-05': 1, '2026-06': 1, '2026-12': 2 }),
        redirectedIn: 1,
        redirectedOut: 0,
        accepted: 6,
        returned: 0,
        returnedByReason: {},
        refused: 0,
        refusedByGround: {},
        answered: 6,
        answeredByMonth: months({ '2026-01': 2, '2026-03': 1, '2026-04': 1, '2026-05': 1, '2026-06': 1 }),
        answeredOnTime: 4,
        answeredLate: 2,
        answeredNotTimed: 0,
        onTimeSharePercent: 66.7,
        openAtEnd: 2,
        overdueAtEnd: 1,
        extensions: 1,
        // Days: r4 3, r1 8, r13 9, r10 16, r2 19, r3 21. Median: rank ⌈0.5·6⌉ = 3 → 9; 90th: rank ⌈0.9·6⌉ = 6 → 21.
        daysToAnswer: { answers: 6, median: 9, percentile90: 21 },
      },
      ratings: { likes: 1, dislikes: 1, dislikeSharePercent: 50, dislikeReasons: { 'Неполный ответ, звонил на [phone]': 1 }, dislikeReasonsRedacted: true },
      // R4: r10 (due 5 Jan Almaty), r2 (an old DeadlineBreached), r8; C4: q2.
      breaches: { total: 4, byRule: { ...noBreaches, R4: 3, C4: 1 }, unmet: 4, metLate: 0 },
      conferences: {
        held: 1,
        questionsAsked: 2,
        questionsAnswered: 2,
        questionsUnansweredByEnd: 1,
        topicApplications: 0,
        topicApplicationsAccepted: 0,
        topicApplicationsRefused: 0,
      },
      surveys: { held: 0, ballotsCast: 0, turnout: [] },
    };
    expect(holder(report, 'kap').figures).toEqual(expected);
    expect(holder(report, 'kap').name).toEqual({ kk: 'Kazatomprom kk', ru: 'Kazatomprom ru', en: 'Kazatomprom' });
  });

  it('given the scripted 2026, then KazMunayGas: r4 redirected out (not received), returns by reason, a refusal by ground, the R2 breach, a survey with 3 ballots', () => {
    const expected: Figures = {
      requests: {
        received: 4,
        receivedByMonth: months({ '2026-07': 3, '2026-08': 1 }),
        redirectedIn: 0,
        redirectedOut: 1,
        accepted: 1,
        returned: 2,
        returnedByReason: { information_not_identifiable: 1, not_a_request_for_information: 1 },
        refused: 1,
        refusedByGround: { state_secrets: 1 },
        answered: 1,
        answeredByMonth: months({ '2026-08': 1 }),
        answeredOnTime: 1,
        answeredLate: 0,
        answeredNotTimed: 0,
        onTimeSharePercent: 100,
        openAtEnd: 0,
        overdueAtEnd: 0,
        extensions: 0,
        daysToAnswer: { answers: 1, median: 9, percentile90: 9 },
      },
      ratings: { likes: 1, dislikes: 0, dislikeSharePercent: 0, dislikeReasons: {}, dislikeReasonsRedacted: false },
      breaches: { total: 1, byRule: { ...noBreaches, R2: 1 }, unmet: 1, metLate: 0 },
      conferences: {
        held: 0,
        questionsAsked: 0,
        questionsAnswered: 0,
        questionsUnansweredByEnd: 0,
        topicApplications: 0,
        topicApplicationsAccepted: 0,
        topicApplicationsRefused: 0,
      },
      surveys: { held: 1, ballotsCast: 3, turnout: [{ surveyId: 'survey-1', ballotsCast: 3, closedInPeriod: true }] },
    };
    expect(holder(report, 'kmg').figures).toEqual(expected);
  });

  it('given the scripted 2026, then the total merges the holders (the median over all 7 answers: rank 4 → 9 days) and Samruk-Kazyna has a row of zeros', () => {
    expect(report.holders.map((one) => one.holderId)).toEqual(['kap', 'kmg', 'samruk']);
    expect(holder(report, 'samruk').figures.requests.received).toBe(0);
    expect(report.total.requests).toMatchObject({
      received: 11,
      answered: 7,
      answeredOnTime: 5,
      answeredLate: 2,
      onTimeSharePercent: 71.4,
      openAtEnd: 2,
      overdueAtEnd: 1,
    });
    expect(report.total.requests.daysToAnswer).toEqual({ answers: 7, median: 9, percentile90: 21 });
    expect(report.total.breaches).toEqual({ total: 5, byRule: { ...noBreaches, R2: 1, R4: 3, C4: 1 }, unmet: 5, metLate: 0 });
  });

  it('given the scripted 2026, then its inputs: period, as-of, the position of the last fact recorded by then, the calendar versions of the clocks, the fact of an unknown schema listed', () => {
    const facts = scriptedHistory().facts;
    const lastCounted = [...facts].reverse().find((fact) => fact.recordedAt <= AS_OF) as (typeof facts)[number];
    expect(report.inputs).toEqual({
      period: { from: '2026-01-01', to: '2026-12-31', timeZone: 'Asia/Almaty' },
      asOf: AS_OF,
      holderIds: null,
      positionReached: `${lastCounted.position.transactionId}:${lastCounted.position.sequence}`,
      factsReplayed: facts.length - 1,
      calendarVersions: ['2026.1'],
      codeVersion: null,
      previousPeriod: null,
    });
    expect(report.unreadFacts).toEqual({ 'RequestAnswered@v2': 1 });
  });

  it('given the rules, then Kazatomprom has its problems and shortcoming in words, KazMunayGas its strengths, each naming its rule', () => {
    expect(holder(report, 'kap').findings.map((finding) => [finding.ruleId, finding.kind, finding.value])).toEqual([
      ['on-time-share-below-80', 'problem', 66.7],
      ['overdue-at-end', 'problem', 1],
      ['questions-unanswered-c4', 'problem', 1],
      ['most-breaches-under', 'shortcoming', 'R4'],
    ]);
    expect(holder(report, 'kap').findings[0].text).toEqual({
      kk: 'Жауаптардың тек 66.7 % мерзімінде берілді (80 %-дан төмен, R4).',
      ru: 'В срок дано лишь 66.7 % ответов (ниже 80 %, R4).',
      en: 'Only 66.7 % of answers were on time (below 80 %, R4).',
    });
    expect(holder(report, 'kap').findings[3].text.en).toBe('Most breaches were under rule R4 (3).');
    expect(holder(report, 'kmg').findings.map((finding) => [finding.ruleId, finding.kind, finding.value])).toEqual([
      ['most-breaches-under', 'shortcoming', 'R2'],
      ['on-time-share-at-least-95', 'strength', 100],
      ['no-dislikes', 'strength', 0],
    ]);
    expect(holder(report, 'samruk').findings).toEqual([]);
    expect(report.rules).toBe(reportRules);
  });

  it('given the default minimum of 10 requests, then nobody is ranked, each with the reason; given a minimum of 3, then KazMunayGas first, Kazatomprom second', () => {
    expect(report.ranking.ranked).toEqual([]);
    expect(report.ranking.notRanked.map((one) => [one.holderId, one.reason, one.received])).toEqual([
      ['kap', 'too_few_requests', 7],
      ['kmg', 'too_few_requests', 4],
      ['samruk', 'too_few_requests', 0],
    ]);
    expect(report.ranking.notRanked[0].text.en).toBe('Received 7 requests in the period, fewer than 10: not ranked.');

    const rules = { ...reportRules, ranking: { ...reportRules.ranking, minimumRequestsToRank: 3 } };
    const ranked = buildReport(scriptedHistory().facts, { ...options, rules }).ranking;
    expect(ranked.ranked).toEqual([
      { holderId: 'kmg', rank: 1, onTimeSharePercent: 100, received: 4 },
      { holderId: 'kap', rank: 2, onTimeSharePercent: 66.7, received: 7 },
    ]);
    expect(ranked.notRanked.map((one) => one.holderId)).toEqual(['samruk']);
  });

  it('given a previous report with a lower on-time share, then "improved on the previous period by N points"', () => {
    const previous = buildReport(scriptedHistory().facts, { ...options, period: { from: '2026-01-01', to: '2026-06-30' } });
    // Jan–Jun: kap answered r10 late, r13, r1, r3, r4 on time, r2 late: 4 of 6 = 66.7 %; kmg had no timed answer.
    expect(holder(previous, 'kap').figures.requests.onTimeSharePercent).toBe(66.7);
    const lowered = {
      ...previous,
      holders: previous.holders.map((one) =>
        one.holderId === 'kap' ? { ...one, figures: { ...one.figures, requests: { ...one.figures.requests, onTimeSharePercent: 50 } } } : one,
      ),
    };
    const withPrevious = buildReport(scriptedHistory().facts, { ...options, previous: lowered });
    const improved = holder(withPrevious, 'kap').findings.find((finding) => finding.ruleId === 'on-time-share-improved-5');
    expect(improved?.text.en).toBe('The on-time share improved on the previous period by 16.7 points (50 % → 66.7 %).');
    expect(withPrevious.inputs.previousPeriod).toEqual({ from: '2026-01-01', to: '2026-06-30' });
  });
});

describe('as of, period edges, determinism', () => {
  it('given facts recorded after the as-of appended, then byte-identical JSON and CSV; given a later as-of, then r8 and r9 answered and late-1 open', () => {
    const first = reportAsJson(buildReport(scriptedHistory().facts, options));
    expect(reportAsJson(buildReport(scriptedHistory().facts, options))).toBe(first);

    const later = scriptedHistory();
    later.submitted('late-1', 'kap', '2026-11-01T05:00:00Z', { recordedAt: '2027-02-01T00:00:00Z' });
    later.answered('r8', 'kap', '2026-12-20T05:00:00Z', { recordedAt: '2027-02-01T00:00:00Z' });
    const withLater = buildReport(later.facts, options);
    expect(reportAsJson(withLater)).toBe(first);
    expect(reportAsCsv(withLater)).toBe(reportAsCsv(buildReport(scriptedHistory().facts, options)));

    const asOfLater = buildReport(later.facts, { ...options, asOf: '2027-03-01T00:00:00Z' });
    expect(holder(asOfLater, 'kap').figures.requests).toMatchObject({ received: 8, answered: 8, openAtEnd: 1, overdueAtEnd: 0 });
  });

  it('given the same facts with the holders registered in another order, then the same bytes and the same SHA-256', () => {
    const one = reportAsJson(buildReport(scriptedHistory(['kap', 'kmg', 'samruk']).facts, options));
    const other = reportAsJson(buildReport(scriptedHistory(['samruk', 'kmg', 'kap']).facts, options));
    expect(other).toBe(one);
    expect(sha256Hex(other)).toBe(sha256Hex(one));
    expect(sha256Hex(one)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('given submissions at Almaty midnight edges, then each counts in the year of its Almaty date', () => {
    const edges = new History()
      .submitted('a', 'kap', '2025-12-31T18:59:59.999Z') // 31 Dec 2025, 23:59:59.999 in Almaty
      .submitted('b', 'kap', '2025-12-31T19:00:00Z') // 1 Jan 2026, 00:00
      .submitted('c', 'kap', '2026-12-31T18:59:59Z') // 31 Dec 2026, 23:59:59
      .submitted('d', 'kap', '2026-12-31T19:30:00Z'); // 1 Jan 2027, 00:30
    const figures = holder(buildReport(edges.facts, options), 'kap').figures.requests;
    expect(figures.received).toBe(2);
    expect(figures.receivedByMonth).toMatchObject({ '2026-01': 1, '2026-12': 1 });
    // a was submitted before the period and is still open at its end; d not yet submitted by then.
    expect(figures.openAtEnd).toBe(3);
  });

  it('given a holder list, then only those holders, and the total only over them', () => {
    const report = buildReport(scriptedHistory().facts, { ...options, holderIds: ['kmg'] });
    expect(report.holders.map((one) => one.holderId)).toEqual(['kmg']);
    expect(report.total.requests.received).toBe(4);
    expect(report.inputs.holderIds).toEqual(['kmg']);
  });

  it('given the fold fed fact by fact and finished twice, then the same report as buildReport, and it counts what it saw', () => {
    const facts = scriptedHistory().facts;
    const fold = startReport(options);
    facts.forEach((fact) => fold.apply(fact));
    expect(fold.factsSeen).toBe(facts.length);
    expect(fold.lastPosition).toBe(`${facts.length}:${facts.length}`);
    // Only the requests open at the end of the period are kept (r8, r9): the answered, returned and refused ones were dropped.
    expect(fold.requestsTracked).toBe(2);
    const once = reportAsJson(fold.finish());
    expect(reportAsJson(fold.finish())).toBe(once);
    expect(once).toBe(reportAsJson(buildReport(facts, options)));
  });

  it('given bad options, then an error naming the field', () => {
    const error = (bad: Partial<ReportOptions>) => {
      try {
        startReport({ ...options, ...bad });
      } catch (caught) {
        return caught instanceof ReportOptionsError ? caught.field : caught;
      }
      return 'no error';
    };
    expect(error({ period: { from: '2026-13-01', to: '2026-12-31' } })).toBe('period.from');
    expect(error({ period: { from: '2026-12-31', to: '2026-01-01' } })).toBe('period.to');
    expect(error({ asOf: '2027-01-10' })).toBe('asOf');
    expect(error({ holderIds: [] })).toBe('holderIds');
  });
});

describe('other facts', () => {
  it('given topic applications (C5) and an old ConferenceDeadlineBreached of a topic application, then they count for the holder, the breach under C5', () => {
    const at = '2026-02-02T05:00:00Z';
    const history = new History()
      .add(
        'TopicApplicationSubmitted',
        { applicationId: 'app-1', holderId: 'kap', applicant: { kind: 'citizen', id: '1' }, topic: 't', text: 'x', language: 'kk', submittedAt: at },
        { at },
      )
      .add(
        'TopicApplicationSubmitted',
        { applicationId: 'app-2', holderId: 'kap', applicant: { kind: 'citizen', id: '1' }, topic: 't', text: 'x', language: 'kk', submittedAt: at },
        { at },
      )
      .add('TopicApplicationAccepted', { applicationId: 'app-1', holderId: 'kap', acceptedAt: at, late: false }, { at })
      .add(
        'ConferenceDeadlineBreached',
        { clockId: 'c5', rule: 'C5', holderId: 'kap', subjectId: 'app-2', dueAt: '2026-02-09T19:00:00Z', breachedAt: '2026-02-09T19:00:00Z', metLate: false },
        { at: '2026-02-09T19:00:00Z' },
      )
      .add(
        'TopicApplicationRefused',
        { applicationId: 'app-2', holderId: 'kap', reason: 'not ours', refusedAt: '2026-02-11T05:00:00Z', late: true },
        { at: '2026-02-11T05:00:00Z' },
      );
    const figures = holder(buildReport(history.facts, options), 'kap').figures;
    expect(figures.conferences).toMatchObject({ topicApplications: 2, topicApplicationsAccepted: 1, topicApplicationsRefused: 1, questionsUnansweredByEnd: 0 });
    expect(figures.breaches).toEqual({ total: 1, byRule: { ...noBreaches, C5: 1 }, unmet: 1, metLate: 0 });
  });

  it('given a request redirected from a listed holder to one left out, then the listed one counts it redirected out, and nobody counts it received', () => {
    const history = new History().submitted('x', 'kmg', '2026-03-02T05:00:00Z').redirected('x', 'kmg', 'kap', '2026-03-03T05:00:00Z');
    const report = buildReport(history.facts, { ...options, holderIds: ['kmg'] });
    expect(
      report.holders.map((one) => [one.holderId, one.figures.requests.received, one.figures.requests.redirectedOut, one.figures.requests.openAtEnd]),
    ).toEqual([['kmg', 0, 1, 0]]);
    const everyone = buildReport(history.facts, options);
    expect(holder(everyone, 'kap').figures.requests).toMatchObject({ received: 1, redirectedIn: 1, openAtEnd: 1 });
  });
});

describe('the CSV', () => {
  it('given the scripted report, then a header, a row per holder and a total row, names quoted only when needed', () => {
    const lines = reportAsCsv(buildReport(scriptedHistory().facts, options)).split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0].split(',').slice(0, 6)).toEqual(['holderId', 'nameKk', 'nameRu', 'nameEn', 'received', 'redirectedIn']);
    expect(lines[1].split(',').slice(0, 6)).toEqual(['kap', 'Kazatomprom kk', 'Kazatomprom ru', 'Kazatomprom', '7', '1']);
    expect(lines[4].split(',').slice(0, 5)).toEqual(['total', '', '', '', '11']);
    expect(lines[5]).toBe('');
  });

  it('given a name with a comma and quotes, then that cell is quoted with its quotes doubled', () => {
    const csv = reportAsCsv(buildReport(new History().holder('odd', 'Samruk, "Kazyna"').facts, options));
    expect(csv.split('\r\n')[1]).toMatch(/^odd,"Samruk, ""Kazyna"" kk","Samruk, ""Kazyna"" ru","Samruk, ""Kazyna""",0,/);
  });
});
