package io.raqib.nlp.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.raqib.nlp.extract.Tokens.Token;

/**
 * Reads numbers as the news writes them, in digits or in words or both: "20 ألفا", "خمسة وعشرون ألف",
 * "ثلاثمئة", "نصف مليون", "مليون ونصف", "١٢٫٥ مليار". ICU's spell-out rules cannot be used for this (they fail on
 * عشرين and مئتا مليون), and a stemmer mangles number words, so they are matched whole on folded text.
 */
final class ArabicNumbers {

    /** A number read from tokens [from, to); {@code scale} is the largest scale word in it (1 when none). */
    record Reading(double value, int from, int to, double scale) {
    }

    private enum Kind { UNIT, TEN, HUNDRED, HUNDREDS, SCALE, DUAL_SCALE, FRACTION }

    private record Word(Kind kind, double value) {
    }

    private static final Map<String, Word> WORD_LIST = new HashMap<>();

    static {
        words(Kind.UNIT, 1, "واحد", "واحده", "احد", "احدي");
        words(Kind.UNIT, 2, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني");
        words(Kind.UNIT, 3, "ثلاث", "ثلاثه");
        words(Kind.UNIT, 4, "اربع", "اربعه");
        words(Kind.UNIT, 5, "خمس", "خمسه");
        words(Kind.UNIT, 6, "ست", "سته");
        words(Kind.UNIT, 7, "سبع", "سبعه");
        words(Kind.UNIT, 8, "ثمان", "ثماني", "ثمانيه");
        words(Kind.UNIT, 9, "تسع", "تسعه");
        words(Kind.UNIT, 10, "عشر", "عشره");
        String[][] tens = {{"عشرون", "عشرين"}, {"ثلاثون", "ثلاثين"}, {"اربعون", "اربعين"}, {"خمسون", "خمسين"},
            {"ستون", "ستين"}, {"سبعون", "سبعين"}, {"ثمانون", "ثمانين"}, {"تسعون", "تسعين"}};
        for (int i = 0; i < tens.length; i++) {
            words(Kind.TEN, 20 + 10 * i, tens[i]);
        }
        words(Kind.HUNDRED, 100, "مئة", "مائة");
        words(Kind.HUNDREDS, 200, "مئتان", "مئتين", "مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي");
        String[] units = {"ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
        for (int i = 0; i < units.length; i++) {
            words(Kind.HUNDREDS, 300 + 100 * i, units[i] + "مئة", units[i] + "مائة");
        }
        words(Kind.HUNDREDS, 800, "ثمانيمئة", "ثمانيمائة");
        words(Kind.SCALE, 1e3, "الف", "الفا", "الاف");
        words(Kind.DUAL_SCALE, 1e3, "الفان", "الفين", "ألفي");
        words(Kind.SCALE, 1e6, "مليون", "مليونا", "ملايين");
        words(Kind.DUAL_SCALE, 1e6, "مليونان", "مليونين", "مليوني");
        words(Kind.SCALE, 1e9, "مليار", "مليارا", "مليارات");
        words(Kind.DUAL_SCALE, 1e9, "ملياران", "مليارين", "ملياري");
        words(Kind.SCALE, 1e12, "تريليون", "تريليونا", "تريليونات", "ترليون");
        words(Kind.FRACTION, 0.5, "نصف");
        words(Kind.FRACTION, 0.25, "ربع");
        words(Kind.FRACTION, 1.0 / 3, "ثلث");
    }

    /** The number words, looked up whole or without a clitic's letter (وأربعة) where they stand in the text. */
    private static final SpanMap<Word> WORDS = SpanMap.of(WORD_LIST);
    /** Digits grouped in thousands: 1,500 or 1.500.000 (but 1.500 alone is a decimal). */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([,.]\\d{3})+");
    private static final Pattern ONE_DOT_GROUP = Pattern.compile("\\d{1,3}\\.\\d{3}");
    private static final Pattern GROUP_SEPARATORS = Pattern.compile("[,.]");

    private ArabicNumbers() {
    }

    private static void words(Kind kind, double value, String... forms) {
        for (String form : forms) {
            WORD_LIST.put(FoldedText.fold(form), new Word(kind, value));
        }
    }

    /** The number words, folded (ألف، خمسة، مئتين …). */
    static java.util.Set<String> words() {
        return java.util.Collections.unmodifiableSet(WORD_LIST.keySet());
    }

    /** The value of a scale word (ألف، مليون، مليار and their forms, folded), or 0 when it is none. */
    static double scale(String word) {
        Word w = WORDS.get(word);
        return w != null && (w.kind == Kind.SCALE || w.kind == Kind.DUAL_SCALE) ? w.value : 0;
    }

    /**
     * Reads the number that starts at {@code from}, or returns null. With {@code conjunctions} false, a و does not
     * continue the number: in "بين عشرة وعشرين" it joins the two ends of a range. Its first word may carry a
     * clitic (بثلاثة، وأربعة), and a scale repeated after a fraction (مليون ونصف مليون) is read once.
     */
    static Reading read(List<Token> tokens, int from, boolean conjunctions) {
        double total = 0;
        double current = 0;
        double scale = 1;
        double lastScale = 1;
        double fractionOf = 0;
        int end = -1;
        for (int i = from; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean started = end >= 0;
            if (token.kind() == Tokens.Kind.NUMBER) {
                double value = digits(token.text());
                if (started && current != 0 || Double.isNaN(value)) {
                    break;
                }
                current += value;
                end = i + 1;
                continue;
            }
            if (token.kind() != Tokens.Kind.WORD) {
                break;
            }
            if (started && conjunctions && token.hasText("و") && digitsContinue(tokens, i + 1, lastScale)) {
                continue; // ملياران و200 مليون
            }
            boolean joined = false;
            Word word = token.in(WORDS);
            if (word == null && !started) {
                word = underClitic(token);
            }
            if (word == null && started && conjunctions && token.length() > 1 && token.charAt(0) == 'و') {
                word = token.in(WORDS, 1);
                joined = word != null;
            }
            if (word == null) {
                break;
            }
            boolean fresh = current == 0 || joined;
            switch (word.kind) {
                case UNIT:
                    // عشر after a unit makes a teen (ثلاثة عشر); otherwise units start a number or follow و.
                    if (!fresh && !(word.value == 10 && current < 10)) {
                        return reading(total, current, from, end, scale);
                    }
                    current += word.value;
                    break;
                case TEN:
                case HUNDREDS:
                    if (!fresh) {
                        return reading(total, current, from, end, scale);
                    }
                    current += word.value;
                    break;
                case HUNDRED:
                    current = current > 0 && current < 10 && !joined ? current * 100 : current + 100;
                    break;
                case SCALE:
                case DUAL_SCALE:
                    if (word.value == fractionOf && current == 0) {
                        fractionOf = 0;
                        break; // مليون ونصف مليون: the scale of the fraction, said again
                    }
                    if (current > 10 && !joined && pluralScale(token)) {
                        // آلاف، ملايين count three to ten of them; "منذ 2014 آلاف الغارات" is a year, then a
                        // vague amount: eleven and more take the singular (15 ألف).
                        return reading(total, current, from, end, scale);
                    }
                    double base = current == 0 || joined ? (word.kind == Kind.DUAL_SCALE ? 2 : 1) : current;
                    if (joined) {
                        total += current;
                    }
                    total += base * word.value;
                    current = 0;
                    scale = Math.max(scale, word.value);
                    lastScale = word.value;
                    break;
                case FRACTION:
                    if (joined && lastScale > 1) {
                        total += word.value * lastScale; // مليون ونصف
                        fractionOf = lastScale;
                    } else if (current == 0 && !started) {
                        current = word.value; // نصف مليون
                    } else {
                        return reading(total, current, from, end, scale);
                    }
                    break;
                default:
                    throw new IllegalStateException(word.kind.name());
            }
            end = i + 1;
        }
        return reading(total, current, from, end, scale);
    }

    /** The plural scale words, said after three to ten only. */
    private static final SpanMap<Boolean> PLURAL_SCALES = SpanMap.setOf(java.util.List.of("الاف", "ملايين",
            "مليارات", "تريليونات"));

    static boolean pluralScale(Token token) {
        return token.in(PLURAL_SCALES) != null;
    }

    /** بثلاثة، وأربعة، لخمسة: a number word under one clitic, when what is left is long enough to be no other word. */
    private static Word underClitic(Token word) {
        char first = word.charAt(0);
        boolean clitic = first == 'و' || first == 'ف' || first == 'ب' || first == 'ل' || first == 'ك';
        return clitic && word.length() > 3 ? word.in(WORDS, 1) : null; // لست (I am not) is no ل + ست
    }

    /**
     * Whether a lone و goes on with digits of a smaller order: ملياران و200 مليون, ألفان و500; not "5 آلاف و7
     * آلاف", two numbers of one order.
     */
    private static boolean digitsContinue(List<Token> tokens, int next, double lastScale) {
        if (lastScale == 1 || next >= tokens.size() || tokens.get(next).kind() != Tokens.Kind.NUMBER) {
            return false;
        }
        Word after = next + 1 < tokens.size() ? tokens.get(next + 1).in(WORDS) : null;
        boolean scaled = after != null && (after.kind == Kind.SCALE || after.kind == Kind.DUAL_SCALE);
        return scaled ? after.value < lastScale : digits(tokens.get(next).text()) < lastScale;
    }

    private static Reading reading(double total, double current, int from, int end, double scale) {
        double value = total + current;
        return end < 0 || value <= 0 ? null : new Reading(value, from, end, scale);
    }

    /**
     * "1,500" and "1٬500" group thousands; "2,5", "2.5" and "2٫5" are decimals; NaN for what is neither (a dotted
     * date 3.3.2019, two numbers run together 1,5001,500), which is then no number at all rather than a guess.
     */
    static double digits(String digits) {
        if (plainDigits(digits)) {
            return Double.parseDouble(digits); // most numbers: nothing to group or to read as a decimal point
        }
        String plain = digits.replace('\u066C', ',');
        if (GROUPED.matcher(plain).matches() && !ONE_DOT_GROUP.matcher(plain).matches()) {
            return Double.parseDouble(GROUP_SEPARATORS.matcher(plain).replaceAll(""));
        }
        String decimal = plain.replace('\u066B', '.').replace(',', '.');
        int point = decimal.indexOf('.');
        boolean oneInside = point > 0 && point < decimal.length() - 1 && decimal.indexOf('.', point + 1) < 0;
        return oneInside ? Double.parseDouble(decimal) : Double.NaN;
    }

    private static boolean plainDigits(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c == '.' || c == ',' || c == '\u066B' || c == '\u066C') {
                return false;
            }
        }
        return true;
    }
}
