// An alert's evidence: the articles behind it, their titles with the matched phrases marked. An alert carries each
// article's title, outlet, link and matched phrases, not its body, so the phrases are marked in the title and the
// ones the title does not contain are listed beside it.

import { bilingual, el } from './format.js';
import { highlighted, occursIn } from './highlight.js';

function article(evidence) {
  const phrases = evidence.phrases ?? [];
  const title = evidence.url
    ? el('a', { href: evidence.url, target: '_blank', rel: 'noopener noreferrer' }, highlighted(evidence.title, phrases))
    : el('span', {}, highlighted(evidence.title, phrases));
  return el('li', { class: 'evidence-article' },
    title,
    el('span', { class: 'outlet' }, evidence.source),
    phrases.length > 0 && el('ul', { class: 'phrases', 'aria-label': 'العبارات المطابقة' },
      phrases.map((phrase) => el('li', {
        class: occursIn(evidence.title, phrase) ? 'in-title' : 'elsewhere',
        title: occursIn(evidence.title, phrase) ? 'في العنوان' : 'في نص المقال',
      }, phrase))));
}

/** The drill-down of one alert, with a field for the analyst's note (kept by the caller across redraws). */
export function evidencePanel(alert, id, note, onNote) {
  return el('div', { class: 'evidence', id },
    el('h3', {}, bilingual('الأدلة', 'Evidence')),
    el('p', { class: 'explanation', dir: 'ltr', lang: 'en' }, alert.explanation),
    el('ol', {}, (alert.evidence ?? []).map(article)),
    el('p', { class: 'hint' }, 'العبارات المظللة في العنوان هي ما طابق الموضوع؛ ذات الإطار المتقطع وردت في نص المقال.'),
    el('label', { class: 'note-field' }, 'ملاحظة مع الإقرار أو الإغلاق (اختياري)',
      el('input', { class: 'note', maxlength: '2000', value: note ?? alert.note ?? '',
        oninput: (event) => onNote(event.target.value) })));
}
