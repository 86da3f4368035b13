// The report's charts as SVG made on the server (issue 13 §2): Vega-Lite specs compiled by `vega-lite` and drawn by
// `vega`'s headless View (`renderer: 'none'`, then `toSVG()`): no browser, no canvas. Without a canvas Vega sizes
// text by its own estimate from the font size, so with the font, sizes and colours fixed here the bytes are the
// same on every run and machine (checked by the HTML unit test).
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

export interface BarDatum {
  readonly label: string;
  readonly value: number;
  /** The value as the reader's language writes it (66,7 in Russian), shown at the bar's end. */
  readonly text: string;
}

export interface SeriesDatum {
  readonly month: string;
  readonly series: string;
  readonly value: number;
}

/** Fixed look: the same font family and sizes everywhere, so the estimated text widths never vary. */
const CONFIG = {
  font: 'Arial, Helvetica, sans-serif',
  background: '#ffffff',
  view: { stroke: null },
  axis: {
    labelFontSize: 12,
    titleFontSize: 12,
    labelColor: '#0b0c0c',
    titleColor: '#0b0c0c',
    domainColor: '#505a5f',
    tickColor: '#505a5f',
    gridColor: '#dcdcdc',
  },
  legend: { labelFontSize: 12, titleFontSize: 12, labelColor: '#0b0c0c', titleColor: '#0b0c0c' },
  title: { fontSize: 14, color: '#0b0c0c', anchor: 'start' as const },
  text: { fontSize: 12, color: '#0b0c0c' },
};

/** Colours with at least 3:1 contrast against white (WCAG 2.1 1.4.11, non-text contrast). */
const BAR_COLOUR = '#1d70b8';
const SERIES_COLOURS = ['#1d70b8', '#d4351c'];

async function svgOf(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Horizontal bars, one per label, with the value written at the bar's end. */
export function horizontalBarChart(options: {
  readonly data: readonly BarDatum[];
  readonly valueTitle: string;
  readonly labelTitle: string;
  readonly maximum?: number;
}): Promise<string> {
  const rows = options.data.length;
  const x = {
    field: 'value',
    type: 'quantitative' as const,
    title: options.valueTitle,
    // Whole numbers without grouping: the same in every language (the exact values are in the bar texts and the table).
    axis: { format: 'd', tickMinStep: 1 },
    ...(options.maximum !== undefined ? { scale: { domain: [0, options.maximum] } } : {}),
  };
  return svgOf({
    config: CONFIG,
    width: 420,
    height: Math.max(1, rows) * 24,
    data: { values: options.data.map((datum) => ({ ...datum })) },
    encoding: {
      y: { field: 'label', type: 'nominal', title: options.labelTitle, sort: null, axis: { labelLimit: 420 } },
      x,
    },
    layer: [
      { mark: { type: 'bar', color: BAR_COLOUR } },
      {
        mark: { type: 'text', align: 'left', dx: 4, color: '#0b0c0c' },
        encoding: { text: { field: 'text', type: 'nominal' } },
      },
    ],
  });
}

/** Grouped bars per month, one colour per series (received, answered). */
export function monthlyChart(options: {
  readonly data: readonly SeriesDatum[];
  readonly months: readonly string[];
  readonly series: readonly string[];
  readonly monthTitle: string;
  readonly valueTitle: string;
  readonly seriesTitle: string;
}): Promise<string> {
  return svgOf({
    config: CONFIG,
    width: { step: 16 },
    height: 200,
    data: { values: options.data.map((datum) => ({ ...datum })) },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'month', type: 'ordinal', title: options.monthTitle, sort: [...options.months], axis: { labelAngle: -45 } },
      xOffset: { field: 'series', type: 'nominal', sort: [...options.series] },
      y: { field: 'value', type: 'quantitative', title: options.valueTitle, axis: { format: 'd', tickMinStep: 1 } },
      color: {
        field: 'series',
        type: 'nominal',
        title: options.seriesTitle,
        sort: [...options.series],
        scale: { domain: [...options.series], range: SERIES_COLOURS },
        legend: { orient: 'top' },
      },
    },
  });
}
