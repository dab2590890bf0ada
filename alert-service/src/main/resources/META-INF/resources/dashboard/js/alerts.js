// The live alert feed: the newest alerts first, kept up to date from the live stream, with the analyst's
// acknowledge and resolve. Selecting an alert opens its evidence and shows its series on the chart.

import { postJson } from './api.js';
import { evidencePanel } from './evidence.js';
import { SEVERITY, STATUS, bilingual, dateTime, el, number, seriesLabel, topicLabel } from './format.js';

const ACTIONS = [
  { path: 'acknowledge', label: 'إقرار', english: 'Acknowledge', closedBy: ['ACKNOWLEDGED', 'RESOLVED'] },
  { path: 'resolve', label: 'إغلاق', english: 'Resolve', closedBy: ['RESOLVED'] },
];

/** Windows longer than the usual hour (a slow build-up over a day): " · نافذة 24 ساعة". */
function windowLabel(window) {
  const hours = /^PT(\d+)H$/.exec(window ?? '')?.[1];
  return hours && hours !== '1' ? ` · نافذة ${number(Number(hours))} ساعة` : null;
}

export class AlertFeed {
  constructor({ list, count, message, analyst, onSelect }) {
    this.list = list;
    this.count = count;
    this.message = message;
    this.analyst = analyst;
    this.onSelect = onSelect;
    this.alerts = new Map();
    this.selected = null;
    this.sent = new Set(); // alerts whose action awaits its echo on the stream
    this.notes = new Map(); // what the analyst is typing, which a redraw must not lose
  }

  replaceAll(alerts) {
    this.alerts = new Map(alerts.map((a) => [a.id, a]));
    this.render();
  }

  /** A change from the stream: the alert as it now is. */
  upsert(alert) {
    const isNew = !this.alerts.has(alert.id);
    this.alerts.set(alert.id, alert);
    this.sent.delete(alert.id);
    if (isNew) this.say(`تنبيه جديد: ${topicLabel(alert.topic)}`);
    this.render();
  }

  newest() {
    return this.sorted()[0];
  }

  sorted() {
    return [...this.alerts.values()].sort((a, b) => b.raisedAt.localeCompare(a.raisedAt) || a.id.localeCompare(b.id));
  }

  /** Opens (or closes) an alert; {focus} when the analyst chose it, not when the page opens the newest. */
  select(id, { focus = true } = {}) {
    this.selected = this.selected === id ? null : id;
    this.render();
    const alert = this.alerts.get(id);
    if (this.selected && alert) this.onSelect(alert);
    if (focus) this.list.querySelector(`[data-id="${CSS.escape(id)}"] .alert-title`)?.focus();
  }

  say(text, error = false) {
    this.message.textContent = text;
    this.message.classList.toggle('error', error);
  }

  render() {
    const alerts = this.sorted();
    this.count.textContent = alerts.length ? `(${number(alerts.length)})` : '';
    if (alerts.length === 0 && !this.message.textContent) this.say('لا تنبيهات بعد.');
    // A change on the stream redraws the list: the control the analyst was in keeps the focus.
    const active = document.activeElement;
    const activeRow = this.list.contains(active) ? active.closest('[data-id]')?.dataset.id : null;
    const activeClass = active?.classList?.[0];
    this.list.replaceChildren(...alerts.map((alert) => this.row(alert)));
    if (activeRow && activeClass) {
      this.list.querySelector(`[data-id="${CSS.escape(activeRow)}"] .${CSS.escape(activeClass)}`)?.focus();
    }
  }

  row(alert) {
    const open = this.selected === alert.id;
    const evidenceId = `evidence-${alert.id}`;
    const headline = alert.evidence?.[0]?.title ?? alert.explanation;
    const place = alert.place ? el('bdi', {}, alert.place) : 'كل الأماكن';
    // A new series' alert comes from the fixed threshold: it has no baseline, so "0 expected" would mislead.
    const against = alert.expected > 0
      ? ` · ${number(alert.observed)} مقالات مقابل ${number(alert.expected)} متوقعة`
      : ` · ${number(alert.observed)} مقالات (حد ثابت: سلسلة جديدة بلا خط أساس)`;
    return el('li', {
      class: `alert sev-${alert.severity} status-${alert.status}${open ? ' selected' : ''}`,
      'data-id': alert.id,
      'data-series': alert.series,
    },
    el('div', { class: 'alert-head' },
      el('span', { class: 'badge sev' }, bilingual(SEVERITY[alert.severity] ?? alert.severity, alert.severity)),
      el('span', { class: 'badge status' }, STATUS[alert.status] ?? alert.status),
      alert.acknowledgedBy && el('span', { class: 'hint' }, `— ${alert.acknowledgedBy}`),
      el('time', { datetime: alert.raisedAt }, dateTime(alert.raisedAt))),
    el('button', {
      class: 'alert-title', type: 'button', 'aria-expanded': String(open), 'aria-controls': evidenceId,
      onclick: () => this.select(alert.id),
    }, headline),
    el('p', { class: 'alert-meta' },
      topicLabel(alert.topic), ' · ', place, against, ` · ${number(alert.independentSources)} مصادر`,
      windowLabel(alert.window)),
    this.incident(alert),
    el('div', { class: 'alert-actions' },
      ACTIONS.map((action) => el('button', {
        type: 'button',
        class: action.path,
        disabled: action.closedBy.includes(alert.status) || this.sent.has(alert.id),
        onclick: () => this.act(alert, action),
      }, bilingual(action.label, action.english))),
      this.sent.has(alert.id) && el('span', { class: 'sent' }, 'أُرسل، بانتظار التأكيد…')),
    open && evidencePanel(alert, evidenceId, this.notes.get(alert.id), (text) => this.notes.set(alert.id, text)));
  }

  /** The incident the alert is part of: a topic's alert counts its places, a place's alert leads to its topic's. */
  incident(alert) {
    const places = alert.placeAlertIds?.length ?? 0;
    if (places > 0) return el('p', { class: 'alert-incident' }, `حادثة: ${number(places)} أماكن مرتبطة`);
    if (!alert.parentId) return null;
    const parent = this.alerts.get(alert.parentId);
    return el('p', { class: 'alert-incident' }, 'ضمن حادثة: ',
      parent
        ? el('button', { type: 'button', class: 'incident-link', onclick: () => this.select(parent.id) },
          seriesLabel(parent.topic, null))
        : seriesLabel(alert.topic, null));
  }

  async act(alert, action) {
    const analyst = this.analyst.value.trim();
    if (!analyst) {
      this.say('اكتب اسمك في خانة «المحلل» أولاً.', true);
      this.analyst.focus();
      return;
    }
    const note = this.notes.get(alert.id)?.trim() || null;
    try {
      await postJson(`alerts/${encodeURIComponent(alert.id)}/${action.path}`, { analyst, note });
      this.sent.add(alert.id); // the change itself comes back on the stream
      this.notes.delete(alert.id);
      this.say(`${action.label}: أُرسل`);
    } catch (error) {
      this.say(`تعذّر ${action.label}: ${error.message}`, true);
    }
    this.render();
  }
}
