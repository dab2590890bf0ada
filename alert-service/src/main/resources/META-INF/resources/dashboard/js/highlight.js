// The matched phrases, marked in a title. nlp-service matches on folded Arabic (docs/extraction.md, FoldedText):
// harakat, tanween, shadda, sukun and tatweel dropped, alef forms to ا, ة to ه, ى to ي, hamza seats to their letter.
// Folding the same way here finds "تسلل" in "التسلّل" and "محاولة" in "محاوله", and marks the original letters.

import { el } from './format.js';

const DROPPED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/;
const FOLDED = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي', 'ؤ': 'و', 'ئ': 'ي' };

/** The folded text, and for each of its characters the index it came from. */
function fold(text) {
  let folded = '';
  const from = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (DROPPED.test(c)) continue;
    folded += FOLDED[c] ?? c.toLowerCase();
    from.push(i);
  }
  return { folded, from };
}

/** Where the phrases occur in the text, as [start, end) in the original, merged and in order. */
export function matches(text, phrases) {
  const { folded, from } = fold(text);
  const ranges = [];
  for (const phrase of phrases) {
    const needle = fold(phrase.trim()).folded;
    if (!needle) continue;
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
      let end = from[at + needle.length - 1] + 1;
      while (end < text.length && DROPPED.test(text[end])) end++; // a final letter keeps its harakat
      ranges.push([from[at], end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** The text as nodes, with every match in a <mark>. */
export function highlighted(text, phrases) {
  const nodes = [];
  let at = 0;
  for (const [start, end] of matches(text, phrases)) {
    if (start > at) nodes.push(text.slice(at, start));
    nodes.push(el('mark', {}, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}

/** Whether the phrase occurs in the text at all, folded. */
export const occursIn = (text, phrase) => matches(text, [phrase]).length > 0;
