package io.raqib.nlp.extract;

import java.util.List;
import java.util.Set;

import io.raqib.nlp.extract.Tokens.Kind;
import io.raqib.nlp.extract.Tokens.Token;

/**
 * Whether a phrase is denied or only supposed where it stands: "نفى وجود أي عمليات تسلل", "لا توجد محاولات
 * هروب", "في حال فرار السجناء". The desk counts what happened, not what someone said did not.
 */
final class Negation {

    private static final Set<String> CUES = Set.of("نفي", "نفت", "ينفي", "تنفي", "نافيا", "نافيه", "لا", "لم", "لن",
            "ليس", "ليست", "عدم", "دون", "بدون", "استبعد", "استبعدت", "يستبعد", "تستبعد", "اذا", "لو", "انعدام", "خلو",
            "خالي", "خاليه");
    /** لا that does not deny: لا يزال (still), لا سيما (especially), لا بد (must). */
    private static final Set<String> NOT_DENYING_AFTER_LA = Set.of("يزال", "تزال", "زال", "زالت", "سيما", "بد");
    private static final Set<String> CLAUSE_BREAKS = Set.of(".", "!", "?", "؟", "،", ",", ":", "؛", "لكن", "ولكن", "بل");
    /** A negation reaches back no further than its clause, and at most this many words. */
    private static final int SCOPE = 6;
    /** A denial (نفت الوزارة، الخميس، الأنباء عن …) covers its whole sentence, commas and all, this far back. */
    private static final Set<String> DENIALS = Set.of("نفي", "نفت", "ينفي", "تنفي", "نافيا", "نافيه", "كذب", "كذبت",
            "فند", "فندت");
    private static final Set<String> SENTENCE_BREAKS = Set.of(".", "!", "?", "؟");
    private static final Set<String> CONTRASTS = Set.of("لكن", "ولكن", "بل", "الا", "غير");
    private static final int DENIAL_SCOPE = 16;

    private Negation() {
    }

    /** Whether the phrase at original offset {@code start} is negated or hypothetical. */
    static boolean denied(FoldedText text, int start) {
        List<Token> tokens = text.tokens();
        int at = Tokens.at(tokens, text.foldedOffset(start));
        boolean inClause = true;
        for (int i = at - 1; i >= 0 && i >= at - DENIAL_SCOPE; i--) {
            Token token = tokens.get(i);
            if (SENTENCE_BREAKS.contains(token.text()) || CONTRASTS.contains(token.text())) {
                return false; // a new sentence, or "… لكن": what follows is asserted again
            }
            inClause = inClause && i >= at - SCOPE && !CLAUSE_BREAKS.contains(token.text());
            String bare = token.text().length() > 2 && (token.text().charAt(0) == 'و' || token.text().charAt(0) == 'ف')
                    ? token.text().substring(1) : token.text();
            if (DENIALS.contains(bare) || DENIALS.contains(token.text())) {
                return true;
            }
            if (!inClause) {
                continue;
            }
            if (token.kind() != Kind.WORD) {
                continue;
            }
            String word = token.text().length() > 2 && (token.text().charAt(0) == 'و' || token.text().charAt(0) == 'ف')
                    && CUES.contains(token.text().substring(1)) ? token.text().substring(1) : token.text();
            boolean la = word.equals("لا");
            if (CUES.contains(word) && !(la && i + 1 < tokens.size()
                    && NOT_DENYING_AFTER_LA.contains(tokens.get(i + 1).text()))) {
                return true;
            }
            if (word.equals("حال") && i > 0 && tokens.get(i - 1).is("في")) {
                return true; // في حال: only supposed
            }
        }
        return false;
    }
}
