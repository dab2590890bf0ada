package io.raqib.nlp.extract;

import java.util.List;
import java.util.Set;

import io.raqib.nlp.extract.Tokens.Kind;
import io.raqib.nlp.extract.Tokens.Token;

/**
 * Whether a phrase is denied or only supposed where it stands: "نفى وجود أي عمليات تسلل", "لا توجد محاولات
 * هروب", "في حال فرار السجناء", "حذر من احتمال أن يستعيد نشاطه", "قد يؤدي إلى فرار". The desk counts what
 * happened, not what someone said did not or might.
 */
final class Negation {

    private static final Set<String> CUES = Set.of("نفي", "نفت", "ينفي", "تنفي", "نافيا", "نافيه", "لا", "لم", "لن",
            "ليس", "ليست", "عدم", "دون", "بدون", "استبعد", "استبعدت", "يستبعد", "تستبعد", "اذا", "لو", "انعدام", "خلو",
            "خالي", "خاليه", "احتمال", "احتمالات");
    /** لا that does not deny: لا يزال (still), لا سيما (especially), لا بد (must). */
    private static final Set<String> NOT_DENYING_AFTER_LA = Set.of("يزال", "تزال", "زال", "زالت", "سيما", "بد");
    private static final Set<String> CLAUSE_BREAKS = Set.of(".", "!", "?", "؟", "،", ",", ":", "؛", "لكن", "ولكن", "بل");
    /** The answer of a condition goes on with it across a comma: "إذا انسحب الأمريكيون، فقد نشهد عمليات هروب". */
    private static final Set<String> ANSWERS = Set.of("فقد", "فان", "فانه", "فانها", "فسوف", "فلن", "فسيكون", "فستكون");
    /** A negation reaches back no further than its clause, and at most this many words (punctuation is no word). */
    private static final int SCOPE = 6;
    /** A denial (نفت الوزارة، الخميس، الأنباء عن …) covers its whole sentence, commas and all, this far back. */
    private static final Set<String> DENIALS = Set.of("نفي", "نفت", "ينفي", "تنفي", "نافيا", "نافيه", "كذب", "كذبت",
            "فند", "فندت");
    private static final Set<String> SENTENCE_BREAKS = Set.of(".", "!", "?", "؟");
    private static final Set<String> CONTRASTS = Set.of("لكن", "ولكن", "بل", "الا", "غير");
    private static final int DENIAL_SCOPE = 16;
    /** A denial may also follow what it denies: "الحديث عن عودة التنظيم لا أساس له", "… غير صحيح". */
    private static final List<String[]> DENIALS_AFTER = java.util.stream.Stream.of("لا اساس له", "لا اساس لها",
            "لا صحه له", "لا صحه لها", "عار عن الصحه", "عاريه عن الصحه", "غير صحيح", "غير صحيحه", "مبالغ فيه",
            "مبالغ فيها").map(denial -> denial.split(" ")).toList();
    /** How far after a phrase, in words of its sentence, such a denial reaches. */
    private static final int DENIAL_AFTER_SCOPE = 8;

    private Negation() {
    }

    /** Whether the phrase at original offset {@code start} is negated or hypothetical. */
    static boolean denied(FoldedText text, int start) {
        List<Token> tokens = text.tokens();
        int at = Tokens.at(tokens, text.foldedOffset(start));
        return deniedBefore(tokens, at) || deniedAfter(tokens, at);
    }

    private static boolean deniedAfter(List<Token> tokens, int at) {
        int words = 0;
        for (int i = at + 1; i < tokens.size() && words < DENIAL_AFTER_SCOPE; i++) {
            for (String[] denial : DENIALS_AFTER) {
                if (startsAt(tokens, i, denial)) {
                    return true;
                }
            }
            if (SENTENCE_BREAKS.contains(tokens.get(i).text()) || CONTRASTS.contains(tokens.get(i).text())) {
                return false; // غير صحيح is a denial, غير أن a contrast
            }
            if (tokens.get(i).kind() == Kind.WORD) {
                words++;
            }
        }
        return false;
    }

    private static boolean startsAt(List<Token> tokens, int i, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (i + k >= tokens.size() || !tokens.get(i + k).text().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean deniedBefore(List<Token> tokens, int at) {
        boolean inClause = true;
        int words = 0;
        int clauseWords = 0;
        for (int i = at - 1; i >= 0 && words < DENIAL_SCOPE; i--) {
            Token token = tokens.get(i);
            if (SENTENCE_BREAKS.contains(token.text()) || CONTRASTS.contains(token.text())) {
                return false; // a new sentence, or "… لكن": what follows is asserted again
            }
            if (token.kind() == Kind.WORD) {
                words++;
                clauseWords++;
            }
            boolean answerFollows = i + 1 < tokens.size() && ANSWERS.contains(tokens.get(i + 1).text());
            if (CLAUSE_BREAKS.contains(token.text()) && answerFollows) {
                clauseWords = 0; // the condition is a clause of its own, as far as the scope goes
            }
            inClause = inClause && clauseWords <= SCOPE && (!CLAUSE_BREAKS.contains(token.text()) || answerFollows);
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
            if (bare.equals("قد") && i + 1 < tokens.size() && imperfect(tokens.get(i + 1).text())) {
                return true; // قد يؤدي: may happen (قد with a past verb, قد وقع, says it did)
            }
        }
        return false;
    }

    /**
     * A verb in the present tense of the third person, by its prefix: يؤدي، يحاول. Not ت or ن, which also open
     * past verbs (قد تمكنوا، قد نفذ): "قد" before those says it happened.
     */
    private static boolean imperfect(String word) {
        return word.length() > 2 && word.charAt(0) == 'ي';
    }
}
