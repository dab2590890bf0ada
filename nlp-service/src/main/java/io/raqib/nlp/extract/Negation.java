package io.raqib.nlp.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a phrase is denied or only supposed where it stands: "نفى وجود أي عمليات تسلل", "لا توجد محاولات
 * هروب", "في حال فرار السجناء". The desk counts what happened, not what someone said did not.
 */
final class Negation {

    private static final Pattern CUE = Pattern.compile("(?<![\\p{L}])[وف]?(نفي|نفت|ينفي|تنفي|نافيا|نافيه|لا(?!\\s*(?:يزال|تزال|زال|زالت|سيما|بد))|لم|لن"
            + "|ليس|ليست|عدم|دون|بدون|استبعد|استبعدت|يستبعد|تستبعد|في حال|حال|اذا|لو|انعدام|خلو|خالي|خاليه)(?![\\p{L}])");
    /** A negation reaches back no further than its clause, and at most this many characters. */
    private static final int SCOPE = 45;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.!?؟\\n،,:؛]|(?<![\\p{L}])(لكن|ولكن|بل|غير ان)(?![\\p{L}])");

    private Negation() {
    }

    /** Whether the phrase at original offset {@code start} is negated or hypothetical. */
    static boolean denied(FoldedText text, int start) {
        int at = text.foldedOffset(start);
        String before = text.text().substring(Math.max(0, at - SCOPE), at);
        Matcher breaks = CLAUSE_BREAK.matcher(before);
        int clause = 0;
        while (breaks.find()) {
            clause = breaks.end();
        }
        return CUE.matcher(before.substring(clause)).find();
    }
}
