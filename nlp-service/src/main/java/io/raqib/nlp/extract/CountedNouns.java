package io.raqib.nlp.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.raqib.nlp.extract.Tokens.Kind;
import io.raqib.nlp.extract.Tokens.Token;
import io.raqib.schemas.FigureCategory;

/** What a figure counts, read off its noun by folded stem: مقاتل → FIGHTERS, معتقل → DETAINEES, دولار → MONEY. */
final class CountedNouns {

    /** A counted noun: its category, the form it was found by, and the token after it. */
    record Noun(FigureCategory category, String form, int end) {
    }

    private static final Map<String, FigureCategory> NOUNS = new LinkedHashMap<>();
    static final Map<String, String> CURRENCIES = Map.of("دولار", "USD", "دينار", "IQD", "ليره", "SYP", "يورو", "EUR");

    static {
        // The first form a word starts with decides: two-word forms and security personnel come first.
        nouns(FigureCategory.SECURITY_PERSONNEL, "عناصر امن", "عنصر امن", "عناصر الامن", "رجال امن", "قوات امن",
                "شرطي", "منتسب", "حارس", "حراس");
        nouns(FigureCategory.FIGHTERS, "مقاتل", "مسلح", "ارهابي", "عنصر", "عناصر", "جهادي", "انتحاري", "داعشي",
                "متسلل", "قيادي", "قاده");
        nouns(FigureCategory.TROOPS, "جندي", "جنود", "عسكري", "قوات", "مستشار", "مدرب");
        nouns(FigureCategory.DETAINEES, "معتقل", "محتجز", "سجين", "سجناء", "اسير", "اسري", "موقوف", "مسجون", "متهم",
                "مطلوب", "مشتبه", "محكوم", "مدان", "نزيل", "نزلاء");
        nouns(FigureCategory.CASUALTIES_KILLED, "قتيل", "قتلي", "شهيد", "شهداء", "ضحيه", "ضحايا");
        nouns(FigureCategory.CASUALTIES_WOUNDED, "جريح", "جرحي", "مصاب");
        nouns(FigureCategory.PEOPLE, "شخص", "اشخاص", "لاجي", "نازح", "مدني", "امراه", "نساء", "طفل", "اطفال",
                "عائله", "عوائل", "اسره", "اسر", "نسمه", "مواطن", "سكان", "فرد", "افراد", "قاطن", "مهجر", "صياد", "تاجر",
                "تجار", "راعي", "رعاه", "مزارع", "فلاح", "عامل", "عمال", "سائق", "مسافر", "زائر", "طالب", "طلاب",
                "اجنبي", "اجانب", "رهينه", "رهائن", "مختطف", "رجل", "رجال", "فتي", "فتيان", "شاب", "شبان");
        nouns(FigureCategory.MONEY, "دولار", "دينار", "ليره", "يورو");
        nouns(FigureCategory.AREA, "كيلومتر مربع", "كيلومترا مربعا", "كم مربع", "كم 2", "كم ²", "كلم");
        nouns(FigureCategory.WEAPONS, "صاروخ", "قذيفه", "عبوه", "طايره", "مسيره", "سلاح", "قطعه سلاح", "بندقيه",
                "بنادق", "دبابه", "مدفع", "عربه", "قاذف", "حزام ناسف", "احزمه ناسفه", "صواريخ", "قذائف", "عبوات",
                "اسلحه");
        // Counted events and things: no threat category, but a count the desk reads (17 هجوما، 40 نقطة تفتيش).
        nouns(FigureCategory.OTHER, "هجوم", "هجمات", "ضربه", "ضربات", "غاره", "غارات", "عمليه", "عمليات", "محاوله",
                "محاولات", "نقطه", "نقاط", "وكر", "اوكار", "مضافه", "مضافات", "حادث", "حوادث", "خليه", "خلايا",
                "سياره", "سيارات", "عجله", "عجلات", "موقع", "مواقع", "قريه", "قري", "نفق", "انفاق", "طلعه", "طلعات",
                "تفجير", "انفجار", "كمين", "كماين", "مداهمه", "مداهمات", "برج", "ابراج", "اليات", "شاحنه", "شاحنات",
                "كاميرا", "كاميرات", "معسكر", "مخبا", "مخابي", "قواعد", "حاله", "حالات");
    }

    /** The forms by their first two letters, in the order above: a word is compared with the few it may start with. */
    private static final SpanMap<List<String>> BY_START;

    static {
        Map<String, List<String>> byStart = new java.util.HashMap<>();
        NOUNS.keySet().forEach(form -> byStart.computeIfAbsent(form.substring(0, 2), k -> new java.util.ArrayList<>())
                .add(form));
        BY_START = SpanMap.of(byStart);
    }

    /** Nouns that say who among a group, not what the group is: بينهم نحو ألفي أجنبي are of the group before. */
    private static final Set<String> MEMBERS = folded("اجنبي", "اجانب", "امراه", "نساء", "طفل", "اطفال", "رجل", "رجال",
            "فتي", "فتيان", "شاب", "شبان");
    /** Words between من and the noun that pick the group out: 200 من أخطر المحتجزين، خمسة من كبار القادة. */
    private static final Set<String> PICKS = folded("ابرز", "اخطر", "اهم", "كبار", "اكبر");
    /** How far before a number its noun may stand: عدد عناصر التنظيم في سوريا يناهز ستة آلاف. */
    private static final int BEFORE = 6;
    private static final Set<String> CLAUSE_OPENERS = Set.of("ان", "بان", "انه", "انها");

    private CountedNouns() {
    }

    private static Set<String> folded(String... words) {
        return java.util.Arrays.stream(words).map(FoldedText::fold).collect(java.util.stream.Collectors.toSet());
    }

    private static void nouns(FigureCategory category, String... forms) {
        for (String form : forms) {
            NOUNS.put(FoldedText.fold(form), category);
        }
    }

    /** The noun at token {@code i} (one or two words), or null. */
    static Noun at(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size() || tokens.get(i).kind() != Kind.WORD) {
            return null;
        }
        String word = tokens.get(i).stripped();
        List<String> candidates = word.length() < 2 ? null : BY_START.get(word, 0, 2);
        if (candidates == null) {
            return null;
        }
        String two = null; // the word and the next, put together only for a form of two words
        for (String form : candidates) {
            if (form.contains(" ")) {
                if (two == null && i + 1 < tokens.size()) {
                    two = word + " " + tokens.get(i + 1).stripped();
                }
                if (two != null && two.startsWith(form)) {
                    return new Noun(NOUNS.get(form), form, i + 2);
                }
            } else if (word.startsWith(form)) {
                return new Noun(NOUNS.get(form), form, i + 1);
            }
        }
        return null;
    }

    /** The noun counted by a number ending at token {@code to}: right after it, or after من / بين and a pick. */
    static Noun after(List<Token> tokens, int to) {
        int i = to;
        if (i < tokens.size() && (tokens.get(i).is("من") || tokens.get(i).is("بين"))) {
            i++;
        }
        if (i < tokens.size() && tokens.get(i).is("بين")) {
            i++;
        }
        Noun noun = at(tokens, i);
        if (noun == null && i > to && i < tokens.size() && PICKS.contains(tokens.get(i).text())) {
            noun = at(tokens, i + 1);
        }
        return noun;
    }

    /** The nearest noun before token {@code from} in its clause: "المقاتلين المتفرغين لا يتجاوزون ألفين". */
    static Noun before(List<Token> tokens, int from) {
        int words = 0;
        for (int i = from - 1; i >= 0 && words < BEFORE; i--) {
            Token token = tokens.get(i);
            if (token.kind() != Kind.WORD || CLAUSE_OPENERS.contains(token.text())) {
                return null;
            }
            words++;
            Noun noun = at(tokens, i);
            if (noun != null) {
                return noun;
            }
        }
        return null;
    }

    /** The group named in "بين القتلى ثلاثة", "من بين المعتقلين خمسة": the noun after بين, right before the number. */
    static Noun among(List<Token> tokens, int from) {
        return from >= 2 && (tokens.get(from - 2).is("بين") || tokens.get(from - 2).is("وبين")) ? at(tokens, from - 1)
                : null;
    }

    static boolean describesMembers(Noun noun) {
        return MEMBERS.contains(noun.form());
    }
}
