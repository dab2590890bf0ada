// One series over time: the articles observed per window (bars) against what the detector expected (line), with
// the windows the series was in alert shaded. Drawn with uPlot, served from this service.

import uPlot from '../vendor/uplot/uPlot.esm.js';
import { getJson } from './api.js';
import { LOCALE, day, hour, number, seriesLabel } from './format.js';

const COLORS = {
  observed: getComputedStyle(document.documentElement).getPropertyValue('--observed').trim() || '#b4432b',
  expected: getComputedStyle(document.documentElement).getPropertyValue('--expected').trim() || '#1f5f8b',
  alert: 'rgba(180, 67, 43, 0.13)',
};
const FONT = '12px "Noto Sans Arabic", "DejaVu Sans", sans-serif';
const WHEN = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Shades the windows the series was in alert, behind the bars. */
function alertBands(windows) {
  return (u) => {
    const { ctx, bbox } = u;
    ctx.save();
    ctx.fillStyle = COLORS.alert;
    for (const w of windows) {
      if (!w.alert) continue;
      const left = u.valToPos(Date.parse(w.start) / 1000, 'x', true);
      const right = u.valToPos(Date.parse(w.end) / 1000, 'x', true);
      ctx.fillRect(left, bbox.top, right - left, bbox.height);
    }
    ctx.restore();
  };
}

/** Time ticks in Arabic: the hour, with the day where it changes. */
function timeTicks(u, ticks) {
  let lastDay = null;
  return ticks.map((t) => {
    const date = new Date(t * 1000);
    const today = day(date);
    const label = today !== lastDay ? `${hour(date)}\n${today}` : hour(date);
    lastDay = today;
    return label;
  });
}

export class SeriesChart {
  constructor({ container, caption }) {
    this.container = container;
    this.caption = caption;
    this.plot = null;
    new ResizeObserver(() => this.plot?.setSize(this.size())).observe(container);
  }

  size() {
    return { width: Math.max(300, this.container.clientWidth), height: Math.max(180, this.container.clientHeight - 40) };
  }

  /** Draws {topic, place} over the last {hours} hours. */
  async show({ topic, place }, hours) {
    const to = new Date();
    const from = new Date(to.getTime() - hours * 3600 * 1000);
    const chart = await getJson('series', { topic, place, from: from.toISOString(), to: to.toISOString() });
    this.draw(chart);
  }

  draw(chart) {
    const windows = chart.windows;
    this.plot?.destroy();
    this.plot = null;
    const name = seriesLabel(chart.topic, chart.place);
    if (windows.length === 0) {
      this.container.replaceChildren();
      this.caption.textContent = `${name}: لا مقالات في المدة المختارة.`;
      return;
    }
    // x at the middle of each window, so that a bar stands over its hour.
    const half = (Date.parse(windows[0].end) - Date.parse(windows[0].start)) / 2000;
    const data = [
      windows.map((w) => Date.parse(w.start) / 1000 + half),
      windows.map((w) => w.observed),
      windows.map((w) => w.expected),
    ];
    const options = {
      ...this.size(),
      scales: { x: { time: true }, y: { range: (u, min, max) => [0, Math.max(3, Math.ceil(max * 1.15))] } },
      series: [
        { label: 'النافذة', value: (u, ts) => (ts == null ? '—' : WHEN.format(new Date((ts - half) * 1000))) },
        {
          label: 'المرصود (مقالات)', stroke: COLORS.observed, fill: `${COLORS.observed}99`, width: 1,
          paths: uPlot.paths.bars({ size: [0.7, 60] }), points: { show: false },
          value: (u, v) => (v == null ? '—' : number(v)),
        },
        {
          label: 'المتوقع', stroke: COLORS.expected, width: 2, dash: [6, 4], spanGaps: false,
          points: { show: windows.length < 60, size: 5 },
          value: (u, v) => (v == null ? '—' : number(v)),
        },
      ],
      axes: [
        { font: FONT, values: timeTicks, space: 70, gap: 4 },
        { font: FONT, label: 'مقالات في النافذة', labelFont: FONT, values: (u, ticks) => ticks.map(number) },
      ],
      hooks: {
        drawClear: [alertBands(windows)],
        // Without the cursor on the plot, the legend tells the latest window rather than dashes.
        ready: [(u) => u.setLegend({ idx: windows.length - 1 })],
        setCursor: [(u) => { if (u.cursor.idx == null) u.setLegend({ idx: windows.length - 1 }); }],
      },
    };
    this.plot = new uPlot(options, data, this.container);

    const last = windows[windows.length - 1];
    const alerts = windows.filter((w) => w.alert).length;
    const learning = last.learned === false ? ' · السلسلة في فترة التعلّم: يُطبَّق الحد الثابت' : '';
    this.caption.textContent = `${name} · ${number(windows.length)} نافذة · آخرها ${number(last.observed)} مرصودة`
      + (last.expected != null ? ` مقابل ${number(last.expected)} متوقعة` : '')
      + (alerts ? ` · ${number(alerts)} نافذة في حالة تنبيه (مظللة)` : '') + learning;
  }
}
