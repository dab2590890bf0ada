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
            // Executed, eliminated, perished, died, assassinated, slaughtered, the victims of; they killed.
            Map.entry("اعدم", FigureCategory.CASUALTIES_KILLED), Map.entry("اعدمت", FigureCategory.CASUALTIES_KILLED),
            Map.entry("اعدموا", FigureCategory.CASUALTIES_KILLED), Map.entry("اعدام", FigureCategory.CASUALTIES_KILLED),
            Map.entry("هلاك", FigureCategory.CASUALTIES_KILLED), Map.entry("توفي", FigureCategory.CASUALTIES_KILLED),
            Map.entry("وفاه", FigureCategory.CASUALTIES_KILLED), Map.entry("اغتال", FigureCategory.CASUALTIES_KILLED),
            Map.entry("اغتالت", FigureCategory.CASUALTIES_KILLED), Map.entry("اغتالوا", FigureCategory.CASUALTIES_KILLED),
            Map.entry("اغتيال", FigureCategory.CASUALTIES_KILLED), Map.entry("ذبح", FigureCategory.CASUALTIES_KILLED),
            Map.entry("ذبحوا", FigureCategory.CASUALTIES_KILLED), Map.entry("قتلوا", FigureCategory.CASUALTIES_KILLED),
            Map.entry("قضي", FigureCategory.CASUALTIES_KILLED), Map.entry("خسر", FigureCategory.CASUALTIES_KILLED),
            Map.entry("خسرت", FigureCategory.CASUALTIES_KILLED), Map.entry("يقتل", FigureCategory.CASUALTIES_KILLED),
            Map.entry("تقتل", FigureCategory.CASUALTIES_KILLED), Map.entry("يقتلون", FigureCategory.CASUALTIES_KILLED),
            Map.entry("ضحيه", FigureCategory.CASUALTIES_KILLED), Map.entry("ضحيته", FigureCategory.CASUALTIES_KILLED),
            Map.entry("ضحيتها", FigureCategory.CASUALTIES_KILLED), Map.entry("ضحيتهم", FigureCategory.CASUALTIES_KILLED),
            Map.entry("اصابه", FigureCategory.CASUALTIES_WOUNDED), Map.entry("جرح", FigureCategory.CASUALTIES_WOUNDED),
            Map.entry("اصيب", FigureCategory.CASUALTIES_WOUNDED), Map.entry("اصيبت", FigureCategory.CASUALTIES_WOUNDED),
            Map.entry("جرحت", FigureCategory.CASUALTIES_WOUNDED), Map.entry("اصابت", FigureCategory.CASUALTIES_WOUNDED),
            Map.entry("اصاب", FigureCategory.CASUALTIES_WOUNDED), Map.entry("اصابوا", FigureCategory.CASUALTIES_WOUNDED),
            Map.entry("اعتقل", FigureCategory.DETAINEES), Map.entry("اعتقلت", FigureCategory.DETAINEES),
            Map.entry("اعتقال", FigureCategory.DETAINEES), Map.entry("احتجاز", FigureCategory.DETAINEES),
            Map.entry("اسر", FigureCategory.DETAINEES), Map.entry("توقيف", FigureCategory.DETAINEES),
            Map.entry("قبض", FigureCategory.DETAINEES), // القبض على
            Map.entry("تفكيك", FigureCategory.DETAINEES), // تفكيك خلية مؤلفة من 6 أشخاص: its men arrested
            Map.entry("اسرت", FigureCategory.DETAINEES), Map.entry("اسروا", FigureCategory.DETAINEES),
            Map.entry("اوقفت", FigureCategory.DETAINEES), Map.entry("اعتقلوا", FigureCategory.DETAINEES),
            Map.entry("احتجزت", FigureCategory.DETAINEES), Map.entry("احتجز", FigureCategory.DETAINEES),
            Map.entry("احتجزوا", FigureCategory.DETAINEES), Map.entry("يعتقل", FigureCategory.DETAINEES),
            Map.entry("تعتقل", FigureCategory.DETAINEES),
            Map.entry("اختطف", FigureCategory.PEOPLE), Map.entry("اختطفت", FigureCategory.PEOPLE),
            Map.entry("اختطفوا", FigureCategory.PEOPLE), Map.entry("اختطاف", FigureCategory.PEOPLE),
            Map.entry("خطف", FigureCategory.PEOPLE), Map.entry("خطفت", FigureCategory.PEOPLE),
            Map.entry("خطفوا", FigureCategory.PEOPLE), Map.entry("افرجت", FigureCategory.PEOPLE),
            Map.entry("افرج", FigureCategory.PEOPLE), Map.entry("افراج", FigureCategory.PEOPLE),
            Map.entry("اطلقت", FigureCategory.PEOPLE), Map.entry("اطلاق", FigureCategory.PEOPLE),
            Map.entry("تحرير", FigureCategory.PEOPLE),
            // Led away: يقتادوا نحو 30 آخرين إلى جهة مجهولة.
            Map.entry("اقتاد", FigureCategory.PEOPLE), Map.entry("اقتادت", FigureCategory.PEOPLE),
            Map.entry("اقتادوا", FigureCategory.PEOPLE), Map.entry("يقتادوا", FigureCategory.PEOPLE),
            Map.entry("يقتادون", FigureCategory.PEOPLE)));
    /** The verbs after a count, plural and dual (اثنين من عناصر الحرس أصيبا). */
    private static final SpanMap<FigureCategory> AFTER = SpanMap.of(Map.ofEntries(
            Map.entry("قتلوا", FigureCategory.CASUALTIES_KILLED), Map.entry("قتلا", FigureCategory.CASUALTIES_KILLED),
            Map.entry("لقوا", FigureCategory.CASUALTIES_KILLED), Map.entry("لقيا", FigureCategory.CASUALTIES_KILLED),
            Map.entry("استشهدوا", FigureCategory.CASUALTIES_KILLED),
            Map.entry("استشهدا", FigureCategory.CASUALTIES_KILLED),
            Map.entry("قضوا", FigureCategory.CASUALTIES_KILLED), Map.entry("قضيا", FigureCategory.CASUALTIES_KILLED),
            Map.entry("توفوا", FigureCategory.CASUALTIES_KILLED), Map.entry("توفيا", FigureCategory.CASUALTIES_KILLED),
            Map.entry("ماتوا", FigureCategory.CASUALTIES_KILLED),
            Map.entry("اصيبوا", FigureCategory.CASUALTIES_WOUNDED),
            Map.entry("اصيبا", FigureCategory.CASUALTIES_WOUNDED),
            Map.entry("جرحوا", FigureCategory.CASUALTIES_WOUNDED), Map.entry("جرحا", FigureCategory.CASUALTIES_WOUNDED),
            Map.entry("اعتقلوا", FigureCategory.DETAINEES), Map.entry("اعتقلا", FigureCategory.DETAINEES),
            Map.entry("اوقفوا", FigureCategory.DETAINEES), Map.entry("اوقفا", FigureCategory.DETAINEES),
            Map.entry("احتجزوا", FigureCategory.DETAINEES), Map.entry("اسروا", FigureCategory.DETAINEES),
            // A wound or a death told by the noun after the count: تعرض ثلاثة جنود لإصابات، لقي ثلاثة جنود حتفهم.
            Map.entry("اصابات", FigureCategory.CASUALTIES_WOUNDED), Map.entry("جروح", FigureCategory.CASUALTIES_WOUNDED),
            Map.entry("حتفهم", FigureCategory.CASUALTIES_KILLED), Map.entry("مصرعهم", FigureCategory.CASUALTIES_KILLED),
            // فارق اثنان منهم الحياة، فارقوا الحياة.
            Map.entry("الحياه", FigureCategory.CASUALTIES_KILLED), Map.entry("فارقوا", FigureCategory.CASUALTIES_KILLED),
            Map.entry("فارقا", FigureCategory.CASUALTIES_KILLED)));
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

    private static final SpanMap<Boolean> ASIDE = SpanMap.setOf(List.of("بينهم", "بينهن", "منهم", "وبينهم"));
    private static final String SENTENCED_TO_DEATH = "بالاعدام";
    private static final SpanMap<Boolean> EXECUTION = SpanMap.setOf(List.of("اعدام"));
    /** A sentence or sentences (حكم، أحكام) before إعدام: the court's ruling, not the death. */
    private static final SpanMap<Boolean> SENTENCES = SpanMap.setOf(List.of("حكم", "حكما", "احكام", "احكاما"));
    /** Words that add an item to a list after its clause has run on (…، إلى جانب تسعة من مقاتلي قسد). */
    private static final String[][] ADDING = {{"الي", "جانب"}, {"اضافه", "الي"}, {"بالاضافه", "الي"}, {"فضلا", "عن"},
        {"علاوه", "علي"}};
    /** How far after the figure before, in tokens of its sentence, an added item may stand. */
    private static final int REACH_ADDED = 12;
    private static final SpanMap<Boolean> RULED = SpanMap.setOf(List.of("قضي", "قضت"));
    private static final SpanMap<FigureCategory> SETTING_FREE = SpanMap.of(Map.of("اطلاق", FigureCategory.PEOPLE,
            "اطلقت", FigureCategory.PEOPLE, "اطلق", FigureCategory.PEOPLE));
    /** How far back the verb of a list's clause may stand from a later item of the list. */
    private static final int REACH_JOINED = 10;
    /** القضاء على: eliminating, a death in the army's and the police's statements. */
    private static final SpanMap<Boolean> ELIMINATION = SpanMap.setOf(List.of(FoldedText.fold("قضاء")));
    /** Event nouns with a pronoun of a group (مقتلهم، اعتقالهما): what happened to those counted before. */
    private static final SpanMap<FigureCategory> THEIR_FATE = SpanMap.of(Map.ofEntries(
            Map.entry("مقتلهم", FigureCategory.CASUALTIES_KILLED), Map.entry("مقتلهما", FigureCategory.CASUALTIES_KILLED),
            Map.entry("مصرعهم", FigureCategory.CASUALTIES_KILLED), Map.entry("مصرعهما", FigureCategory.CASUALTIES_KILLED),
            Map.entry("حتفهم", FigureCategory.CASUALTIES_KILLED), Map.entry("حتفهما", FigureCategory.CASUALTIES_KILLED),
            Map.entry("اعدامهم", FigureCategory.CASUALTIES_KILLED),
            Map.entry("استشهادهم", FigureCategory.CASUALTIES_KILLED),
            Map.entry("اصابتهم", FigureCategory.CASUALTIES_WOUNDED),
            Map.entry("اصابتهما", FigureCategory.CASUALTIES_WOUNDED),
            Map.entry("اعتقالهم", FigureCategory.DETAINEES), Map.entry("اعتقالهما", FigureCategory.DETAINEES),
            Map.entry("توقيفهم", FigureCategory.DETAINEES)));
    /** How far after a count, in tokens of its sentence, an event noun may point back at it. */
    private static final int REACH_LATER = 16;
    private static final SpanMap<Boolean> SENTENCE_ENDS = SpanMap.setOf(List.of(".", "!", "?", "؟"));

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

    /**
     * The event of the clause a count joined to it by و stands in (قتل قيادي بارز في تنظيم داعش واثنان من مرافقيه):
     * the items of a list share their clause's verb, however long the item before.
     */
    static FigureCategory ofJoined(List<Token> tokens, int from) {
        return before(tokens, from, false, REACH_JOINED);
    }

    private static FigureCategory before(List<Token> tokens, int from, boolean overRelatives) {
        return before(tokens, from, overRelatives, REACH_BEFORE);
    }

    private static FigureCategory before(List<Token> tokens, int from, boolean overRelatives, int reach) {
        int words = 0;
        for (int i = from - 1; i >= 0 && words < reach; i--) {
            Token token = tokens.get(i);
            if (token.kind() != Kind.WORD || !overRelatives && token.in(NEW_PREDICATE) != null) {
                return null;
            }
            words++;
            if (token.hasText(SENTENCED_TO_DEATH) || i > 0 && token.stripped(EXECUTION) != null
                    && tokens.get(i - 1).stripped(SENTENCES) != null) {
                continue; // أحكاما بالإعدام بحق سبعة مدانين، أحكام إعدام بحق: a sentence, not an execution
            }
            FigureCategory event = underClitics(BEFORE, token);
            if (event != null && token.stripped(RULED) != null && rulingBetween(tokens, i + 1, from)) {
                continue; // قضت المحكمة بسجن 5 متهمين: a court's ruling, not a death
            }
            if (event == FigureCategory.PEOPLE && underClitics(SETTING_FREE, token) != null
                    && !(i + 1 < tokens.size() && tokens.get(i + 1).startsWith("سراح", 0))) {
                continue; // لإطلاق نار من ثلاثة اتجاهات: gunfire; إطلاق سراح is a release
            }
            if (event == null && token.stripped(ELIMINATION) != null && i + 1 < tokens.size()
                    && tokens.get(i + 1).is("علي")) {
                event = FigureCategory.CASUALTIES_KILLED; // القضاء على 9 إرهابيين (not قضاء, a district)
            }
            if (event != null) {
                return event;
            }
        }
        return null;
    }

    /**
     * What happened to the people counted, told later in their sentence by an event noun with a pronoun that points
     * back at them (كان يستقلها مع اثنين من مرافقيه قرب بلدة سرمدا، ما أدى إلى مقتلهم جميعا), before any other count.
     */
    static FigureCategory toldLater(List<Token> tokens, int end) {
        for (int i = end; i < tokens.size() && i < end + REACH_LATER; i++) {
            Token token = tokens.get(i);
            if (token.kind() == Kind.NUMBER || token.in(SENTENCE_ENDS) != null) {
                return null;
            }
            if (token.kind() == Kind.WORD) {
                FigureCategory event = underClitics(THEIR_FATE, token);
                if (event != null) {
                    return event;
                }
            }
        }
        return null;
    }

    /** The event in the verb right after the count at token {@code end}, or after its "من …" complement. */
    static FigureCategory after(List<Token> tokens, int end) {
        int from = end < tokens.size() && tokens.get(end).in(OTHERS) != null ? end + 1 : end;
        from = pastAside(tokens, from);
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

    /** Whether a word brought in by ب stands in [from, to): قضى القاضي بسجن، قضت بالإعدام. */
    private static boolean rulingBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).kind() == Kind.WORD && tokens.get(i).charAt(0) == 'ب' && tokens.get(i).length() > 2) {
                return true;
            }
        }
        return false;
    }

    /** Past an aside between commas that says who is among them (ثلاثة مدنيين، بينهم طفل، قضوا), or {@code at}. */
    private static int pastAside(List<Token> tokens, int at) {
        if (at + 2 >= tokens.size() || !tokens.get(at).hasText("،") || tokens.get(at + 1).in(ASIDE) == null) {
            return at;
        }
        for (int i = at + 2; i < tokens.size() && i <= at + 6; i++) {
            if (tokens.get(i).hasText("،")) {
                return i + 1;
            }
            if (tokens.get(i).kind() == Kind.PUNCTUATION) {
                return at;
            }
        }
        return at;
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

    /**
     * Whether the count at {@code from} is added, by إلى جانب، إضافة إلى، فضلا عن, to the list whose figure before
     * it ends at {@code previousEnd} in the same sentence (مقتل 38 عنصرا من الجيش والقوات الرديفة، إلى جانب تسعة من
     * مقاتلي قسد): the item shares the list's event.
     */
    static boolean added(List<Token> tokens, int previousEnd, int from) {
        if (from - previousEnd > REACH_ADDED || from < 2 || previousEnd > from) {
            return false;
        }
        for (int i = previousEnd; i < from; i++) {
            if (tokens.get(i).in(SENTENCE_ENDS) != null) {
                return false;
            }
        }
        for (String[] words : ADDING) {
            int at = from - words.length;
            boolean all = at >= previousEnd;
            for (int k = 0; all && k < words.length; k++) {
                Token token = tokens.get(at + k);
                all = token.is(words[k]) || k == 0 && token.length() > 1 && token.charAt(0) == 'و'
                        && token.in(SpanMap.setOf(List.of(words[k])), 1) != null;
            }
            if (all) {
                return true;
            }
        }
        return false;
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
