package io.raqib.nlp.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private static final SpanMap<FigureCategory> AFTER = SpanMap.of(Map.of(
            "قتلوا", FigureCategory.CASUALTIES_KILLED, "لقوا", FigureCategory.CASUALTIES_KILLED,
            "استشهدوا", FigureCategory.CASUALTIES_KILLED,
            "قضوا", FigureCategory.CASUALTIES_KILLED, "اصيبوا", FigureCategory.CASUALTIES_WOUNDED,
            "جرحوا", FigureCategory.CASUALTIES_WOUNDED, "اعتقلوا", FigureCategory.DETAINEES));
    /** How far back the event may stand, in words: "قتلت القوات خلال الفترة ذاتها 42 إرهابيا". */
    private static final int REACH_BEFORE = 5;
    /** How far a verb after "من …" may stand: "47 عنصرا من الجيش السوري والمجموعات الرديفة قتلوا". */
    private static final int REACH_AFTER = 6;
    /** A relative clause or كان starts another predicate: "مقتل قيادي كان يقود 200 مقاتل". */
    private static final Set<String> NEW_PREDICATE = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي",
            "كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا");

    private FigureEvents() {
    }

    /** The event in the words before token {@code from}, nearest first, within its clause. */
    static FigureCategory before(List<Token> tokens, int from) {
        int words = 0;
        for (int i = from - 1; i >= 0 && words < REACH_BEFORE; i--) {
            Token token = tokens.get(i);
            if (token.kind() != Kind.WORD || NEW_PREDICATE.contains(token.text())) {
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
        int reach = end < tokens.size() && tokens.get(end).is("من") ? REACH_AFTER : 1;
        for (int i = end; i < tokens.size() && i < end + reach; i++) {
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
            String text = tokens.get(i).text();
            if (!text.equals("،") && !text.equals(",") && !text.equals("و")) {
                return false;
            }
        }
        return tokens.get(from).text().startsWith("و") || from > 0 && tokens.get(from - 1).is("و");
    }

    private static FigureCategory underClitics(SpanMap<FigureCategory> events, Token token) {
        if (!token.mayEndWordOf(events)) {
            return null; // all that is looked up below is the word less letters at its front
        }
        String word = token.text();
        FigureCategory category = token.stripped(events);
        if (category == null && word.length() > 3 && Clitics.glued(word.charAt(0)) && word.charAt(0) != 'ك') {
            category = events.get(word, Clitics.start(word, 1), word.length()); // بمقتل، وإصابة، فاعتقال
        }
        return category;
    }
}
