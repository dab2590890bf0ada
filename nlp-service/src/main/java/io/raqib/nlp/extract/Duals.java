package io.raqib.nlp.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.raqib.nlp.extract.CountedNouns.Noun;
import io.raqib.nlp.extract.Tokens.Kind;
import io.raqib.nlp.extract.Tokens.Token;
import io.raqib.schemas.FigureCategory;

/**
 * A count of two told by the noun's own ending, with no number word: قتل مسلحان، ضبطت عبوتين ناسفتين، نشر لواءين،
 * سيارتي دفع رباعي. Arabic writes two of a thing this way far more often than with اثنان, so the dual is a figure
 * of 2 like any other (its category, event and group read as for a number).
 * <p>
 * Only an indefinite noun counts: a definite dual (الطفلان) points back at people already counted. The endings are
 * read against the noun lists, never alone, since ان and ين end many other words:
 * <ul>
 * <li>a noun in ة: تان، تين (and تا، تي before the noun it is construed with, سيارتي دفع): never a plural, which is
 * ات;</li>
 * <li>any other noun: ان (مسلحان، مدنيان) is a dual, the plural being ون; ين is a dual only where the noun cannot
 * take ين as its plural: things and events (نفقين، مسدسين) and people whose plural is broken (عنصرين of عناصر,
 * جنديين of جنود). مسلحين، مدنيين are plurals.</li>
 * </ul>
 * Words right after a dual that end as it does agree with it (عبوتين ناسفتين، لواءين جديدين): they belong to the
 * figure and count nothing more.
 */
final class Duals {

    /** People nouns whose plural is broken, so that their form in ين is a dual (عنصرين, not عناصر). */
    private static final Set<String> BROKEN_PLURALS = folded("عنصر", "جندي", "طفل", "حارس", "شخص", "رجل", "شاب",
            "سجين", "اسير", "قتيل", "جريح", "شهيد", "ضابط", "شرطي", "تاجر");
    /**
     * Nouns counted only in the dual here: army units (their singular names a unit, اللواء الثامن, and is no count)
     * and people by their nationality (their singular names a country's adjective as well, سوري).
     */
    private static final Map<String, FigureCategory> DUAL_ONLY = Map.of("لواء", FigureCategory.OTHER,
            "فوج", FigureCategory.OTHER, "سريه", FigureCategory.OTHER, "سوري", FigureCategory.PEOPLE,
            "عراقي", FigureCategory.PEOPLE, "تركي", FigureCategory.PEOPLE, "اردني", FigureCategory.PEOPLE,
            "لبناني", FigureCategory.PEOPLE);
    /** Units, in ين as well (لواءين): no people, so no plural in ين. Nationalities are duals in ان only (عراقيين are Iraqis). */
    private static final Set<String> UNITS = folded("لواء", "فوج", "سريه");
    /** Names that end like a dual of a listed noun: طالبان is no two students. */
    private static final Set<String> NAMES = folded("طالبان");
    /** A number word after the dual carries the count itself: مقاتلين اثنين. */
    private static final SpanMap<Boolean> TWO = SpanMap.setOf(List.of("اثنين", "اثنان", "اثنتين", "اثنتان"));
    /** The endings, the feminine ones first (تين before ين); construct forms only for nouns in ة. */
    private static final String[] FEMININE = {"تين", "تان", "تي", "تا"};
    private static final String[] MASCULINE = {"ان", "ين"};
    private static final Set<FigureCategory> THINGS = java.util.EnumSet.of(FigureCategory.OTHER,
            FigureCategory.WEAPONS);

    private Duals() {
    }

    private static Set<String> folded(String... words) {
        return java.util.Arrays.stream(words).map(FoldedText::fold).collect(java.util.stream.Collectors.toSet());
    }

    /** The counted noun in the dual at token {@code i}, its end past the words agreeing with it, or null. */
    static Noun at(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.kind() != Kind.WORD || token.length() < 5 || !endsAsADual(token)) {
            return null; // most words: cheap to turn away
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).in(TWO) != null) {
            return null;
        }
        if (i > 0 && agrees(tokens.get(i - 1), token) && read(Clitics.strip(tokens.get(i - 1).text())) != null) {
            return null; // طائرتين مسيرتين: the second agrees with the first
        }
        String word = token.text();
        int from = word.charAt(0) == 'و' || word.charAt(0) == 'ف' ? 1 : 0;
        Noun noun = read(word.substring(from));
        if (noun == null && word.length() - from > 5 && Clitics.glued(word.charAt(from))) {
            noun = read(word.substring(from + 1)); // بعبوتين، لسيارتين
        }
        if (noun == null) {
            return null;
        }
        int end = i + 1;
        while (end < tokens.size() && agrees(tokens.get(end - 1), tokens.get(end))) {
            end++;
        }
        Noun dual = new Noun(noun.category(), noun.form(), i + 1);
        Noun rigged = CountedNouns.rigged(tokens, dual);
        return new Noun(rigged.category(), noun.form(), Math.max(end, rigged.end()));
    }

    /** ان، ين، or تي، تا: the only endings read below, checked on the token's chars before any String is cut. */
    private static boolean endsAsADual(Token token) {
        char last = token.charAt(token.length() - 1);
        char before = token.charAt(token.length() - 2);
        return last == 'ن' ? before == 'ا' || before == 'ي' : (last == 'ي' || last == 'ا') && before == 'ت';
    }

    /** Whether {@code next} ends with the dual ending of {@code dual} and starts no new item (no و). */
    private static boolean agrees(Token dual, Token next) {
        if (next.kind() != Kind.WORD || dual.kind() != Kind.WORD || next.charAt(0) == 'و' || next.length() < 4
                || dual.length() < 4) {
            return false;
        }
        for (String ending : MASCULINE) {
            if (dual.endsWith(ending) && next.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** The noun a word without clitics is the dual of, or null. */
    private static Noun read(String word) {
        if (word.startsWith("ال") || NAMES.contains(word)) {
            return null;
        }
        for (String ending : FEMININE) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 2) {
                String singular = word.substring(0, word.length() - ending.length()) + "ه";
                FigureCategory category = category(singular);
                if (category != null) {
                    return new Noun(category, singular, 0);
                }
            }
        }
        for (String ending : MASCULINE) {
            if (!word.endsWith(ending) || word.length() - ending.length() < 3) {
                continue;
            }
            String singular = word.substring(0, word.length() - ending.length());
            FigureCategory category = category(singular);
            if (category != null && (ending.equals("ان") || THINGS.contains(category) && singular.charAt(
                    singular.length() - 1) != 'ه' || BROKEN_PLURALS.contains(singular)
                    || UNITS.contains(singular))) {
                return new Noun(category, singular, 0);
            }
        }
        return null;
    }

    private static FigureCategory category(String singular) {
        FigureCategory only = DUAL_ONLY.get(singular);
        return only != null ? only : CountedNouns.exactly(singular);
    }
}
