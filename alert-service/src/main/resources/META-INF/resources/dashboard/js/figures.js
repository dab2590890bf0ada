// The figures board: per actor and category, the figures reported and who reported them. A board's sources stand
// side by side, so that estimates that contradict each other are read together.

import { getJson, segment } from './api.js';
import { CATEGORY, bilingual, dateTime, el, estimate, number } from './format.js';

const actorName = (board) => (board.actor === '-' ? 'غير محددة' : board.actorAr ?? board.actor);
const conflictBadge = () => el('span', { class: 'conflict' }, '⚠ تقديرات متضاربة');

export class FiguresBoard {
  constructor({ table, detail, message }) {
    this.body = table.tBodies[0];
    this.detail = detail;
    this.message = message;
    this.selected = null;
  }

  async load() {
    const { boards } = await getJson('figures');
    this.message.textContent = boards.length ? '' : 'لا أرقام مرصودة بعد.';
    this.body.replaceChildren(...boards.map((board) => this.row(board)));
    // Open the board the desk most needs to see: where the sources disagree.
    const first = this.selected ?? boards.find((b) => b.conflicting) ?? boards[0];
    if (first) await this.open(first);
  }

  row(board) {
    const key = `${board.actor}/${board.category}`;
    const latest = board.latest;
    return el('tr', { 'data-board': key, class: this.key(this.selected) === key ? 'selected' : null,
      onclick: () => this.open(board) },
    el('td', {}, el('button', { type: 'button', class: 'board-link', 'aria-controls': 'board-detail' }, actorName(board)),
      board.actorAr && board.actor !== '-' ? [' ', el('span', { class: 'en', lang: 'en' }, board.actor)] : null),
    el('td', {}, CATEGORY[board.category] ?? board.category),
    el('td', {}, estimate(latest), el('div', { class: 'hint' }, latest.speakerAr ?? latest.source)),
    el('td', {}, number(board.reports)),
    el('td', {}, number(board.sources)),
    el('td', {}, board.min === board.max ? number(board.min) : `من ${number(board.min)} إلى ${number(board.max)}`,
      board.conflicting ? [' ', conflictBadge()] : null));
  }

  key(board) {
    return board ? `${board.actor}/${board.category}` : null;
  }

  async open(board) {
    this.selected = { actor: board.actor, category: board.category };
    for (const tr of this.body.rows) tr.classList.toggle('selected', tr.dataset.board === this.key(board));
    try {
      const detail = await getJson(`figures/${segment(board.actor)}/${segment(board.category)}`);
      this.detail.replaceChildren(this.detailView(detail));
    } catch (error) {
      this.detail.replaceChildren(el('p', { class: 'message error' }, error.message));
    }
  }

  detailView(board) {
    return el('section', { 'aria-label': 'تقديرات المصادر' },
      el('h3', {}, `${actorName(board)} × ${CATEGORY[board.category] ?? board.category}`, ' ',
        el('span', { class: 'en', lang: 'en' }, `${board.actor} × ${board.category}`), ' ',
        board.conflicting ? conflictBadge() : null),
      el('div', { class: 'sources' }, board.sources.map((source) => this.sourceCard(source))));
  }

  sourceCard(source) {
    const latest = source.latest;
    const older = source.reports.slice(1);
    return el('article', { class: 'source' },
      el('h4', {}, source.sourceAr ?? source.source,
        source.sourceAr ? [' ', el('span', { class: 'en', lang: 'en' }, source.source)] : null),
      el('p', { class: 'estimate' }, estimate(latest)),
      el('p', { class: 'said' }, `«${latest.text}»`),
      el('p', { class: 'where' },
        [latest.placeAr ?? latest.place, dateTime(latest.reportedAt), latest.outlet].filter(Boolean).join(' · ')),
      latest.url ? el('a', { href: latest.url, target: '_blank', rel: 'noopener noreferrer', class: 'hint' }, latest.title)
        : el('span', { class: 'hint' }, latest.title),
      older.length > 0 && el('details', {},
        el('summary', {}, bilingual(`تقديرات سابقة (${number(older.length)})`, 'earlier')),
        el('ul', {}, older.map((r) => el('li', {}, `${estimate(r)} — ${dateTime(r.reportedAt)} · ${r.outlet}`)))));
  }
}
