import type { ClockView } from '@od/contracts';

/** The statuses the chart counts (a superseded clock was replaced by another and owes nothing). */
export const CHART_STATUSES = ['running', 'met', 'met_late', 'breached'] as const;
export type ChartStatus = (typeof CHART_STATUSES)[number];

/** The design system's colours for the statuses (as its tags use them), with enough contrast on white. */
const FILL: Record<ChartStatus, string> = { running: '#1d70b8', met: '#00703c', met_late: '#b58840', breached: '#d4351c' };

export interface ClockCounts {
  readonly rules: readonly { readonly rule: string; readonly counts: Readonly<Record<ChartStatus, number>> }[];
  readonly max: number;
}

/** Counts of clocks by rule (in rule order: R2 before R10) and status. */
export function countClocks(clocks: readonly Pick<ClockView, 'rule' | 'status'>[]): ClockCounts {
  const byRule = new Map<string, Record<ChartStatus, number>>();
  for (const clock of clocks) {
    if (!(CHART_STATUSES as readonly string[]).includes(clock.status)) continue;
    const counts = byRule.get(clock.rule) ?? { running: 0, met: 0, met_late: 0, breached: 0 };
    counts[clock.status as ChartStatus] += 1;
    byRule.set(clock.rule, counts);
  }
  const rules = [...byRule.entries()].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })).map(([rule, counts]) => ({ rule, counts }));
  const max = Math.max(0, ...rules.flatMap(({ counts }) => CHART_STATUSES.map((status) => counts[status])));
  return { rules, max };
}

const LABEL_WIDTH = 48;
const CHART_WIDTH = 320;
const BAR_HEIGHT = 12;
const GROUP_GAP = 12;

/**
 * The bars of a grouped horizontal bar chart, drawn in the server's SVG: one group per rule, one bar per status,
 * each as long as its count over the largest count (a linear scale is one division: no library needed).
 */
export function chartGeometry(counts: ClockCounts) {
  const barSpace = CHART_WIDTH - LABEL_WIDTH - 24;
  const groupHeight = CHART_STATUSES.length * BAR_HEIGHT + GROUP_GAP;
  const groups = counts.rules.map(({ rule, counts: byStatus }, index) => {
    const top = index * groupHeight;
    return {
      rule,
      labelY: top + (CHART_STATUSES.length * BAR_HEIGHT) / 2 + 4,
      bars: CHART_STATUSES.map((status, row) => {
        const count = byStatus[status];
        const width = counts.max === 0 ? 0 : Math.round((count / counts.max) * barSpace);
        return { status, count, x: LABEL_WIDTH, y: top + row * BAR_HEIGHT, width, height: BAR_HEIGHT - 2, fill: FILL[status], countX: LABEL_WIDTH + width + 4 };
      }),
    };
  });
  return {
    width: CHART_WIDTH,
    height: Math.max(groupHeight * groups.length - GROUP_GAP, 0),
    groups,
    legend: CHART_STATUSES.map((status) => ({ status, fill: FILL[status] })),
  };
}
