package io.raqib.nlp.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.raqib.schemas.Figure;
import io.raqib.schemas.FigureCategory;

/**
 * A first cut at threat figures: numbers written in digits (Western or Arabic-Indic), with scale words, hedges and
 * ranges, and a category read off the noun that follows ("20 ألف مقاتل", "ما بين 20 إلى 30 ألفا من المعتقلين").
 * Number words, vague quantities and attribution come with the nlp-service issue.
 */
final class FigureFinder {

    private static final String NUM = "\\d+(?:[.,\u066B]\\d+)?";
    private static final String SCALE = "الفا|الاف|الف|ملايين|مليون|مليارات|مليار";
    private static final String HEDGE = "ما يقرب من|ما يقارب|ما يزيد عن|ما يزيد علي|ما يصل الي|اكثر من|اقل من|حوالي|قرابه|زهاء|نحو|حتي";
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(" + HEDGE + ")\\s+)?"
            + "(?:(?:ما\\s+)?(?:بين|من)\\s+(" + NUM + ")\\s*(" + SCALE + ")?\\s+(?:الي|و)\\s*(" + NUM + ")|(" + NUM + "))"
            + "(?:\\s*(" + SCALE + "))?(?![\\p{N}])(?:\\s+(?:من\\s+)?([\\p{L}]+))?");
    private static final Pattern PREVIOUS_WORD = Pattern.compile("([\\p{L}]+)\\s*$");
    /** Words after which a number is a name, a page or a year, not a quantity. */
    private static final Set<String> NOT_A_QUANTITY = Set.of("الفرقه", "اللواء", "الفوج", "رقم", "العدد", "صفحه",
            "عام", "العام", "سنه", "لسنه", "لعام", "القرار");

    /** Folded noun prefixes, most specific first. */
    private static final Map<String, FigureCategory> NOUNS = new LinkedHashMap<>();

    static {
        for (String noun : List.of("مقاتل", "مسلح", "ارهابي", "عنصر", "عناصر", "جهادي")) {
            NOUNS.put(noun, FigureCategory.FIGHTERS);
        }
        for (String noun : List.of("جندي", "جنود", "عسكري", "عسكريين")) {
            NOUNS.put(noun, FigureCategory.TROOPS);
        }
        for (String noun : List.of("شرطي", "عنصر امن", "منتسب")) {
            NOUNS.put(noun, FigureCategory.SECURITY_PERSONNEL);
        }
        for (String noun : List.of("معتقل", "محتجز", "سجين", "سجناء", "اسير", "اسري", "موقوف")) {
            NOUNS.put(noun, FigureCategory.DETAINEES);
        }
        for (String noun : List.of("قتيل", "قتلي", "شهيد", "شهداء")) {
            NOUNS.put(noun, FigureCategory.CASUALTIES_KILLED);
        }
        for (String noun : List.of("جريح", "جرحي", "مصاب")) {
            NOUNS.put(noun, FigureCategory.CASUALTIES_WOUNDED);
        }
        for (String noun : List.of("شخص", "اشخاص", "لاجي", "نازح", "مدني", "امراه", "نساء", "طفل", "اطفال", "عائله", "عوائل", "نسمه")) {
            NOUNS.put(noun, FigureCategory.PEOPLE);
        }
        for (String noun : List.of("دولار", "دينار", "ليره", "يورو")) {
            NOUNS.put(noun, FigureCategory.MONEY);
        }
        for (String noun : List.of("كيلومتر", "كم")) {
            NOUNS.put(noun, FigureCategory.AREA);
        }
        for (String noun : List.of("صاروخ", "قذيفه", "عبوه", "طائره", "طاءره", "مسيره", "سلاح", "قطعه سلاح")) {
            NOUNS.put(noun, FigureCategory.WEAPONS);
        }
    }

    private FigureFinder() {
    }

    static List<Figure> find(FoldedText text) {
        List<Figure> figures = new ArrayList<>();
        Matcher m = FIGURE.matcher(text.text());
        while (m.find()) {
            String hedge = m.group(1);
            String scale = m.group(6);
            String noun = m.group(7);
            FigureCategory category = category(noun);
            if (excluded(text.text(), m.start(), hedge, scale, category)) {
                continue;
            }
            double low;
            double high;
            if (m.group(5) != null) {
                low = high = number(m.group(5)) * multiplier(scale);
            } else {
                double highScale = multiplier(scale);
                // "بين 20 إلى 30 ألفا": the scale written once belongs to both ends.
                double lowScale = m.group(3) != null ? multiplier(m.group(3)) : highScale;
                low = number(m.group(2)) * lowScale;
                high = number(m.group(4)) * highScale;
            }
            // The noun only belongs to the figure when it tells us what is counted.
            int end = category == FigureCategory.OTHER && noun != null ? m.end(7) - noun.length() : m.end();
            int foldedEnd = text.text().substring(m.start(), end).stripTrailing().length() + m.start();
            figures.add(figure(text, m.start(), foldedEnd, hedge, low, high, category));
        }
        return figures;
    }

    private static Figure figure(FoldedText text, int start, int end, String hedge, double low, double high,
            FigureCategory category) {
        int originalStart = text.start(start);
        int originalEnd = text.end(end);
        boolean atLeast = hedge != null && (hedge.startsWith("اكثر") || hedge.startsWith("ما يزيد"));
        boolean atMost = hedge != null && (hedge.startsWith("اقل") || hedge.startsWith("ما يصل") || hedge.equals("حتي"));
        return Figure.newBuilder()
                .setText(text.original().substring(originalStart, originalEnd))
                .setStart(originalStart)
                .setEnd(originalEnd)
                .setLow(atMost ? null : low)
                .setHigh(atLeast ? null : high)
                .setApproximate(hedge != null && !atLeast && !atMost)
                .setCategory(category)
                .setUnit(category == FigureCategory.AREA ? "km2" : null)
                .build();
    }

    private static boolean excluded(String folded, int start, String hedge, String scale, FigureCategory category) {
        Matcher previous = PREVIOUS_WORD.matcher(folded.substring(Math.max(0, start - 20), start));
        if (previous.find() && NOT_A_QUANTITY.contains(previous.group(1))) {
            return true;
        }
        // A bare number with nothing counted (a year, a date, a percentage) is not a figure.
        return category == FigureCategory.OTHER && hedge == null && scale == null;
    }

    static FigureCategory category(String noun) {
        if (noun == null) {
            return FigureCategory.OTHER;
        }
        String word = noun.replaceFirst("^[وف]?[بلك]?(ال)?", "");
        for (Map.Entry<String, FigureCategory> entry : NOUNS.entrySet()) {
            if (word.startsWith(entry.getKey()) || noun.startsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return FigureCategory.OTHER;
    }

    private static double number(String digits) {
        // "1,500" groups thousands; "2,5" and "2٫5" are decimals.
        if (digits.matches("\\d{1,3}(,\\d{3})+")) {
            return Double.parseDouble(digits.replace(",", ""));
        }
        return Double.parseDouble(digits.replace(',', '.').replace('\u066B', '.'));
    }

    private static double multiplier(String scale) {
        if (scale == null) {
            return 1;
        }
        if (scale.startsWith("مليار")) {
            return 1e9;
        }
        if (scale.startsWith("مليون") || scale.startsWith("ملايين")) {
            return 1e6;
        }
        return 1e3;
    }
}
