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

    private static final SpanMap<Boolean> PRISONS = folded("سجن", "السجن", "سجون", "السجون", "زنازين", "زنزانه");
    private static final SpanMap<Boolean> HELD = folded("معتقل", "المعتقل", "معتقلات", "احتجاز", "الاحتجاز", "مخيم",
            "المخيم", "مخيمات", "يقبعون", "محتجزون", "محتجزين", "المحتجزين", "تحتجز", "يحتجز", "احتجزت", "تحتجزهم",
            "يحتجزون");
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "؟");
    private static final int REACH = 12;

    private Custody() {
    }

    private static SpanMap<Boolean> folded(String... words) {
        return SpanMap.setOf(java.util.Arrays.stream(words).map(FoldedText::fold).toList());
    }

    /** In a prison, a camp, or held by someone. */
    static boolean held(List<Token> tokens, int i) {
        return near(tokens, i, HELD) || near(tokens, i, PRISONS);
    }

    /** Verbs of storming or attacking: those who do it to a prison are its attackers, not held in it. */
    private static final SpanMap<Boolean> ATTACKING = folded("اقتحم", "اقتحمت", "اقتحموا", "هاجم", "هاجمت", "هاجموا",
            "يهاجم", "يقتحم", "شن", "شنت", "شنوا");
    private static final int ATTACKING_REACH = 3;

    /** Whether the count starting at token {@code first} is of those attacking (اقتحم عشرات المسلحين السجن). */
    static boolean attacking(List<Token> tokens, int first) {
        return Tokens.wordBefore(tokens, first, ATTACKING_REACH, ATTACKING);
    }

    /** In a prison. */
    static boolean imprisoned(List<Token> tokens, int i) {
        return near(tokens, i, PRISONS);
    }

    private static boolean near(List<Token> tokens, int i, SpanMap<Boolean> words) {
        for (int step : new int[] {-1, 1}) {
            for (int k = i + step; k >= 0 && k < tokens.size() && Math.abs(k - i) <= REACH; k += step) {
                Token token = tokens.get(k);
                if (token.length() == 1 && SENTENCE_ENDS.contains(token.text())) {
                    break;
                }
                if (token.mayEndWordOf(words) && (token.in(words) != null || token.stripped(words) != null
                        || token.length() > 3 && token.in(words, 1) != null)) {
                    return true;
                }
            }
        }
        return false;
    }
}
