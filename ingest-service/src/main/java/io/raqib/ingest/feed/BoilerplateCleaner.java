package io.raqib.ingest.feed;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleaning for text taken from feeds and article pages.
 *
 * <p>{@link #clean(String)} normalises characters: Unicode NFC (Arabic presentation forms folded back to plain
 * letters, everything else in Arabic left as written), no control, zero-width or bidi formatting characters, no
 * emoji, pictographs, arrows or decorative symbols, tatweel removed where it only stretches a word (between two
 * Arabic letters, never next to a digit), spaces folded, lines trimmed and paragraphs kept as one blank line.
 *
 * <p>{@link #isBoilerplate(String)} judges one paragraph: share and follow lines, "read also" and related-news
 * headers, copyright lines, bylines, issue and page numbers, lines holding only a date, comment and tag
 * headers. Every rule but the copyright one only fires on short paragraphs, so a story sentence that happens to
 * mention Telegram or an issue number stays.
 */
public final class BoilerplateCleaner {

    private static final Pattern TATWEEL = Pattern.compile(
            "(?<=[\\p{IsArabic}&&\\p{L}&&[^\\u0640]]\\p{Mn}{0,3})\\u0640+(?=\\p{Mn}{0,3}[\\p{IsArabic}&&\\p{L}&&[^\\u0640]])");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern LINE_EDGES = Pattern.compile(" *\\n *");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern WORD_SPLIT = Pattern.compile("\\s+");
    private static final Pattern TOKEN_EDGES = Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");
    private static final Pattern HARAKAT = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");

    /* Patterns below run on matchKey(): no diacritics, alef forms folded to ا, ى to ي, ة to ه, Latin lower case. */

    private static final Pattern RELATED_HEAD = Pattern.compile(
            "^(اقرا|طالع|شاهد|تابع) (ايضا|كذلك|المزيد)|^(اخبار|مواضيع|مقالات|قصص|عناوين) (ذات صله|متعلقه|مشابهه|اخري)"
                    + "|^المزيد من|^قد يهمك|^قد يعجبك|^الاكثر (قراءه|مشاهده|تداولا)|^(اخر|اهم) الاخبار|^ذات صله"
                    + "|^related|^read (also|more)|^more (news|stories|from)|^you may also like|^most read");

    /** A rule fires when its pattern is found in a paragraph of at most maxWords words. */
    private record Rule(int maxWords, Pattern pattern) {
        Rule(int maxWords, String regex) {
            this(maxWords, Pattern.compile(regex));
        }
    }

    /** The most words any rule looks at (the copyright rule); longer paragraphs are never boilerplate. */
    private static final int MAX_RULE_WORDS = 30;

    private static final List<Rule> RULES = List.of(
            new Rule(30, "(جميع )?الحقوق محفوظه|حقوق (النشر|الطبع)|all rights reserved|copyright|©|محرر الموقع"),
            new Rule(25, RELATED_HEAD),
            new Rule(12, "^(تابعونا|تابعنا|follow us)"),
            new Rule(12, "^(اشترك|اشتركوا|سجل) (في|ب) (النشره|نشرتنا|قناتنا)|^subscribe|newsletter"),
            new Rule(12, "^(تاريخ النشر|تاريخ الاضافه|نشر في|نشر بتاريخ|اخر تحديث|تم النشر|تم التحديث|published|updated"
                    + "|posted)(\\s*[:：]|.*[0-9٠-٩])"),
            new Rule(12, "^(الوسوم|وسوم|كلمات مفتاحيه|الكلمات المفتاحيه|tags|التصنيفات|التصنيف|تصنيفات|الاقسام)\\s*[:：]"),
            new Rule(5, "^(التعليقات|تعليقات|عدد التعليقات|comments)\\s*([:：(\\[]|[0-9٠-٩]|$)"
                    + "|^(اضف تعليق|اضف تعليقك|اترك تعليقا|اترك ردا|leave a reply|no comments)"),
            new Rule(2, "^(اعلان|اعلانات|advertisement|sponsored|الصفحه الرئيسيه|home)$"),
            new Rule(12, "(عدد )?(المشاهدات|القراءات|الزيارات|مشاهده|قراءه)\\s*[:：]?\\s*[0-9٠-٩]+|[0-9]+ views"),
            new Rule(8, "^(بقلم|كتب|كتبت|تحرير|اعداد|تقرير|المحرر|محرر|مراسل|المراسل|by|written by|editor)\\s*[:：]"
                    + "|^بقلم\\s|^by\\s"),
            // Issue and page numbers: "العدد 4512 - صفحة 7". "وبلغ العدد 150 شخصاً" is a sentence, so an issue
            // number counts at the start of a line or in a very short one.
            new Rule(15, "^(ال)?عدد\\s*(رقم)?\\s*[:\\-–]?\\s*[0-9٠-٩]+(\\s|$)|(^|\\s)(ال)?صفحه\\s*(رقم)?\\s*[:\\-–]?\\s*[0-9٠-٩]+"
                    + "|^(issue|page|no\\.)\\s*[0-9]+"),
            new Rule(6, "(^|\\s)(ال)?عدد\\s*(رقم)?\\s*[:\\-–]?\\s*[0-9٠-٩]+|(^|\\s)(issue|page)\\s*[0-9]+"));

    private static final Set<String> SOCIAL = Set.of(
            "facebook", "twitter", "whatsapp", "telegram", "linkedin", "instagram", "youtube", "tiktok", "x",
            "email", "e-mail", "print", "pinterest", "reddit", "messenger", "share", "tweet", "follow",
            "فيسبوك", "فيس", "بوك", "الفيسبوك", "تويتر", "واتساب", "واتس", "الواتساب", "تلغرام", "تيليغرام", "تيليجرام",
            "تليجرام", "تلجرام", "التلغرام", "انستغرام", "انستجرام", "انستقرام", "يوتيوب", "لينكدان", "لينكد",
            "تيك", "توك", "تيكتوك", "ماسنجر", "طباعه", "شارك", "شاركوا", "شاركها", "مشاركه",
            "المشاركه", "للمشاركه", "غرد", "تغريد", "تابعونا", "تابعنا", "تابعوا", "اكس");
    private static final Set<String> SOCIAL_FILLER = Set.of(
            "على", "علي", "عبر", "في", "من", "مع", "هذا", "هذه", "الخبر", "المقال", "الموضوع", "الرابط", "نسخ",
            "قناتنا", "صفحتنا", "حسابنا", "موقعنا", "قناه", "صفحه", "حساب", "الرسمي", "الرسميه", "البريد",
            "الالكتروني", "اب", "ان", "و", "او", "us", "on", "via", "this", "the", "article", "link", "copy",
            "with", "your", "friends", "and", "or", "اصدقائك", "اخبارنا", "لحظه", "بلحظه", "اولا", "باول");
    private static final Set<String> DATE_WORDS = Set.of(
            "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر",
            "ديسمبر", "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين",
            "الاول", "الثاني", "الاخر", "الاخره", "محرم", "صفر", "ربيع", "جمادي", "رجب", "شعبان", "رمضان", "شوال",
            "ذو", "ذي", "القعده", "الحجه", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
            "الجمعه", "الساعه", "ص", "م", "ه", "هـ", "am", "pm", "gmt", "utc", "بتوقيت", "مكه", "المكرمه", "غرينتش",
            "منذ", "دقيقه", "دقائق", "ساعه", "ساعات", "يوم", "ايام");

    private BoilerplateCleaner() {
    }

    /** Normalises characters and white space, keeping paragraph breaks as one blank line; never null. */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n')
                .replace("\u2029", "\n\n").replace('\u0085', '\n');
        String nfc = Normalizer.normalize(foldPresentationForms(unified), Normalizer.Form.NFC);
        String glyphs = dropNonText(nfc);
        String untatweeled = glyphs.indexOf('\u0640') < 0 ? glyphs : TATWEEL.matcher(glyphs).replaceAll("");
        String spaced = SPACES.matcher(untatweeled).replaceAll(" ");
        String lines = LINE_EDGES.matcher(spaced).replaceAll("\n");
        return BLANK_LINES.matcher(lines).replaceAll("\n\n").strip();
    }

    /** {@link #clean(String)} on one line: titles, authors, categories. */
    public static String cleanLine(String text) {
        return WORD_SPLIT.matcher(clean(text)).replaceAll(" ");
    }

    /** Cleans the text and drops every paragraph (and every line within one) that {@link #isBoilerplate} judges. */
    public static String removeBoilerplate(String text) {
        List<String> kept = new ArrayList<>();
        for (String paragraph : clean(text).split("\n\n")) {
            List<String> lines = new ArrayList<>();
            for (String line : paragraph.split("\n")) {
                if (!isBoilerplate(line)) {
                    lines.add(line);
                }
            }
            if (!lines.isEmpty()) {
                kept.add(String.join("\n", lines));
            }
        }
        return String.join("\n\n", kept);
    }

    /** Whether a paragraph is site furniture rather than story text. */
    public static boolean isBoilerplate(String paragraph) {
        if (paragraph == null) {
            return true;
        }
        if (roughWordCount(paragraph) > MAX_RULE_WORDS) {
            return false; // every rule is about short lines; story paragraphs skip the regexes
        }
        String key = matchKey(paragraph);
        if (key.isEmpty() || !hasLetter(key)) {
            return true;
        }
        String[] words = WORD_SPLIT.split(key);
        for (Rule rule : RULES) {
            if (words.length <= rule.maxWords() && rule.pattern().matcher(key).find()) {
                return true;
            }
        }
        return isSocialLine(words) || isDateLine(words);
    }

    private static int roughWordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** Share bars and follow-us lines: mostly names of social networks and share verbs. */
    private static boolean isSocialLine(String[] words) {
        if (words.length > 15) {
            return false;
        }
        int social = 0;
        int filler = 0;
        for (String raw : words) {
            String word = TOKEN_EDGES.matcher(raw).replaceAll("");
            if (word.isEmpty()) {
                filler++;
            } else if (SOCIAL.contains(word)) {
                social++;
            } else if (SOCIAL_FILLER.contains(word)) {
                filler++;
            }
        }
        return social > 0 && (social + filler) * 10 >= words.length * 7;
    }

    /** A line made of nothing but a date and time: "الأحد 12 أيار 2024 - 10:30 ص". */
    private static boolean isDateLine(String[] words) {
        boolean digit = false;
        for (String raw : words) {
            String word = TOKEN_EDGES.matcher(raw).replaceAll("");
            if (word.isEmpty()) {
                continue;
            }
            if (word.chars().allMatch(c -> Character.isDigit(c) || c == '/' || c == ':' || c == '-' || c == '.')) {
                digit = true;
            } else if (!DATE_WORDS.contains(word) && !DATE_WORDS.contains(stripWaw(word))) {
                return false;
            }
        }
        return digit;
    }

    private static String stripWaw(String word) {
        return word.length() > 2 && word.charAt(0) == 'و' ? word.substring(1) : word;
    }

    /** The form boilerplate rules match on: no diacritics or tatweel, alef/ya/ta marbuta folded, lower case. */
    static String matchKey(String text) {
        String clean = cleanLine(text);
        String folded = HARAKAT.matcher(clean).replaceAll("")
                .replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا')
                .replace('ى', 'ي').replace('ة', 'ه');
        return folded.toLowerCase(Locale.ROOT).strip();
    }

    /** Counts letters of the Arabic and Latin scripts: the measure of "how much text" used throughout. */
    static int letters(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    count++;
                }
            } else if (Character.isLetter(c)) {
                boolean arabic = (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F)
                        || (c >= 0x08A0 && c <= 0x08FF);
                boolean latin = (c >= 0x00C0 && c <= 0x024F) || (c >= 0x1E00 && c <= 0x1EFF);
                if (arabic || latin || isArabicOrLatinScript(c)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean isArabicOrLatinScript(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.LATIN;
    }

    private static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /** Arabic presentation forms (old PDFs, some legacy sites) back to the ordinary letters; nothing else. */
    private static String foldPresentationForms(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean presentation = (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC');
            if (presentation) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Drops what is not text: invisible characters (control, format such as zero-width and bidi marks, variation
     * selectors, emoji modifiers) vanish; visible non-text glyphs (emoji, pictographs, arrows, bullets, box and
     * geometric shapes) become a space so the words either side stay apart. Arabic-block characters always stay.
     */
    private static String dropNonText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (classify(cp)) {
                case KEEP -> out.appendCodePoint(cp);
                case SPACE -> out.append(' ');
                case DROP -> {
                }
            }
        });
        return out.toString();
    }

    private enum Fate { KEEP, SPACE, DROP }

    private static Fate classify(int cp) {
        if (cp == '\n') {
            return Fate.KEEP;
        }
        if (cp == '\t') {
            return Fate.SPACE;
        }
        if ((cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) || (cp >= 0x08A0 && cp <= 0x08FF)) {
            return cp == 0x061C ? Fate.DROP : Fate.KEEP; // U+061C ARABIC LETTER MARK is a bidi control
        }
        if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x20E3
                || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
            return Fate.DROP; // variation selectors, keycap, skin tones
        }
        if (cp == 0x00B0 || cp == 0x2116 || cp == 0x2103 || cp == 0x2109 || cp == 0x00A9 || cp == 0x00AE
                || cp == 0x2122) {
            return Fate.KEEP; // ° № ℃ ℉, and © ® ™ which mark copyright lines as boilerplate
        }
        if ((cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x27F0 && cp <= 0x27FF) || (cp >= 0x2900 && cp <= 0x297F)
                || (cp >= 0x2B00 && cp <= 0x2BFF) || cp == 0x2022 || cp == 0x2023 || cp == 0x2043
                || cp == 0x2219 || cp == 0x25E6) {
            return Fate.SPACE; // arrows and bullets
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                    Character.UNASSIGNED -> Fate.DROP;
            case Character.OTHER_SYMBOL -> Fate.SPACE;
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> Fate.SPACE;
            default -> Fate.KEEP;
        };
    }
}
