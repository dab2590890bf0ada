package io.raqib.nlp.extract;

import java.util.List;
import java.util.Set;

import io.raqib.nlp.extract.Tokens.Token;

/**
 * Whether a count stands among prisons, camps and detention, a few words each way in its sentence: fighters held
 * there are detainees (تحتجز قسد حوالي 10 آلاف مقاتل). People are detainees in a prison, but not in a camp, where
 * the families live.
 */
final class Custody {

    private static final Set<String> PRISONS = folded("سجن", "السجن", "سجون", "السجون", "زنازين", "زنزانه");
    private static final Set<String> HELD = folded("معتقل", "المعتقل", "معتقلات", "احتجاز", "الاحتجاز", "مخيم",
            "المخيم", "مخيمات", "يقبعون", "محتجزون", "محتجزين", "المحتجزين", "تحتجز", "يحتجز", "احتجزت", "تحتجزهم",
            "يحتجزون");
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "؟");
    private static final int REACH = 12;

    private Custody() {
    }

    private static Set<String> folded(String... words) {
        return java.util.Arrays.stream(words).map(FoldedText::fold).collect(java.util.stream.Collectors.toSet());
    }

    /** In a prison, a camp, or held by someone. */
    static boolean held(List<Token> tokens, int i) {
        return near(tokens, i, HELD) || near(tokens, i, PRISONS);
    }

    /** In a prison. */
    static boolean imprisoned(List<Token> tokens, int i) {
        return near(tokens, i, PRISONS);
    }

    private static boolean near(List<Token> tokens, int i, Set<String> words) {
        for (int step : new int[] {-1, 1}) {
            for (int k = i + step; k >= 0 && k < tokens.size() && Math.abs(k - i) <= REACH; k += step) {
                String word = tokens.get(k).text();
                if (SENTENCE_ENDS.contains(word)) {
                    break;
                }
                if (words.contains(word) || words.contains(Clitics.strip(word))
                        || word.length() > 3 && words.contains(word.substring(1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
