package io.raqib.nlp.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.raqib.nlp.extract.Tokens.Kind;
import io.raqib.nlp.extract.Tokens.Token;
import io.raqib.schemas.Figure;
import io.raqib.schemas.FigureCategory;

/**
 * Threat figures: a quantity (digits, number words, or a vague order of magnitude such as المئات), its hedge
 * (نحو، أكثر من، ما يصل إلى), its range (ما بين 20 إلى 30 ألفا), and the category read off what is counted
 * (مقاتل، معتقل، جندي ...) or off the event around it (مقتل 12 ...). Years, dates, durations, unit names,
 * page numbers and percentages are not figures.
 */
final class FigureFinder {

    private enum Bound { APPROXIMATE, AT_LEAST, AT_MOST }

    private static final Map<String, Bound> HEDGES = new LinkedHashMap<>();

    static {
        for (String h : List.of("ما يقارب", "ما يقرب من", "يقارب", "نحو", "حوالي", "قرابه", "زهاء", "ما يناهز", "يناهز")) {
            HEDGES.put(FoldedText.fold(h), Bound.APPROXIMATE);
        }
        for (String h : List.of("اكثر من", "ما يزيد عن", "ما يزيد علي", "يزيد عن", "يزيد علي", "ما لا يقل عن",
                "لا يقل عن", "ازيد من", "تجاوز", "يتجاوز", "تتجاوز", "يفوق", "تفوق", "فاق")) {
            HEDGES.put(FoldedText.fold(h), Bound.AT_LEAST);
        }
        for (String h : List.of("اقل من", "ما يصل الي", "يصل الي", "تصل الي", "حتي", "لا يتجاوز", "ما لا يزيد عن")) {
            HEDGES.put(FoldedText.fold(h), Bound.AT_MOST);
        }
    }

    private static final Pattern HEDGE_BEFORE = Pattern.compile("(?<![\\p{L}])[وفب]?("
            + String.join("|", HEDGES.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList())
            + ")(?:\\s+عدد(?:هم|ها|ه|هن))?\\s*$");

    /** Words after which a number names something (a year, a unit, a page), not a quantity. */
    private static final Set<String> NAMES_A_THING = folded("عام", "العام", "لعام", "سنه", "لسنه", "الفرقه",
            "اللواء", "الفوج", "الكتيبه", "رقم", "العدد", "عدد", "صفحه", "الصفحه", "القرار", "الماده", "الساعه",
            "المرحله", "الجوله", "قطاع", "القطاع", "طريق", "الطريق");

    /** Words right after a number that make it a time, a date or a share. */
    private static final Set<String> NOT_COUNTS = folded("سنوات", "سنه", "سنين", "عاما", "اعوام", "عام", "ايام",
            "يوما", "يوم", "اشهر", "شهرا", "شهور", "ساعات", "ساعه", "دقائق", "دقيقه", "اسابيع", "اسبوعا", "ثانيه",
            "بالمئة", "بالمائة", "مئة", "مائة", "مره", "مرات", "كانون", "شباط", "اذار", "نيسان", "ايار",
            "حزيران", "تموز", "اب", "ايلول", "تشرين", "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو",
            "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "هجري", "ميلادي", "درجه");

    /** Vague quantities: the word, and the range it spans. */
    private record Vague(double low, double high) {
    }

    private static final Map<String, Vague> VAGUE = Map.of(
            FoldedText.fold("عشرات"), new Vague(10, 99), FoldedText.fold("مئات"), new Vague(100, 999),
            FoldedText.fold("آلاف"), new Vague(1000, 9999), FoldedText.fold("ملايين"), new Vague(1e6, 9.99e6));

    private static final Map<String, FigureCategory> NOUNS = new LinkedHashMap<>();
    private static final Map<String, String> CURRENCIES = Map.of("دولار", "USD", "دينار", "IQD", "ليره", "SYP",
            "يورو", "EUR");

    static {
        nouns(FigureCategory.SECURITY_PERSONNEL, "عناصر امن", "عنصر امن", "عناصر الامن", "شرطي", "منتسب");
        nouns(FigureCategory.FIGHTERS, "مقاتل", "مسلح", "ارهابي", "عنصر", "عناصر", "جهادي", "انتحاري", "داعشي",
                "متسلل");
        nouns(FigureCategory.TROOPS, "جندي", "جنود", "عسكري", "قوات", "مستشار", "مدرب");
        nouns(FigureCategory.DETAINEES, "معتقل", "محتجز", "سجين", "سجناء", "اسير", "اسري", "موقوف", "مسجون", "متهم",
                "مطلوب", "مشتبه", "محكوم");
        nouns(FigureCategory.CASUALTIES_KILLED, "قتيل", "قتلي", "شهيد", "شهداء", "ضحيه", "ضحايا");
        nouns(FigureCategory.CASUALTIES_WOUNDED, "جريح", "جرحي", "مصاب");
        nouns(FigureCategory.PEOPLE, "شخص", "اشخاص", "لاجي", "نازح", "مدني", "امراه", "نساء", "طفل", "اطفال",
                "عائله", "عوائل", "اسره", "اسر", "نسمه", "مواطن", "سكان", "فرد", "افراد", "قاطن", "مهجر", "صياد", "تاجر",
                "تجار", "راعي", "رعاه", "مزارع", "فلاح", "عامل", "عمال", "سائق", "مسافر", "زائر", "طالب", "طلاب",
                "اجنبي", "اجانب", "رهينه", "رهائن", "مختطف");
        nouns(FigureCategory.MONEY, "دولار", "دينار", "ليره", "يورو");
        nouns(FigureCategory.AREA, "كيلومتر مربع", "كيلومترا مربعا", "كم مربع", "كم2", "كلم");
        nouns(FigureCategory.WEAPONS, "صاروخ", "قذيفه", "عبوه", "طايره", "مسيره", "سلاح", "قطعه سلاح", "بندقيه",
                "دبابه", "مدفع", "عربه", "قاذف", "حزام ناسف", "احزمه ناسفه", "صواريخ", "قذائف", "عبوات", "اسلحه");
        // Counted events and things: no threat category, but a count the desk reads (17 هجوما، 40 نقطة تفتيش).
        nouns(FigureCategory.OTHER, "هجوم", "هجمات", "ضربه", "ضربات", "غاره", "غارات", "عمليه", "عمليات", "محاوله",
                "محاولات", "نقطه", "نقاط", "وكر", "اوكار", "مضافه", "مضافات", "حادث", "حوادث", "خليه", "خلايا",
                "سياره", "سيارات", "عجله", "عجلات", "موقع", "مواقع", "قريه", "قري", "نفق", "انفاق");
    }

    /** The event around a number can say more than the noun: مقتل 12 مسلحا are killed, not just fighters. */
    private static final Map<String, FigureCategory> EVENTS_BEFORE = Map.ofEntries(
            Map.entry(FoldedText.fold("مقتل"), FigureCategory.CASUALTIES_KILLED), Map.entry("قتل", FigureCategory.CASUALTIES_KILLED),
            Map.entry("مصرع", FigureCategory.CASUALTIES_KILLED), Map.entry("سقوط", FigureCategory.CASUALTIES_KILLED),
            Map.entry("اصابه", FigureCategory.CASUALTIES_WOUNDED), Map.entry("جرح", FigureCategory.CASUALTIES_WOUNDED),
            Map.entry("اصيب", FigureCategory.CASUALTIES_WOUNDED), Map.entry("اصيبت", FigureCategory.CASUALTIES_WOUNDED),
            Map.entry("قتلت", FigureCategory.CASUALTIES_KILLED), Map.entry("لقي", FigureCategory.CASUALTIES_KILLED),
            Map.entry("اعتقل", FigureCategory.DETAINEES), Map.entry("اعتقلت", FigureCategory.DETAINEES),
            Map.entry("اعتقال", FigureCategory.DETAINEES), Map.entry("احتجاز", FigureCategory.DETAINEES),
            Map.entry("اسر", FigureCategory.DETAINEES), Map.entry("توقيف", FigureCategory.DETAINEES));
    private static final Map<String, FigureCategory> EVENTS_AFTER = Map.of(
            "قتلوا", FigureCategory.CASUALTIES_KILLED, "لقوا", FigureCategory.CASUALTIES_KILLED,
            "اصيبوا", FigureCategory.CASUALTIES_WOUNDED, "جرحوا", FigureCategory.CASUALTIES_WOUNDED,
            "اعتقلوا", FigureCategory.DETAINEES);

    private FigureFinder() {
    }

    private static Set<String> folded(String... words) {
        return java.util.Arrays.stream(words).map(FoldedText::fold).collect(java.util.stream.Collectors.toSet());
    }

    private static void nouns(FigureCategory category, String... forms) {
        for (String form : forms) {
            NOUNS.put(FoldedText.fold(form), category);
        }
    }

    static List<Figure> find(FoldedText text) {
        List<Token> tokens = text.tokens();
        List<Figure> figures = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Quantity quantity = quantityAt(tokens, i);
            if (quantity == null) {
                i++;
                continue;
            }
            FigureCategory previous = figures.isEmpty() ? null : figures.get(figures.size() - 1).getCategory();
            Figure figure = figure(text, tokens, quantity, previous);
            if (figure != null) {
                figures.add(figure);
            }
            i = Math.max(quantity.to, i + 1);
        }
        return figures;
    }

    /** A number, range or vague amount at tokens [from, to); low/high before the hedge is applied. */
    private record Quantity(int from, int to, double low, double high, double scale, boolean vague) {
    }

    private static Quantity quantityAt(List<Token> tokens, int i) {
        Vague vague = vague(tokens, i);
        if (vague != null) {
            return new Quantity(i, vagueEnd(tokens, i), vague.low, vague.high, vague.low, true);
        }
        boolean between = i > 0 && tokens.get(i - 1).is("بين");
        ArabicNumbers.Reading low = ArabicNumbers.read(tokens, i, !between);
        if (low == null) {
            return null;
        }
        boolean rangeIntro = between || (i > 0 && tokens.get(i - 1).is("من"));
        int connector = low.to();
        ArabicNumbers.Reading high = rangeIntro ? secondEnd(tokens, connector) : null;
        if (high != null) {
            // "بين 20 إلى 30 ألفا": the scale written once belongs to both ends.
            double lowValue = low.scale() == 1 && high.scale() > 1 && low.value() < high.scale()
                    ? low.value() * high.scale() : low.value();
            if (lowValue <= high.value()) {
                int from = i - (between && i > 1 && tokens.get(i - 2).is("ما") ? 2 : 1);
                return new Quantity(from, high.to(), lowValue, high.value(), high.scale(), false);
            }
        }
        return new Quantity(i, low.to(), low.value(), low.value(), low.scale(), false);
    }

    /** The upper end of a range after its connector: إلى 30، و30، - 30، or وعشرين written as one word. */
    private static ArabicNumbers.Reading secondEnd(List<Token> tokens, int connector) {
        if (connector >= tokens.size()) {
            return null;
        }
        Token token = tokens.get(connector);
        if (token.is("الي") || token.is("و") || token.is("حتي") || token.text().equals("-")) {
            return ArabicNumbers.read(tokens, connector + 1, true);
        }
        if (token.kind() == Kind.WORD && token.text().length() > 1 && token.text().charAt(0) == 'و') {
            List<Token> joined = new ArrayList<>(tokens);
            joined.set(connector, new Token(token.text().substring(1), token.start() + 1, token.end(), Kind.WORD));
            return ArabicNumbers.read(joined, connector, true);
        }
        return null;
    }

    /** المئات، عشرات الآلاف، بضع مئات، عدة آلاف ... */
    private static Vague vague(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.kind() != Kind.WORD) {
            return null;
        }
        String word = vagueWord(token.text());
        if ((word.equals("عده") || word.equals("بضع") || word.equals("بضعه")) && i + 1 < tokens.size()) {
            Vague next = VAGUE.get(vagueWord(tokens.get(i + 1).text()));
            return next == null ? null : new Vague(next.low * 2, next.high);
        }
        Vague vague = VAGUE.get(word);
        if (vague == null) {
            return null;
        }
        if (i > 0 && tokens.get(i - 1).kind() == Kind.NUMBER) {
            return null; // "3 آلاف" is a number with its scale, not a vague amount
        }
        double scale = i + 1 < tokens.size() ? ArabicNumbers.scale(stripClitics(tokens.get(i + 1).text())) : 0;
        if (scale > 0) {
            return new Vague(vague.low * scale, (vague.high + 1) * scale - 1);
        }
        return vague;
    }

    /** آلاف، الآلاف، بالآلاف، بعشرات: the vague word under its clitics (آلاف folds to الاف, which is no article). */
    private static String vagueWord(String written) {
        if (VAGUE.containsKey(written)) {
            return written;
        }
        String stripped = stripClitics(written);
        if (VAGUE.containsKey(stripped)) {
            return stripped;
        }
        char first = written.charAt(0);
        boolean clitic = first == 'و' || first == 'ف' || first == 'ب' || first == 'ل' || first == 'ك';
        return clitic && written.length() > 3 ? stripClitics(written.substring(1)) : stripped;
    }

    private static int vagueEnd(List<Token> tokens, int i) {
        String word = vagueWord(tokens.get(i).text());
        int end = word.equals("عده") || word.equals("بضع") || word.equals("بضعه") ? i + 2 : i + 1;
        if (end < tokens.size() && ArabicNumbers.scale(stripClitics(tokens.get(end).text())) > 0) {
            end++;
        }
        return end;
    }

    private static Figure figure(FoldedText text, List<Token> tokens, Quantity q, FigureCategory previous) {
        int start = tokens.get(q.from).start();
        Matcher hedgeMatch = HEDGE_BEFORE.matcher(text.text().substring(Math.max(0, start - 20), start));
        Bound bound = null;
        if (hedgeMatch.find()) {
            bound = HEDGES.get(hedgeMatch.group(1));
            start = Math.max(0, start - 20) + hedgeMatch.start(1);
        }
        Token before = q.from > 0 ? tokens.get(q.from - 1) : null;
        if (before != null && bound == null && NAMES_A_THING.contains(before.text())) {
            return null;
        }
        Token after = q.to < tokens.size() ? tokens.get(q.to) : null;
        if (after != null && (NOT_COUNTS.contains(stripClitics(after.text())) || after.text().equals("%")
                || after.is("في") && q.to + 1 < tokens.size() && NOT_COUNTS.contains(stripClitics(tokens.get(q.to + 1).text())))) {
            return null; // a duration, a date, a share ("40 في المئة")
        }
        int nounIndex = after != null && (after.is("من") || after.is("بين")) ? q.to + 1 : q.to;
        if (nounIndex < tokens.size() && tokens.get(nounIndex).is("بين")) {
            nounIndex++;
        }
        Noun noun = noun(tokens, nounIndex);
        if (noun == null && after != null && PARTITIVES.contains(after.text())) {
            // ثلاثة منهم: part of the people counted just before, if people were counted.
            noun = new Noun(previous != null && PEOPLE_COUNTS.contains(previous) ? previous : FigureCategory.OTHER,
                    after.text(), q.to + 1);
        }
        FigureCategory category = noun == null ? FigureCategory.OTHER : noun.category;
        FigureCategory event = event(tokens, tokenBefore(tokens, start), noun == null ? q.to : noun.end);
        if (event != null && category != FigureCategory.MONEY && category != FigureCategory.AREA
                && category != FigureCategory.WEAPONS) {
            category = event;
        }
        if (noun == null && event == null && bound == null && q.scale == 1 && !q.vague) {
            return null; // a bare number with nothing counted
        }
        boolean foreigners = noun != null && (noun.form.equals("اجنبي") || noun.form.equals("اجانب"));
        if ((category == FigureCategory.FIGHTERS || foreigners) && heldNearby(tokens, q.from)) {
            category = FigureCategory.DETAINEES; // fighters (or foreigners) in a prison or a camp are detainees
        }
        int last = noun != null ? noun.end - 1
                // The event told us what is counted; the word after the number names it (اعتقال 40 مشتبها).
                : event != null && q.to < tokens.size() && tokens.get(q.to).kind() == Kind.WORD ? q.to : q.to - 1;
        int end = tokens.get(last).end();
        int originalStart = text.start(start);
        int originalEnd = text.end(end);
        return Figure.newBuilder()
                .setText(text.original().substring(originalStart, originalEnd))
                .setStart(originalStart)
                .setEnd(originalEnd)
                .setLow(bound == Bound.AT_MOST ? null : q.low)
                .setHigh(bound == Bound.AT_LEAST ? null : q.high)
                .setApproximate(bound == Bound.APPROXIMATE)
                .setVague(q.vague)
                .setCategory(category)
                .setUnit(category == FigureCategory.AREA ? "km2"
                        : category == FigureCategory.MONEY ? CURRENCIES.get(noun.form) : null)
                .build();
    }

    private record Noun(FigureCategory category, String form, int end) {
    }

    private static final Set<FigureCategory> PEOPLE_COUNTS = java.util.EnumSet.of(FigureCategory.FIGHTERS,
            FigureCategory.TROOPS, FigureCategory.SECURITY_PERSONNEL, FigureCategory.DETAINEES,
            FigureCategory.CASUALTIES_KILLED, FigureCategory.CASUALTIES_WOUNDED, FigureCategory.PEOPLE);

    /** Words that count part of a group named before: ثلاثة منهم، اثنان آخران، الخمسة الباقين. */
    private static final Set<String> PARTITIVES = folded("منهم", "منهن", "اخرين", "اخرون", "اخران", "اخريين",
            "باقين", "الباقين", "الباقون");

    /** What is counted: the noun at {@code i} (one or two words), by its folded stem. */
    private static Noun noun(List<Token> tokens, int i) {
        if (i >= tokens.size() || tokens.get(i).kind() != Kind.WORD) {
            return null;
        }
        String word = stripClitics(tokens.get(i).text());
        String two = i + 1 < tokens.size() ? word + " " + stripClitics(tokens.get(i + 1).text()) : null;
        for (Map.Entry<String, FigureCategory> entry : NOUNS.entrySet()) {
            String form = entry.getKey();
            if (form.contains(" ")) {
                if (two != null && two.startsWith(form)) {
                    return new Noun(entry.getValue(), form, i + 2);
                }
            } else if (word.startsWith(form)) {
                return new Noun(entry.getValue(), form, i + 1);
            }
        }
        return null;
    }

    private static final Set<String> HELD = folded("سجن", "السجن", "سجون", "السجون", "معتقل", "المعتقل", "معتقلات",
            "احتجاز", "الاحتجاز", "مخيم", "المخيم", "مخيمات", "يقبعون", "محتجزون", "محتجزين", "المحتجزين", "زنازين");
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "؟");

    /** Whether the sentence around token {@code i} (a few words each way) speaks of prisons, camps or detention. */
    private static boolean heldNearby(List<Token> tokens, int i) {
        for (int step : new int[] {-1, 1}) {
            for (int k = i + step; k >= 0 && k < tokens.size() && Math.abs(k - i) <= 12; k += step) {
                String word = tokens.get(k).text();
                if (SENTENCE_ENDS.contains(word)) {
                    break;
                }
                if (HELD.contains(word) || HELD.contains(stripClitics(word)) || word.length() > 3
                        && HELD.contains(word.substring(1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int tokenBefore(List<Token> tokens, int offset) {
        int index = -1;
        for (int i = 0; i < tokens.size() && tokens.get(i).end() <= offset; i++) {
            index = i;
        }
        return index;
    }

    private static FigureCategory event(List<Token> tokens, int before, int after) {
        if (before >= 0 && tokens.get(before).kind() == Kind.WORD) {
            FigureCategory category = underClitics(EVENTS_BEFORE, tokens.get(before).text()); // بمقتل، وإصابة
            if (category != null) {
                return category;
            }
        }
        if (after < tokens.size()) {
            return underClitics(EVENTS_AFTER, tokens.get(after).text());
        }
        return null;
    }

    private static FigureCategory underClitics(Map<String, FigureCategory> events, String word) {
        FigureCategory category = events.get(stripClitics(word));
        char first = word.charAt(0);
        if (category == null && word.length() > 3 && (first == 'و' || first == 'ف' || first == 'ب' || first == 'ل')) {
            category = events.get(stripClitics(word.substring(1)));
        }
        return category;
    }

    /** و ف ب ل ك and the article, off the front of a word: وبالمعتقلين → معتقلين. */
    static String stripClitics(String word) {
        String w = word;
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            w = w.substring(1);
        }
        if (w.startsWith("لل") && w.length() > 4) {
            return w.substring(2);
        }
        if (w.length() > 3 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل' || w.charAt(0) == 'ك') && w.charAt(1) == 'ا'
                && w.charAt(2) == 'ل') {
            w = w.substring(1);
        }
        return w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
    }
}
