import { chartGeometry, countClocks } from './clock-chart';

describe('the clocks chart', () => {
  const clocks = [
    { rule: 'R4', status: 'running' },
    { rule: 'R4', status: 'met' },
    { rule: 'R4', status: 'met' },
    { rule: 'R10', status: 'breached' },
    { rule: 'R2', status: 'met_late' },
    { rule: 'R2', status: 'superseded' },
  ] as const;

  it('given clocks of several rules, when counted, then by rule in rule order and status, superseded ones left out', () => {
    const counts = countClocks(clocks);
    expect(counts.rules.map((row) => row.rule)).toEqual(['R2', 'R4', 'R10']);
    expect(counts.rules[1].counts).toEqual({ running: 1, met: 2, met_late: 0, breached: 0 });
    expect(counts.rules[0].counts).toEqual({ running: 0, met: 0, met_late: 1, breached: 0 });
    expect(counts.max).toBe(2);
  });

  it('given the counts, when drawn, then the largest bar is the full width, half of it half, and none has no length', () => {
    const chart = chartGeometry(countClocks(clocks));
    const r4 = chart.groups[1].bars;
    expect(r4.map((bar) => bar.count)).toEqual([1, 2, 0, 0]);
    expect(r4[0].width * 2).toBe(r4[1].width);
    expect(r4[2].width).toBe(0);
    expect(chart.height).toBeGreaterThan(0);
  });

  it('given no clocks, when drawn, then there is nothing to draw', () => {
    expect(chartGeometry(countClocks([]))).toMatchObject({ groups: [], height: 0 });
  });
});
