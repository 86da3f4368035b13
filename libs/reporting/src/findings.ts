// A holder's problems, shortcomings and strengths: each rule of `reportRules.findings` that holds, in words.
import { BREACH_RULES, type Figures, type Finding, type Texts } from './annual-report';
import type { ReportRule, ScalarFigure } from './report-rules';

/** The value a rule tests; null when it cannot be said (a share without a base, a median without answers). */
export function scalarFigure(figures: Figures, figure: ScalarFigure): number | null {
  switch (figure) {
    case 'received':
      return figures.requests.received;
    case 'timedAnswers':
      return figures.requests.answeredOnTime + figures.requests.answeredLate;
    case 'onTimeSharePercent':
      return figures.requests.onTimeSharePercent;
    case 'overdueAtEnd':
      return figures.requests.overdueAtEnd;
    case 'medianDaysToAnswer':
      return figures.requests.daysToAnswer.median;
    case 'ratings':
      return figures.ratings.likes + figures.ratings.dislikes;
    case 'dislikes':
      return figures.ratings.dislikes;
    case 'dislikeSharePercent':
      return figures.ratings.dislikeSharePercent;
    case 'breachesTotal':
      return figures.breaches.total;
    case 'questionsUnansweredByEnd':
      return figures.conferences.questionsUnansweredByEnd;
    default: {
      const unknown: never = figure;
      return unknown;
    }
  }
}

function filled(text: Texts, values: Readonly<Record<string, string | number>>): Texts {
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  return { kk: fill(text.kk), ru: fill(text.ru), en: fill(text.en) };
}

/** Points with one decimal, as the shares are given. */
const points = (value: number) => Math.round(value * 10) / 10;

function findingOf(figures: Figures, rule: ReportRule, previous: Figures | undefined): Finding | undefined {
  const { test } = rule;
  const make = (value: number | string, values: Record<string, string | number>): Finding => ({
    ruleId: rule.id,
    kind: rule.kind,
    value,
    text: filled(rule.text, { value, ...values }),
  });
  switch (test.kind) {
    case 'most-breaches-under': {
      let top: string | undefined;
      let count = 0;
      for (const breachRule of BREACH_RULES) {
        const under = figures.breaches.byRule[breachRule] ?? 0;
        if (under > count) [top, count] = [breachRule, under];
      }
      return top !== undefined && count >= test.threshold ? make(top, { count, threshold: test.threshold }) : undefined;
    }
    case 'change-since-previous': {
      const now = scalarFigure(figures, test.figure);
      const before = previous ? scalarFigure(previous, test.figure) : null;
      if (now === null || before === null) return undefined;
      const change = points(test.direction === 'up' ? now - before : before - now);
      return change >= test.threshold ? make(now, { previous: before, change, threshold: test.threshold }) : undefined;
    }
    default: {
      const value = scalarFigure(figures, test.figure);
      if (value === null) return undefined;
      if (test.minimumBase) {
        const base = scalarFigure(figures, test.minimumBase.figure);
        if (base === null || base < test.minimumBase.atLeast) return undefined;
      }
      const holds =
        test.kind === 'below'
          ? value < test.threshold
          : test.kind === 'above'
            ? value > test.threshold
            : test.kind === 'at-least'
              ? value >= test.threshold
              : value === test.threshold;
      return holds ? make(value, { threshold: test.threshold }) : undefined;
    }
  }
}

/** The findings in the order of the rules. */
export function findingsOf(figures: Figures, rules: readonly ReportRule[], previous?: Figures): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const finding = findingOf(figures, rule, previous);
    if (finding) findings.push(finding);
  }
  return findings;
}
