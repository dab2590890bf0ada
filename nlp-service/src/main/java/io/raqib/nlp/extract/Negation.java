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

    // What a token is to a negation, one bit each: worked out once per token of a text, on first use, since the
    // scopes of the phrases and figures asked about overlap.
    private static final int KNOWN = 1;
    private static final int WORD = 1 << 1;
    private static final int SENTENCE_BREAK = 1 << 2;
    private static final int CONTRAST = 1 << 3;
    private static final int CLAUSE_BREAK = 1 << 4;
    private static final int ANSWER = 1 << 5;
    /** A denial (نفت), also with its و or ف. */
    private static final int DENIAL = 1 << 6;
    /** A cue (لم، عدم …), also with its و or ف. */
    private static final int CUE = 1 << 7;
    /** لا, also with its و or ف. */
    private static final int LA = 1 << 8;
    /** يزال، سيما، بد: what makes the لا before it no denial. */
    private static final int NOT_DENYING = 1 << 9;
    /** The word في (of في حال). */
    private static final int FI = 1 << 10;
    /** حال. */
    private static final int HAL = 1 << 11;
    /** قد, also with its و or ف. */
    private static final int QAD = 1 << 12;
    /** A present-tense verb of the third person (after قد). */
    private static final int IMPERFECT = 1 << 13;
    /** A denial that follows what it denies (لا أساس له) starts here. */
    private static final int DENIAL_AFTER = 1 << 14;
    /** The first word of such a denial: then the words after it are compared. */
    private static final int OPENS_DENIAL_AFTER = 1 << 15;

    /** The marks a word has as written, by the word lists above: one lookup per token instead of one per list. */
    private static final SpanMap<Integer> AS_WRITTEN = SpanMap.of(marksByWord(true));
    /** The marks a word has once a و or ف is taken off its front (ولم، فقد), looked up by that span. */
    private static final SpanMap<Integer> AFTER_CONJUNCTION = SpanMap.of(marksByWord(false));

    private static java.util.Map<String, Integer> marksByWord(boolean asWritten) {
        java.util.Map<String, Integer> marks = new java.util.HashMap<>();
        java.util.function.BiConsumer<java.util.Collection<String>, Integer> mark = (words, bit) -> words
                .forEach(word -> marks.merge(word, bit, (a, b) -> a | b));
        mark.accept(DENIALS, DENIAL);
        mark.accept(CUES, CUE);
        mark.accept(Set.of("لا"), LA);
        mark.accept(Set.of("حال"), HAL);
        mark.accept(Set.of("قد"), QAD);
        if (asWritten) {
            mark.accept(SENTENCE_BREAKS, SENTENCE_BREAK);
            mark.accept(CONTRASTS, CONTRAST);
            mark.accept(CLAUSE_BREAKS, CLAUSE_BREAK);
            mark.accept(ANSWERS, ANSWER);
            mark.accept(NOT_DENYING_AFTER_LA, NOT_DENYING);
            mark.accept(Set.of("في"), FI);
            mark.accept(DENIALS_AFTER.stream().map(denial -> denial[0]).toList(), OPENS_DENIAL_AFTER);
        }
        return marks;
    }

    private final FoldedText text;
    private final List<Token> tokens;
    private final int[] marks;

    private Negation(FoldedText text) {
        this.text = text;
        this.tokens = text.tokens();
        this.marks = new int[tokens.size()];
    }

    /** The negations of one text, asked about phrase by phrase. */
    static Negation in(FoldedText text) {
        return new Negation(text);
    }

    /** Whether the phrase at original offset {@code start} is negated or hypothetical. */
    boolean denied(int start) {
        int at = Tokens.at(tokens, text.foldedOffset(start));
        return deniedBefore(at) || deniedAfter(at);
    }

    private boolean deniedAfter(int at) {
        int words = 0;
        for (int i = at + 1; i < tokens.size() && words < DENIAL_AFTER_SCOPE; i++) {
            int marks = marks(i);
            if ((marks & DENIAL_AFTER) != 0) {
                return true;
            }
            if ((marks & (SENTENCE_BREAK | CONTRAST)) != 0) {
                return false; // غير صحيح is a denial, غير أن a contrast
            }
            if ((marks & WORD) != 0) {
                words++;
            }
        }
        return false;
    }

    private boolean deniedBefore(int at) {
        boolean inClause = true;
        int words = 0;
        int clauseWords = 0;
        for (int i = at - 1; i >= 0 && words < DENIAL_SCOPE; i--) {
            int marks = marks(i);
            if ((marks & (SENTENCE_BREAK | CONTRAST)) != 0) {
                return false; // a new sentence, or "… لكن": what follows is asserted again
            }
            if ((marks & WORD) != 0) {
                words++;
                clauseWords++;
            }
            boolean clauseBreak = (marks & CLAUSE_BREAK) != 0;
            boolean answerFollows = i + 1 < tokens.size() && (marks(i + 1) & ANSWER) != 0;
            if (clauseBreak && answerFollows) {
                clauseWords = 0; // the condition is a clause of its own, as far as the scope goes
            }
            inClause = inClause && clauseWords <= SCOPE && (!clauseBreak || answerFollows);
            if ((marks & DENIAL) != 0) {
                return true;
            }
            if (!inClause || (marks & WORD) == 0) {
                continue;
            }
            if ((marks & CUE) != 0 && !((marks & LA) != 0 && i + 1 < tokens.size()
                    && (marks(i + 1) & NOT_DENYING) != 0)) {
                return true;
            }
            if ((marks & HAL) != 0 && i > 0 && (marks(i - 1) & FI) != 0) {
                return true; // في حال: only supposed
            }
            if ((marks & QAD) != 0 && i + 1 < tokens.size() && (marks(i + 1) & IMPERFECT) != 0) {
                return true; // قد يؤدي: may happen (قد with a past verb, قد وقع, says it did)
            }
        }
        return false;
    }

    private int marks(int i) {
        if (marks[i] == 0) {
            marks[i] = marksOf(i);
        }
        return marks[i];
    }

    /**
     * The marks of token {@code i}. A word with و or ف in front (three letters or more) is read without it for a
     * denial and for قد (وعدم، فقد); for a cue only when the rest is one, and then the rest is the word: ولا is لا,
     * but وحال stays وحال.
     */
    private int marksOf(int i) {
        Token token = tokens.get(i);
        Integer found = token.in(AS_WRITTEN);
        int written = found == null ? 0 : found;
        int marks = KNOWN | written & (SENTENCE_BREAK | CONTRAST | CLAUSE_BREAK | ANSWER | NOT_DENYING);
        if (token.kind() == Kind.WORD) {
            marks |= WORD | written & FI;
        }
        if (imperfect(token)) {
            marks |= IMPERFECT;
        }
        boolean conjunction = token.length() > 2 && (token.charAt(0) == 'و' || token.charAt(0) == 'ف');
        found = conjunction && token.mayEndWordOf(AFTER_CONJUNCTION) ? token.in(AFTER_CONJUNCTION, 1) : null;
        int bare = found == null ? 0 : found; // the marks of the word without its conjunction
        marks |= (bare | written) & DENIAL;
        marks |= (conjunction ? bare : written) & QAD;
        // The word a cue is read in: without the conjunction when that is a cue, else as written.
        int word = (bare & CUE) != 0 ? bare : written;
        marks |= word & (CUE | LA | HAL);
        if ((written & OPENS_DENIAL_AFTER) != 0) {
            for (String[] denial : DENIALS_AFTER) {
                if (startsAt(i, denial)) {
                    marks |= DENIAL_AFTER;
                    break;
                }
            }
        }
        return marks;
    }

    private boolean startsAt(int i, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (i + k >= tokens.size() || !tokens.get(i + k).hasText(words[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A verb in the present tense of the third person, by its prefix: يؤدي، يحاول. Not ت or ن, which also open
     * past verbs (قد تمكنوا، قد نفذ): "قد" before those says it happened.
     */
    private static boolean imperfect(Token word) {
        return word.length() > 2 && word.charAt(0) == 'ي';
    }
}
