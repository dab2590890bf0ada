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

    /** Whether a cell or a band is named in the words of the clause before token {@code first}. */
    static boolean around(List<Token> tokens, int first) {
        return Tokens.wordBefore(tokens, first, REACH, BODIES);
    }
}
