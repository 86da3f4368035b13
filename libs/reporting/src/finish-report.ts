// From the fold's tallies to the report: open requests settled, figures, findings, ranking, total.
import type { AnnualReport, HolderReport } from './annual-report';
import { countingRules, figureDefinitions } from './figure-definitions';
import { findingsOf } from './findings';
import { figuresOf, HolderTally, incrementAt, sumTallies } from './holder-tally';
import { rankingOf } from './ranking';
import type { FoldResult } from './report-fold';
import { reportRules } from './report-rules';

export function finishReport(result: FoldResult): AnnualReport {
  const { options, months } = result;
  const rules = options.rules ?? reportRules;
  // Copies: finishing twice (a progress report, then the last) must not count the open requests twice.
  const tallies = new Map<string, HolderTally>();
  for (const [holderId, tally] of result.tallies) tallies.set(holderId, sumTallies([tally]));
  for (const open of result.openRequests) {
    let tally = tallies.get(open.holderId);
    if (!tally && !options.holderIds) tallies.set(open.holderId, (tally = new HolderTally()));
    if (!tally) continue;
    tally.openAtEnd += 1;
    if (open.overdue) tally.overdueAtEnd += 1;
    if (open.submittedMonth >= 0) {
      tally.received += 1;
      incrementAt(tally.receivedByMonth, open.submittedMonth);
    }
  }

  const context = { months, redact: options.redact };
  const previousByHolder = new Map((options.previous?.holders ?? []).map((holder) => [holder.holderId, holder.figures]));
  const holderIds = [...tallies.keys()].sort();
  const holders: HolderReport[] = holderIds.map((holderId) => {
    const figures = figuresOf(tallies.get(holderId) as HolderTally, context);
    const registered = result.holders.get(holderId);
    return {
      holderId,
      name: registered?.name ?? null,
      kind: registered?.kind ?? null,
      figures,
      findings: findingsOf(figures, rules.findings, previousByHolder.get(holderId)),
    };
  });

  return {
    reportVersion: 1,
    inputs: {
      period: { from: options.period.from, to: options.period.to, timeZone: 'Asia/Almaty' },
      asOf: options.asOf,
      holderIds: options.holderIds ? [...new Set(options.holderIds)].sort() : null,
      positionReached: result.positionReached,
      factsReplayed: result.factsReplayed,
      calendarVersions: [...result.calendarVersions].sort(),
      codeVersion: options.codeVersion ?? null,
      previousPeriod: options.previous ? { from: options.previous.inputs.period.from, to: options.previous.inputs.period.to } : null,
    },
    definitions: { figures: figureDefinitions, countingRules },
    rules,
    holders,
    total: figuresOf(sumTallies(holderIds.map((holderId) => tallies.get(holderId) as HolderTally)), context),
    ranking: rankingOf(holders, rules.ranking),
    unreadFacts: Object.fromEntries([...result.unreadFacts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}
