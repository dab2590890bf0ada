package io.raqib.nlp.extract;

import java.util.List;
import java.util.Set;

import io.raqib.nlp.extract.Tokens.Token;
import io.raqib.schemas.Entity;
import io.raqib.schemas.EntityType;
import io.raqib.schemas.FigureCategory;

/**
 * Whose men a figure counts, and what that makes them: ISIS's are fighters, the police's (or the Asayish's)
 * security personnel, any other force's troops. The group is the organisation named right after the figure (… مقاتل
 * من داعش) or, failing that, the one whose men were named before it in its sentence (عدد عناصر الحشد ارتفع إلى
 * نحو 3 آلاف مقاتل، قوة من الأسايش لا يتجاوز عدد أفرادها 400 عنصر).
 */
final class Forces {

    /** No organisations known: every figure keeps the category of its noun. */
    static final Forces NONE = new Forces(null, List.of(), null);

    /** How far after a figure, in characters of its sentence, the group may be named ("20 ألف مقاتل من داعش"). */
    private static final int AFTER = 40;
    /** How far before it the group's men may have been named. */
    private static final int BEFORE = 60;
    /** Groups whose men the desk counts as fighters. */
    private static final Set<String> ARMED_GROUPS = Set.of("ISIS", "Hayat Tahrir al-Sham", "Hezbollah",
            "Kataib Hezbollah");
    /** Forces that police rather than fight. */
    private static final Set<String> POLICE = Set.of("Asayish", "Federal Police", "Highway Police",
            "Iraqi Ministry of Interior");
    /** How far before a figure, in characters of its sentence, the force whose men it counts may be named. */
    private static final int FORCE_BEFORE = 150;
    /** The armies, police and militias of the states and statelets of the region, and the forces abroad in it. */
    private static final Set<String> STATE_FORCES = Set.of("SDF", "PMF", "Global Coalition", "Iraqi Army",
            "Syrian Army", "US Forces", "Iraqi Border Guard", "Counter-Terrorism Service", "Iraqi Ministry of Interior",
            "Iraqi Ministry of Defence", "Peshmerga", "Tribal Mobilization", "Federal Police", "Asayish",
            "Highway Police", "Joint Operations Command", "Diyala Operations Command", "Nineveh Operations Command",
            "Anbar Operations Command", "Baghdad Operations Command", "Jordanian Armed Forces", "Turkish Army",
            "Russian Forces", "IRGC", "Iraqi Security Forces", "Iraqi National Security Service");
    private static final List<String> HOLDING_PLACES = List.of("سجون", "سجن", "مخيم", "معتقل", "مراكز احتجاز");
    /** Verbs of a force sending, holding or launching its men. */
    private static final SpanMap<Boolean> ACTS = SpanMap.setOf(java.util.stream.Stream.of("دفع", "دفعت", "ارسل",
            "ارسلت", "نشر", "نشرت", "حشد", "حشدت", "زج", "زجت", "استقدم", "استقدمت", "اطلق", "اطلقت", "يضم", "تضم",
            "ضم", "ضمت", "يمتلك", "تمتلك", "يملك", "تملك", "يحتفظ", "تحتفظ", "ينشر", "تنشر", "يدفع", "تدفع")
            .map(FoldedText::fold).toList());
    private static final SpanMap<Boolean> HEADS = SpanMap.setOf(List.of("قياده", "قوات", "وحدات"));
    private static final SpanMap<Boolean> RELATIVES = SpanMap.setOf(List.of("الذي", "التي", "الذين"));
    /** Words that name a group's men right before the group: عناصر الحشد، مسلحي التنظيم، جنود الجيش. */
    private static final Set<String> MEN_OF = Set.of("عناصر", "مقاتلي", "مسلحي", "جنود", "منتسبي", "افراد", "عدد",
            "اعداد", "قوات", "مقاتلو", "عناصره", "ابناء", "الويه", "فصائل", "وحدات", "قطعات");
    /** Words for a body of men before من and the group: قوة من الأسايش، عناصر من الجيش. */
    private static final Set<String> BODY_OF = Set.of("قوه", "قوات", "عناصر", "دوريه", "مفرزه", "افراد", "وحده");

    private final FoldedText text;
    private final List<Entity> organisations;
    private final Sentences sentences;
    /** Each organisation's sentence, and whether its men are named right before it (0 not asked yet, 1 yes, 2 no). */
    private final int[] sentenceOf;
    private final byte[] menNamed;

    private Forces(FoldedText text, List<Entity> organisations, Sentences sentences) {
        this.text = text;
        this.organisations = organisations;
        this.sentences = sentences;
        this.sentenceOf = new int[organisations.size()];
        for (int g = 0; g < sentenceOf.length; g++) {
            sentenceOf[g] = sentences.of(organisations.get(g).getStart());
        }
        this.menNamed = new byte[organisations.size()];
    }

    static Forces of(FoldedText text, List<Entity> entities, Sentences sentences) {
        return new Forces(text, entities.stream().filter(e -> e.getType() == EntityType.ORGANIZATION).toList(),
                sentences);
    }

    /**
     * The force named before a figure in its sentence, nearest first, when no armed group is named between: whose
     * men a count of members with no group of their own is (دفعت قسد بنحو ألف مقاتل، الحشد العشائري الذي يضم قرابة
     * 40 ألف مقاتل، أربعة ألوية من الجيش العراقي والبيشمركة، يبلغ قوامها نحو 8 آلاف عنصر). Null when the nearest
     * group before is an armed group or no force at all (a ministry, a monitor).
     */
    String forceBefore(int start, boolean sizeOfAForce) {
        if (organisations.isEmpty()) {
            return null;
        }
        int sentence = sentences.of(start);
        Entity nearest = null;
        for (int g = 0; g < organisations.size(); g++) {
            Entity group = organisations.get(g);
            if (group.getEnd() <= start && start - group.getEnd() <= FORCE_BEFORE && sentenceOf[g] == sentence
                    && (ARMED_GROUPS.contains(group.getCanonical()) || STATE_FORCES.contains(group.getCanonical()))) {
                nearest = group;
            }
        }
        return nearest == null || ARMED_GROUPS.contains(nearest.getCanonical())
                || !sizeOfAForce && !actsOnItsOwn(nearest) ? null : nearest.getCanonical();
    }

    /**
     * Whether a group is the subject of what its sentence tells, not its source: a verb of sending, holding or
     * launching next to it (دفعت قسد، قيادة الأسايش دفعت، أرسل الجيش السوري), or a relative clause after it (الحشد
     * العشائري الذي يضم). "قالت قسد" and "مسؤول في قسد" only say who told it.
     */
    private boolean actsOnItsOwn(Entity group) {
        List<Token> tokens = text.tokens();
        int first = Tokens.at(tokens, text.foldedOffset(group.getStart()));
        int after = Tokens.at(tokens, text.foldedOffset(group.getEnd()));
        if (first > 1 && tokens.get(first - 1).in(HEADS) != null) {
            first--; // دفعت قيادة الأسايش
        }
        return first > 0 && tokens.get(first - 1).stripped(ACTS) != null
                || after < tokens.size() && (tokens.get(after).in(RELATIVES) != null
                        || tokens.get(after).stripped(ACTS) != null);
    }

    /** The group of the figure at original offsets [start, end), or null. */
    String actor(int start, int end) {
        int sentence = organisations.isEmpty() ? 0 : sentences.of(start);
        Entity before = null;
        for (int g = 0; g < organisations.size(); g++) {
            Entity group = organisations.get(g);
            boolean sameSentence = sentenceOf[g] == sentence;
            if (group.getStart() >= start && group.getStart() - end <= AFTER && sameSentence
                    && !clauseEndsBetween(end, group.getStart()) && !heldBy(end, group.getStart())) {
                return group.getCanonical();
            }
            if (group.getEnd() <= start && start - group.getEnd() <= BEFORE && sameSentence && namesMen(g)) {
                before = group;
            }
        }
        return before == null ? null : before.getCanonical();
    }

    /**
     * Whether a clause ends between original offsets {@code from} and {@code to}: a group named after a comma
     * (… مقاتل في سوريا والعراق، فيما قدّر مسؤول في جهاز المخابرات) is the subject of the next clause, not the
     * figure's.
     */
    private boolean clauseEndsBetween(int from, int to) {
        String original = text.original();
        for (int i = from; i < to && i < original.length(); i++) {
            char c = original.charAt(i);
            if (c == '،' || c == ',' || c == '؛' || c == ';' || c == ':' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the group after a figure is named as the holder of a prison or a camp (محتجزين في سجون قسد): the men
     * are held by it, not its own.
     */
    private boolean heldBy(int from, int to) {
        if (from >= to) {
            return false; // a group named inside the figure's own words
        }
        String between = FoldedText.fold(text.original().substring(from, Math.min(to, text.original().length())));
        for (String place : HOLDING_PLACES) {
            if (between.contains(place)) {
                return true;
            }
        }
        return false;
    }

    private boolean namesMen(int g) {
        if (menNamed[g] == 0) {
            menNamed[g] = namesMen(organisations.get(g)) ? (byte) 1 : (byte) 2;
        }
        return menNamed[g] == 1;
    }

    private boolean namesMen(Entity group) {
        List<Token> tokens = text.tokens();
        int at = Tokens.at(tokens, text.foldedOffset(group.getStart()));
        return at > 0 && (MEN_OF.contains(tokens.get(at - 1).stripped()) || MEN_OF.contains(tokens.get(at - 1).text()))
                || at > 1 && tokens.get(at - 1).is("من") && BODY_OF.contains(tokens.get(at - 2).stripped());
    }

    /** What the men of a group are: fighters, security personnel or troops. */
    static FigureCategory menOf(String group) {
        return group == null || ARMED_GROUPS.contains(group) ? FigureCategory.FIGHTERS
                : POLICE.contains(group) ? FigureCategory.SECURITY_PERSONNEL : FigureCategory.TROOPS;
    }
}
