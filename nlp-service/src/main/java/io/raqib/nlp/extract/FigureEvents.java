package io.raqib.nlp.extract;

import java.util.List;
import java.util.Map;

import io.raqib.nlp.extract.Tokens.Kind;
import io.raqib.nlp.extract.Tokens.Token;
import io.raqib.schemas.FigureCategory;

/**
 * The event around a count, which can say more than its noun: مقتل 12 مسلحا are killed, اعتقلت منذ بداية العام 18
 * شخصا detained, 47 عنصرا من الجيش قتلوا killed. Kidnappings and releases (اختطفوا تسعة من جامعي الكمأ، أفرجت عن
 * 11 …) only name the people a bare count is of: a released detainee stays a detainee.
 */
final class FigureEvents {

    private static final SpanMap<FigureCategory> BEFORE = SpanMap.of(Map.ofEntries(
            Map.entry("مقتل", FigureCategory.CASUALTIES_KILLED), Map.entry("قتل", FigureCategory.CASUALTIES_KILLED),
            Map.entry("قتلت", FigureCategory.CASUALTIES_KILLED), Map.entry("مصرع", FigureCategory.CASUALTIES_KILLED),
            Map.entry("سقوط", FigureCategory.CASUALTIES_KILLED), Map.entry("لقي", FigureCategory.CASUALTIES_KILLED),
            Map.entry("استشهد", FigureCategory.CASUALTIES_KILLED),
            Map.entry("استشهاد", FigureCategory.CASUALTIES_KILLED),
            // Neutralised, lost (of one's own men), the lives of, the bodies of: a death told otherwise.
            Map.entry("تحييد", FigureCategory.CASUALTIES_KILLED), Map.entry("حيدت", FigureCategory.CASUALTIES_KILLED),
            Map.entry("تصفيه", FigureCategory.CASUALTIES_KILLED), Map.entry("فقد", FigureCategory.CASUALTIES_KILLED),
            Map.entry("فقدت", FigureCategory.CASUALTIES_KILLED), Map.entry("حياه", FigureCategory.CASUALTIES_KILLED),
            Map.entry("ارواح", FigureCategory.CASUALTIES_KILLED), Map.entry("جثث", FigureCategory.CASUALTIES_KILLED),
            Map.entry("جثامين", FigureCategory.CASUALTIES_KILLED),
            Map.entry("اصابه", FigureCategory.CASUALTIES_WOUNDED), Map.entry("جرح", FigureCategory.CASUALTIES_WOUNDED),
            Map.entry("اصيب", FigureCategory.CASUALTIES_WOUNDED), Map.entry("اصيبت", FigureCategory.CASUALTIES_WOUNDED),
            Map.entry("اعتقل", FigureCategory.DETAINEES), Map.entry("اعتقلت", FigureCategory.DETAINEES),
            Map.entry("اعتقال", FigureCategory.DETAINEES), Map.entry("احتجاز", FigureCategory.DETAINEES),
            Map.entry("اسر", FigureCategory.DETAINEES), Map.entry("توقيف", FigureCategory.DETAINEES),
            Map.entry("قبض", FigureCategory.DETAINEES), // القبض على
            Map.entry("اختطف", FigureCategory.PEOPLE), Map.entry("اختطفت", FigureCategory.PEOPLE),
            Map.entry("اختطفوا", FigureCategory.PEOPLE), Map.entry("اختطاف", FigureCategory.PEOPLE),
            Map.entry("خطف", FigureCategory.PEOPLE), Map.entry("خطفت", FigureCategory.PEOPLE),
            Map.entry("خطفوا", FigureCategory.PEOPLE), Map.entry("افرجت", FigureCategory.PEOPLE),
            Map.entry("افرج", FigureCategory.PEOPLE), Map.entry("افراج", FigureCategory.PEOPLE),
            Map.entry("اطلقت", FigureCategory.PEOPLE), Map.entry("اطلاق", FigureCategory.PEOPLE),
            Map.entry("تحرير", FigureCategory.PEOPLE)));
    /** The verbs after a count, plural and dual (اثنين من عناصر الحرس أصيبا). */
    private static final SpanMap<FigureCategory> AFTER = SpanMap.of(Map.ofEntries(
            Map.entry("قتلوا", FigureCategory.CASUALTIES_KILLED), Map.entry("قتلا", FigureCategory.CASUALTIES_KILLED),
            Map.entry("لقوا", FigureCategory.CASUALTIES_KILLED), Map.entry("لقيا", FigureCategory.CASUALTIES_KILLED),
            Map.entry("استشهدوا", FigureCategory.CASUALTIES_KILLED),
            Map.entry("استشهدا", FigureCategory.CASUALTIES_KILLED),
            Map.entry("قضوا", FigureCategory.CASUALTIES_KILLED), Map.entry("قضيا", FigureCategory.CASUALTIES_KILLED),
            Map.entry("اصيبوا", FigureCategory.CASUALTIES_WOUNDED),
            Map.entry("اصيبا", FigureCategory.CASUALTIES_WOUNDED),
            Map.entry("جرحوا", FigureCategory.CASUALTIES_WOUNDED), Map.entry("جرحا", FigureCategory.CASUALTIES_WOUNDED),
            Map.entry("اعتقلوا", FigureCategory.DETAINEES), Map.entry("اعتقلا", FigureCategory.DETAINEES)));
    /** What may stand between a count and its verb: تسعة عسكريين آخرين أصيبوا. */
    private static final SpanMap<Boolean> OTHERS = SpanMap.setOf(java.util.List.of("اخرين", "اخرون", "اخران",
            "اخريين"));
    /** How far back the event may stand, in words: "قتلت القوات خلال الفترة ذاتها 42 إرهابيا". */
    private static final int REACH_BEFORE = 5;
    /** How far a verb after "من …" may stand: "47 عنصرا من الجيش السوري والمجموعات الرديفة قتلوا". */
    private static final int REACH_AFTER = 6;
    /** A relative clause or كان starts another predicate: "مقتل قيادي كان يقود 200 مقاتل". */
    private static final SpanMap<Boolean> NEW_PREDICATE = SpanMap.setOf(List.of("الذي", "التي", "الذين", "اللذين",
            "اللتين", "اللواتي", "كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا"));

    private FigureEvents() {
    }

    /** The event in the words before token {@code from}, nearest first, within its clause. */
    static FigureCategory before(List<Token> tokens, int from) {
        return before(tokens, from, false);
    }

    /**
     * The event of the clause a count stands in apposition to (وقتلت من كانوا فيها، وهم ثمانية): what was done to
     * them is told by the clause's verb, wherever a relative clause puts it.
     */
    static FigureCategory ofApposed(List<Token> tokens, int from) {
        return before(tokens, from, true);
    }

    private static FigureCategory before(List<Token> tokens, int from, boolean overRelatives) {
        int words = 0;
        for (int i = from - 1; i >= 0 && words < REACH_BEFORE; i--) {
            Token token = tokens.get(i);
            if (token.kind() != Kind.WORD || !overRelatives && token.in(NEW_PREDICATE) != null) {
                return null;
            }
            words++;
            FigureCategory event = underClitics(BEFORE, token);
            if (event != null) {
                return event;
            }
        }
        return null;
    }

    /** The event in the verb right after the count at token {@code end}, or after its "من …" complement. */
    static FigureCategory after(List<Token> tokens, int end) {
        int from = end < tokens.size() && tokens.get(end).in(OTHERS) != null ? end + 1 : end;
        int reach = from < tokens.size() && tokens.get(from).is("من") ? REACH_AFTER : 1;
        for (int i = from; i < tokens.size() && i < from + reach; i++) {
            Token token = tokens.get(i);
            if (token.kind() != Kind.WORD) {
                return null;
            }
            FigureCategory event = underClitics(AFTER, token);
            if (event != null) {
                return event;
            }
        }
        return null;
    }

    /** Whether the count at {@code from} is joined by و to the one ending at {@code previousEnd}: "…، ونحو 370". */
    static boolean joined(List<Token> tokens, int previousEnd, int from) {
        if (from - previousEnd > 2 || from >= tokens.size()) {
            return false;
        }
        for (int i = previousEnd; i < from; i++) {
            Token token = tokens.get(i);
            if (!token.hasText("،") && !token.hasText(",") && !token.hasText("و")) {
                return false;
            }
        }
        return tokens.get(from).startsWith("و", 0) || from > 0 && tokens.get(from - 1).is("و");
    }

    private static FigureCategory underClitics(SpanMap<FigureCategory> events, Token token) {
        if (!token.mayEndWordOf(events)) {
            return null; // all that is looked up below is the word less letters at its front
        }
        String word = token.text();
        FigureCategory category = token.in(events); // فقدت, whose ف is no clitic
        if (category == null) {
            category = token.stripped(events);
        }
        if (category == null && word.length() > 3 && Clitics.glued(word.charAt(0)) && word.charAt(0) != 'ك') {
            category = events.get(word, Clitics.start(word, 1), word.length()); // بمقتل، وإصابة، فاعتقال
        }
        return category;
    }
}
