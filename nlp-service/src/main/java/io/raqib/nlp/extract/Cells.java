package io.raqib.nlp.extract;

import java.util.List;

import io.raqib.nlp.extract.Tokens.Token;

/**
 * Whether people counted with a noun that says nothing of who they are (أشخاص، أفراد) are the size of a cell or a
 * band: خلية مؤلفة من 6 أشخاص، مجموعة ثانية من سبعة أشخاص، مجموعات صغيرة لا يتجاوز عدد أفراد الواحدة منها خمسة
 * أشخاص. In the news of this desk such a body is an armed one, so they are fighters (an arrest or a death told
 * around them still says what happened to them). A network is not one: it smuggles others (الشبكة أدخلت 35 شخصا).
 */
final class Cells {

    private static final SpanMap<Boolean> BODIES = SpanMap.setOf(java.util.stream.Stream.of("خليه", "خلايا",
            "مجموعه", "مجموعات", "مجاميع", "مفرزه", "عصابه", "عصابات")
            .map(FoldedText::fold).toList());
    /** How far before the count, in words of its clause, the body may be named. */
    private static final int REACH = 9;

    private Cells() {
    }

    /** A count of cells: ISIS's strength, in the unit it is told in (ما بين 40 و50 خلية، تفكيك ثلاث خلايا). */
    private static final java.util.Set<String> CELLS = java.util.Set.of(FoldedText.fold("خليه"),
            FoldedText.fold("خلايا"));

    /** Whether the noun counts cells: fighters, whatever is done to them. */
    static boolean counted(CountedNouns.Noun noun) {
        return noun != null && CELLS.contains(noun.form());
    }

    /** Whether a cell or a band is named in the words of the clause before token {@code first}. */
    static boolean around(List<Token> tokens, int first) {
        int seen = 0;
        for (int i = first - 1; i >= 0 && seen < REACH; i--) {
            Token token = tokens.get(i);
            if (token.kind() != Tokens.Kind.WORD) {
                if (QUOTES.indexOf(token.charAt(0)) >= 0 && token.length() == 1) {
                    continue; // خلية صغيرة "لا يزيد عدد أفرادها …": a quotation goes on with the clause
                }
                if (token.hasText("،") && i + 1 < tokens.size() && tokens.get(i + 1).in(COMPRISES) != null) {
                    continue; // خلية خارج السجن، تضم خمسة عناصر: the clause says what the body is made of
                }
                return false;
            }
            seen++;
            if (token.in(BODIES) != null || token.stripped(BODIES) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at {@code i} names a cell or a band: عدد أفراد الخلية. */
    static boolean at(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).kind() == Tokens.Kind.WORD
                && (tokens.get(i).in(BODIES) != null || tokens.get(i).stripped(BODIES) != null);
    }

    /** Verbs that open a clause telling what a body is made of. */
    private static final SpanMap<Boolean> COMPRISES = SpanMap.setOf(java.util.stream.Stream.of("تضم", "يضم",
            "مؤلفه", "تتالف", "تتكون", "قوامها").map(FoldedText::fold).toList());

    private static final String QUOTES = "\"«»“”";
}
