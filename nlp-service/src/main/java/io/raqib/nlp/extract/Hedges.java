package io.raqib.nlp.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hedge before a number: نحو، أكثر من، لا يزيد قوامها على، ما يصل إلى. What is found is what this regex finds
 * ({@code find()}) in the 32 folded chars before the number, H being the hedges, longest first, with {@code \s+(?:F\s+)?}
 * between their words, and F a filler (عددهم، قوامها):
 * <pre>
 *   (?&lt;![\p{L}])[وفب]?(H1|H2|…)(?:\s+F)?\s*$
 * </pre>
 * It runs for every number, so it is run in pieces that give the same answer: a window that does not end with the
 * last word of a hedge or a filler has no match; a match starts where no letter is before it, with a hedge's first
 * word (after و ف or ب maybe), and there only the hedges starting with that word can match, so only they are tried
 * ({@link #BY_FIRST_WORD}), in the same order as the whole alternation would.
 */
final class Hedges {

    /** What a hedge makes of a number: about it, at least it, at most it. */
    enum Bound { APPROXIMATE, AT_LEAST, AT_MOST }

    /** A hedge before a quantity, and where the figure then starts (folded offset); no bound when there is none. */
    record Hedge(Bound bound, int start) {
    }

    private static final Map<String, Bound> HEDGES = new LinkedHashMap<>();

    static {
        hedges(Bound.APPROXIMATE, "ما يقارب", "ما يقرب من", "يقارب", "تقارب", "نحو", "حوالي", "قرابه", "زهاء",
                "ما يناهز", "يناهز", "تناهز");
        hedges(Bound.AT_LEAST, "اكثر من", "ما يزيد عن", "ما يزيد علي", "يزيد عن", "يزيد علي", "تزيد عن", "تزيد علي",
                "ما لا يقل عن", "لا يقل عن", "لا تقل عن", "ازيد من", "تجاوز", "يتجاوز", "تتجاوز", "يتجاوزون", "يفوق",
                "تفوق", "فاق", "يتعدي", "تتعدي", "يربو علي", "يزيدون علي", "يزيدون عن", "يفوقون",
                // The other persons and tenses of the same verbs: تجاوزت نصف مليون دولار، تخطى عددهم، زاد على.
                "تجاوزت", "تجاوزوا", "يتجاوزن", "فاقت", "فاقوا", "تعدي", "تعدت", "تخطي", "تخطت", "يتخطي", "تتخطي",
                "يتخطون", "زاد علي", "زاد عن", "زادت علي", "زادت عن", "زادوا علي", "زادوا عن", "تربو علي",
                "ما يربو علي", "ما يفوق", "ما يتجاوز", "لا يقلون عن", "لم يقل عن", "لم تقل عن");
        hedges(Bound.AT_MOST, "اقل من", "ما دون", "ما يصل الي", "يصل الي", "تصل الي", "وصلت الي", "وصل الي", "حتي", "لا يتجاوز", "لا تتجاوز",
                "لا يتجاوزون", "ما لا يزيد عن", "ما لا يزيد علي", "لا يزيد عن", "لا يزيد علي", "لا تزيد عن",
                "لا تزيد علي", "لا يتعدي", "لا تتعدي", "لا يتعدون", "لا يزيدون علي", "لا يزيدون عن",
                // Denied in the past or the future: لم يتجاوز عددهم 50 is at most 50, not more than it.
                "لم يتجاوز", "لم تتجاوز", "لم يتجاوزوا", "لن يتجاوز", "لن تتجاوز", "لم يزد علي", "لم يزد عن",
                "لم تزد علي", "لم تزد عن", "لم يتعد", "لم تتعد", "لا يتخطي", "لا تتخطي", "لم يتخط", "لم تتخط",
                "ما لا يتجاوز", "لا يفوق", "لا تفوق", "بحد اقصي", "لم يعد يتجاوز", "لم تعد تتجاوز",
                "لم يعد يزيد علي", "لم تعد تزيد علي");
    }

    /** The bound of a hedge written out, its words one space apart (لا يزيد علي), or null when it is none. */
    static Bound of(String phrase) {
        return HEDGES.get(phrase);
    }

    /** The pronouns a filler ends with. */
    private static final List<String> PRONOUNS = List.of("هم", "ها", "ه", "هن");
    /** Nouns of a whole that stand, with a pronoun, inside or after a hedge: لا يزيد قوامها على، تتجاوز مساحتها. */
    private static final List<String> WHOLES = List.of("عدد", "قوام", "عديد", "مساحت", "قيمت");
    /** Nouns of a force's men that stand, with a pronoun, after عدد: لا يتجاوز عدد أفرادها. */
    private static final List<String> MEN = List.of("افراد", "عناصر", "مقاتلي", "جنود", "منتسبي");
    /**
     * What may stand inside or after a hedge: لا يزيد قوامها على، لا يتجاوز عددهم، تتجاوز مساحتها، and a count of its
     * men: لا يتجاوز عدد أفرادها.
     */
    private static final String FILLER = "(?:" + anyOf(WHOLES) + anyOf(PRONOUNS) + "|عدد\\s+" + anyOf(MEN)
            + anyOf(PRONOUNS) + ")";
    /** Per first word, the hedges that start with it (longest first, as in the whole alternation) and what follows. */
    private static final SpanMap<Pattern> BY_FIRST_WORD;

    static {
        Map<String, List<String>> byFirstWord = new LinkedHashMap<>();
        HEDGES.keySet().stream().sorted((a, b) -> b.length() - a.length()).forEach(hedge -> byFirstWord
                .computeIfAbsent(firstWord(hedge), w -> new java.util.ArrayList<>())
                .add(hedge.replace(" ", "\\s+(?:" + FILLER + "\\s+)?")));
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        byFirstWord.forEach((word, hedges) -> patterns.put(word,
                Pattern.compile("(" + String.join("|", hedges) + ")(?:\\s+" + FILLER + ")?\\s*$")));
        BY_FIRST_WORD = SpanMap.of(patterns);
    }

    /** The spaces between a hedge's words, with a filler maybe: read as one space to look the hedge up. */
    private static final Pattern HEDGE_GAP = Pattern.compile("\\s+(?:" + FILLER + "\\s+)?");
    /** How far before a number its hedge may start, in folded characters. */
    private static final int HEDGE_REACH = 32;

    /**
     * What the window before a hedged number ends with, spaces aside: the last word of a hedge, or a filler. A
     * match ends the window but for spaces (and a line break, which {@code $} may stand before), so a window ending
     * otherwise has no hedge.
     */
    private static final List<String> LAST_WORDS = Stream.concat(
            HEDGES.keySet().stream().map(h -> h.substring(h.lastIndexOf(' ') + 1)),
            Stream.concat(WHOLES.stream(), MEN.stream()).flatMap(n -> PRONOUNS.stream().map(p -> n + p)))
            .distinct().toList();
    private static final SpanMap<Boolean> LAST_WORD_ENDINGS = SpanMap.setOf(LAST_WORDS);
    private static final int LONGEST_LAST_WORD = LAST_WORDS.stream().mapToInt(String::length).max().orElse(0);

    private Hedges() {
    }

    private static String anyOf(List<String> words) {
        return "(?:" + String.join("|", words) + ")";
    }

    /** Every hedge (folded) and its bound, in the order they are listed: for tests. */
    static Map<String, Bound> all() {
        return java.util.Collections.unmodifiableMap(HEDGES);
    }

    private static String firstWord(String hedge) {
        return hedge.contains(" ") ? hedge.substring(0, hedge.indexOf(' ')) : hedge;
    }

    private static void hedges(Bound bound, String... forms) {
        for (String form : forms) {
            HEDGES.put(FoldedText.fold(form), bound);
        }
    }

    /** The hedge before the number at folded offset {@code start} of {@code text}, if any. */
    static Hedge before(FoldedText text, int start) {
        return before(text.text(), text.chars(), start);
    }

    /** The hedge before the number at offset {@code start} of a folded text, whose chars are {@code chars}. */
    static Hedge before(String folded, char[] chars, int start) {
        int reach = Math.max(0, start - HEDGE_REACH);
        if (!endsWithLastWord(folded, reach, start)) {
            return new Hedge(null, start);
        }
        Matcher hedge = find(folded, chars, reach, start);
        if (hedge == null) {
            return new Hedge(null, start);
        }
        String written = hedge.group(1);
        Bound bound = HEDGES.get(written); // written with single spaces and no filler, as it mostly is
        if (bound == null) {
            bound = HEDGES.get(HEDGE_GAP.matcher(written).replaceAll(" "));
        }
        return new Hedge(bound, hedge.start(1));
    }

    /** The hedge before the number at offset {@code start} of the folded text {@code folded}, if any. */
    static Hedge before(String folded, int start) {
        return before(folded, folded.toCharArray(), start);
    }

    /** Whether [reach, start) of the folded text, spaces and line breaks taken off its end, ends with a last word. */
    private static boolean endsWithLastWord(String text, int reach, int start) {
        int end = start;
        while (end > reach && spaceOrBreak(text.charAt(end - 1))) {
            end--;
        }
        int length = end - reach;
        if (length == 0 || !LAST_WORD_ENDINGS.mayEndWord(length >= 2 ? text.charAt(end - 2) : SpanMap.NO_TAIL,
                text.charAt(end - 1), length)) {
            return false; // by its last two letters, the window ends with none of them (as for most numbers)
        }
        for (int from = Math.max(reach, end - LONGEST_LAST_WORD); from < end; from++) {
            if (LAST_WORD_ENDINGS.contains(text, from, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The leftmost match in the window [reach, start) of the folded text, as find() on the window would have it: at
     * each start with no letter before it in the window (a code point, as the regex reads), leftmost first, the
     * hedges after a و ف or ب taken off first, then those at the start itself (the optional prefix is greedy). The
     * match, over the folded text with the window as its region, holds the hedge as group 1.
     */
    private static Matcher find(String folded, char[] chars, int reach, int start) {
        for (int from = reach; from < start; from++) {
            if (from > reach && Character.isLetter(Character.codePointBefore(chars, from, reach))) {
                continue;
            }
            char c = chars[from];
            Matcher hedge = (c == 'و' || c == 'ف' || c == 'ب') ? hedgeAt(folded, chars, from + 1, start) : null;
            if (hedge == null) {
                hedge = hedgeAt(folded, chars, from, start);
            }
            if (hedge != null) {
                return hedge;
            }
        }
        return null;
    }

    /**
     * The hedges that start with the word at {@code from} (up to the next space or line break: a hedge's first word
     * is followed by one, or ends the window), matched there; null when none does.
     */
    private static Matcher hedgeAt(String folded, char[] chars, int from, int start) {
        int end = from;
        while (end < start && !spaceOrBreak(chars[end])) {
            end++;
        }
        Pattern hedges = end > from ? BY_FIRST_WORD.get(folded, from, end) : null;
        if (hedges == null) {
            return null;
        }
        // Bounds opaque (nothing before the region is seen) and anchoring ($ at the window's end), as by default.
        Matcher hedge = hedges.matcher(folded).region(from, start);
        return hedge.lookingAt() ? hedge : null;
    }

    /** The regex's {@code \s} ([ \t\n\x0B\f\r]) and the line terminators {@code $} may stand before. */
    private static boolean spaceOrBreak(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }
}
