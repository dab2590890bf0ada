// The desk's dashboard: live alerts, the chart of a series, the figures board. No framework, no build step.

import { alertChanges, getJson } from './api.js';
import { AlertFeed } from './alerts.js';
import { SeriesChart } from './chart.js';
import { FiguresBoard } from './figures.js';
import { seriesLabel } from './format.js';

const $ = (id) => document.getElementById(id);
const REFRESH_MS = 60_000;

const analyst = $('analyst');
analyst.value = localStorage.getItem('raqib.analyst') ?? '';
analyst.addEventListener('change', () => localStorage.setItem('raqib.analyst', analyst.value.trim()));

// The key travels as a SameSite=Strict cookie: the live stream (EventSource) cannot send a header.
const apiKey = $('api-key');
apiKey.addEventListener('change', () => {
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `raqib-api-key=${encodeURIComponent(apiKey.value.trim())}; Path=/; SameSite=Strict${secure}`;
  location.reload();
});

const seriesSelect = $('series-select');
const rangeSelect = $('series-range');
const chart = new SeriesChart({ container: $('chart'), caption: $('chart-caption') });
const figures = new FiguresBoard({ table: $('boards'), detail: $('board-detail'), message: $('figures-message') });
const feed = new AlertFeed({
  list: $('alert-list'), count: $('alerts-count'), message: $('alerts-message'), analyst,
  onSelect: (alert) => showSeries(alert.series, alert.topic, alert.place),
});

/** Adds the series to the chooser if it is not there yet. */
function ensureOption(series, topic, place) {
  if (![...seriesSelect.options].some((o) => o.value === series)) {
    seriesSelect.append(new Option(seriesLabel(topic, place), series));
    seriesSelect.lastElementChild.dataset.topic = topic;
    seriesSelect.lastElementChild.dataset.place = place ?? '';
  }
}

async function showSeries(series, topic, place) {
  ensureOption(series, topic, place);
  seriesSelect.value = series;
  await drawSelected();
}

async function drawSelected() {
  const option = seriesSelect.selectedOptions[0];
  if (!option) return;
  try {
    await chart.show({ topic: option.dataset.topic, place: option.dataset.place || null }, Number(rangeSelect.value));
  } catch (error) {
    $('chart-caption').textContent = `تعذّر رسم السلسلة: ${error.message}`;
  }
}

async function loadSeriesList() {
  const { series } = await getJson('series');
  for (const s of series) ensureOption(s.series, s.topic, s.place);
}

function connection(live) {
  const status = $('connection');
  status.textContent = live ? 'بث مباشر' : 'انقطع البث، إعادة المحاولة…';
  status.className = `connection ${live ? 'live' : 'down'}`;
}

async function loadAlerts() {
  const page = await getJson('alerts', { limit: 100 });
  feed.replaceAll(page.alerts);
}

async function start() {
  seriesSelect.addEventListener('change', drawSelected);
  rangeSelect.addEventListener('change', drawSelected);
  try {
    await Promise.all([loadAlerts(), loadSeriesList()]);
  } catch (error) {
    feed.say(`تعذّر تحميل التنبيهات: ${error.message}`, true);
  }
  // Open the newest alert: its evidence and its series are what the desk looks at first.
  const newest = feed.newest();
  if (newest) feed.select(newest.id, { focus: false });
  else await drawSelected();
  figures.load().catch((error) => { $('figures-message').textContent = `تعذّر تحميل الأرقام: ${error.message}`; });

  alertChanges((alert) => {
    feed.upsert(alert);
    if (seriesSelect.value === alert.series) drawSelected();
  }, connection);
  setInterval(() => {
    loadSeriesList().catch(() => {});
    drawSelected();
    figures.load().catch(() => {});
  }, REFRESH_MS);
}

start();
