// How the desk reads numbers, dates and labels: Arabic text, Western digits (as most outlets print them), local time.

export const LOCALE = 'ar-u-nu-latn';

const numberFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
const dayFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short' });
const hourFormat = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export const number = (value) => numberFormat.format(value);
export const dateTime = (iso) => dateTimeFormat.format(new Date(iso));
export const day = (date) => dayFormat.format(date);
export const hour = (date) => hourFormat.format(date);

export const SEVERITY = { LOW: 'منخفض', MEDIUM: 'متوسط', HIGH: 'مرتفع', CRITICAL: 'حرج' };
export const STATUS = { OPEN: 'مفتوح', UPDATED: 'محدَّث', ACKNOWLEDGED: 'قيد المتابعة', RESOLVED: 'مغلق' };
export const CATEGORY = {
  FIGHTERS: 'مقاتلون', TROOPS: 'قوات', SECURITY_PERSONNEL: 'عناصر أمن', DETAINEES: 'معتقلون',
  CASUALTIES_KILLED: 'قتلى', CASUALTIES_WOUNDED: 'جرحى', PEOPLE: 'أشخاص', WEAPONS: 'أسلحة',
};
// Display names of the taxonomy's topics (nlp-service's taxonomy.tsv); an unknown id is shown as it is.
const TOPIC = {
  border_infiltration: 'التسلل عبر الحدود', prison_break: 'الفرار من السجون', airstrike: 'الغارات الجوية',
  ground_operation: 'العمليات البرية', bombing: 'التفجيرات', kidnapping: 'الخطف', financing: 'تمويل الإرهاب',
  detention: 'الاحتجاز والمعتقلون', resurgence: 'عودة نشاط التنظيم', troop_deployment: 'انتشار القوات',
};

export const topicLabel = (id) => TOPIC[id] ?? id;

/** A series as the desk names it: the topic, and the place when it has one. */
export const seriesLabel = (topic, place) => (place ? `${topicLabel(topic)} — ${place}` : `${topicLabel(topic)} (الكل)`);

/**
 * A reported figure in words, so that a range reads right in RTL: "من 5,000 إلى 7,000", "أكثر من 300",
 * "نحو 2,500". Two numbers joined by a dash would be reordered by the bidi algorithm.
 */
export function estimate({ low, high, approximate, vague }) {
  let text;
  if (low != null && high != null) {
    text = low === high ? number(low) : `من ${number(low)} إلى ${number(high)}`;
  } else if (low != null) {
    text = `أكثر من ${number(low)}`;
  } else {
    text = `حتى ${number(high)}`;
  }
  if (approximate) text = `نحو ${text}`;
  if (vague) text = `${text} (تقدير عام)`;
  return text;
}

/** Builds an element: el('p', { class: 'x', dir: 'ltr' }, 'text', child …). Text is always text, never HTML. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value == null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** An Arabic label with its English name in smaller type. */
export const bilingual = (arabic, english) => [arabic, ' ', el('span', { class: 'en', lang: 'en' }, english)];
