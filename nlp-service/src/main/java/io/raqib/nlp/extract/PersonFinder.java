package io.raqib.nlp.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.raqib.nlp.extract.Tokens.Kind;
import io.raqib.nlp.extract.Tokens.Token;
import io.raqib.schemas.Entity;
import io.raqib.schemas.EntityType;

/**
 * People who are in no list, found the way a reader finds them: after a title or role (العميد، الناطق باسم …،
 * القيادي في …) comes a name. Once a person is named in full, later mentions by family name (وأضاف الكاظمي) are
 * found too. No Arabic NER model ships in a Maven or npm package, so these rules are the baseline a model must beat.
 */
final class PersonFinder {

    /** Titles and roles, folded and without the article (it is stripped before the lookup). */
    private static final SpanMap<Boolean> TITLES = folded("ناطق", "متحدث", "نائب", "جنرال", "عميد", "لواء", "عقيد",
            "مقدم", "رائد", "نقيب", "ملازم", "كولونيل", "قيادي", "وزير", "رئيس", "مسؤول", "خبير", "محلل", "باحث",
            "شيخ", "مدير", "قائد", "سفير", "مستشار", "محافظ", "أمير", "والي", "زعيم", "عضو", "مبعوث", "منسق",
            "الفريق", "فريق", "أدميرال", "الرئيس", "نقيب", "المقدم", "مراسل", "الصحفي", "صحفي", "الكاتب", "كاتب");

    /** Words that sit between a title and the name: باسم …، في …، الرسمي، السابق … */
    private static final SpanMap<Boolean> LINKS = folded("باسم", "في", "ب", "لدى", "عن");
    private static final SpanMap<Boolean> QUALIFIERS = folded("رسمي", "سابق", "عسكري", "أمني", "إعلامي", "ميداني",
            "بارز", "كبير", "أول", "الركن", "ركن", "المتقاعد", "متقاعد", "العام", "عام", "الأعلى", "أعلى");

    /** Words that are never part of a name. */
    private static final SpanMap<Boolean> STOP = folded("أن", "إن", "أنه", "إنه", "بأن", "في", "من", "إلى", "على", "عن",
            "ما", "لا", "لم", "لن", "قد", "كان", "كانت", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "مع",
            "بعد", "قبل", "خلال", "حول", "أمس", "اليوم", "أيضا", "إنها", "هو", "هي", "هم", "وقال", "قال", "أكد",
            "أضاف", "وأضاف", "وأكد", "حيث", "كما", "بين", "عند", "منذ", "ضد", "لدى", "عدد", "بعض", "كل", "جميع",
            "غير", "دون", "تم", "يتم", "وزارة", "قيادة", "قوات", "جهاز", "مديرية", "هيئة", "لجنة", "مجلس", "حكومة",
            "شرطة", "الجيش", "الأمن", "التنظيم", "العمليات", "عمليات", "محافظة", "مدينة", "منطقة", "قضاء", "ناحية",
            "باسم", "الأمريكي", "الأميركي", "العراقي", "السوري", "التركي", "الكردي", "الدولي");

    /** Name particles that bind the next word: عبد الله، أبو بكر، بن علي. */
    private static final SpanMap<Boolean> PARTICLES = folded("عبد", "أبو", "ابو", "بن", "ابن", "أم", "آل");

    /** First names; those also common words only count after a title ({@code *} in the file). */
    private static final SpanMap<Boolean> FIRST_NAMES;
    private static final SpanMap<Boolean> FIRST_NAMES_ALONE;

    static {
        Set<String> firstNames = new java.util.HashSet<>();
        Set<String> alone = new java.util.HashSet<>();
        for (String line : Resources.lines("/raqib/first-names.txt")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            for (String name : line.strip().split("\\s+")) {
                boolean ambiguous = name.endsWith("*");
                String folded = FoldedText.fold(ambiguous ? name.substring(0, name.length() - 1) : name);
                firstNames.add(folded);
                if (!ambiguous) {
                    alone.add(folded);
                }
            }
        }
        FIRST_NAMES = SpanMap.setOf(firstNames);
        FIRST_NAMES_ALONE = SpanMap.setOf(alone);
    }

    /**
     * What a name may start at: a title, a first name that needs none, أبو. A word ending like none of them (what
     * is looked up is the word or what is left of it with letters off its front) starts no name.
     */
    private static final SpanMap<Boolean> STARTS = SpanMap.setOf(java.util.stream.Stream.of(TITLES.keys(),
            FIRST_NAMES_ALONE.keys(), List.of("ابو")).flatMap(List::stream).toList());

    /** How far after a title the name may begin (القيادي في هيئة كذا وكذا، فلان …), in words. */
    private static final int TITLE_REACH = 8;

    private PersonFinder() {
    }

    private static SpanMap<Boolean> folded(String... words) {
        return SpanMap.setOf(Arrays.stream(words).map(FoldedText::fold).toList());
    }

    /** People named after a title, then their later mentions; {@code known} are the entities already found. */
    static List<Entity> find(FoldedText text, List<Entity> knownEntities) {
        List<Token> tokens = text.tokens();
        Known known = new Known(knownEntities);
        Map<String, Entity> people = new LinkedHashMap<>();
        List<Entity> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() != Kind.WORD || !tokens.get(i).mayEndWordOf(STARTS)) {
                continue;
            }
            int n;
            int end;
            if (tokens.get(i).stripped(TITLES) != null) {
                n = skipToName(tokens, i + 1, text, known);
                end = nameEnd(tokens, n);
                if (end == n || !FIRST_NAMES.contains(tokens.get(n).text())) {
                    // Not right after the title: look a little further for a known first name.
                    int k = firstNameWithin(tokens, i + 1, FIRST_NAMES);
                    if (k >= 0 && nameEnd(tokens, k) > k) {
                        n = k;
                        end = nameEnd(tokens, k);
                    }
                }
            } else if (isFirstNameAlone(tokens.get(i)) && familyNameFollows(tokens, i)
                    || isKunya(tokens, i)) {
                // وقال حيدر الطائي …: a known first name and a family name need no title.
                n = i;
                end = nameEnd(tokens, i);
            } else {
                continue;
            }
            if (end > n) {
                Entity person = entity(text, text.start(tokens.get(n).start()), text.end(tokens.get(end - 1).end()), null);
                if (overlapsKnown(person, known)) {
                    continue;
                }
                // Folding goes char by char, so the name folded is the folded text's span of it.
                people.putIfAbsent(text.text().substring(tokens.get(n).start(), tokens.get(end - 1).end()), person);
                found.add(person);
                i = end - 1;
            }
        }
        found.addAll(laterMentions(text, people, found, known));
        return found;
    }

    private static int skipToName(List<Token> tokens, int i, FoldedText text, Known known) {
        int n = i;
        while (n < tokens.size()) {
            Token token = tokens.get(n);
            if (token.text().equals("،") || token.text().equals(",") || token.stripped(QUALIFIERS) != null
                    || QUALIFIERS.contains(token.text())) {
                n++;
            } else if (token.kind() == Kind.WORD && LINKS.contains(token.text())) {
                // باسم قوات سوريا الديمقراطية: skip the organisation (a known entity, or one word).
                int after = knownEntityEnd(tokens, n + 1, text, known);
                n = after > n + 1 ? after : n + 2;
            } else {
                int after = knownEntityEnd(tokens, n, text, known);
                if (after > n) {
                    n = after; // القيادي في الحشد الشعبي، معين … ; or a title + organisation directly
                } else {
                    return n;
                }
            }
        }
        return n;
    }

    private static int firstNameWithin(List<Token> tokens, int from, SpanMap<Boolean> names) {
        for (int k = from; k < tokens.size() && k < from + TITLE_REACH; k++) {
            Token token = tokens.get(k);
            if (token.kind() == Kind.PUNCTUATION && !token.text().equals("،") && !token.text().equals(",")) {
                return -1;
            }
            if (token.kind() == Kind.WORD && names.contains(token.text())) {
                return k;
            }
        }
        return -1;
    }

    /** A first name that needs no title, maybe with the conjunction: وحيدر is حيدر. */
    private static boolean isFirstNameAlone(Token token) {
        if (!token.mayEndWordOf(FIRST_NAMES_ALONE)) {
            return false; // what is looked up is the word or the word less its first letter
        }
        return token.length() > 3 && token.charAt(0) == 'و' && token.in(FIRST_NAMES_ALONE, 1) != null
                || token.in(FIRST_NAMES_ALONE) != null;
    }

    /** A family name after a first name: a word with the article (الطائي) or another first name (جوان حسو). */
    private static boolean familyNameFollows(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !nameWord(tokens.get(i + 1))) {
            return false;
        }
        String next = tokens.get(i + 1).text();
        return next.startsWith("ال") && next.length() > 3 || FIRST_NAMES.contains(next);
    }

    /** The token index after a known entity that starts at token {@code i}, or {@code i} when none does. */
    private static int knownEntityEnd(List<Token> tokens, int i, FoldedText text, Known known) {
        if (i >= tokens.size()) {
            return i;
        }
        Entity entity = known.containing(text.start(tokens.get(i).start()));
        if (entity != null) {
            int j = i;
            while (j < tokens.size() && text.start(tokens.get(j).start()) < entity.getEnd()) {
                j++;
            }
            return j;
        }
        return i;
    }

    /**
     * The entities already found (the gazetteer's), asked again and again which one holds an offset and whether a
     * name overlaps one. They come in order and without overlaps, so a binary search answers; a list that does not
     * (only a caller other than the extractor could pass one) is searched from end to end, as it used to be.
     */
    private static final class Known {

        private final List<Entity> entities;
        private final boolean ordered;

        Known(List<Entity> entities) {
            this.entities = entities;
            boolean ordered = true; // each one non-empty, and ending before the next starts
            for (int k = 0; k < entities.size() && ordered; k++) {
                ordered = entities.get(k).getStart() < entities.get(k).getEnd()
                        && (k == 0 || entities.get(k - 1).getEnd() <= entities.get(k).getStart());
            }
            this.ordered = ordered;
        }

        /** The first entity (in list order) with start <= offset < end, or null. */
        Entity containing(int offset) {
            if (!ordered) {
                for (Entity entity : entities) {
                    if (entity.getStart() <= offset && offset < entity.getEnd()) {
                        return entity;
                    }
                }
                return null;
            }
            int last = lastStartingBefore(offset + 1);
            return last >= 0 && offset < entities.get(last).getEnd() ? entities.get(last) : null;
        }

        /** Whether some entity overlaps [start, end). */
        boolean overlap(int start, int end) {
            if (!ordered) {
                for (Entity e : entities) {
                    if (e.getStart() < end && start < e.getEnd()) {
                        return true;
                    }
                }
                return false;
            }
            int last = lastStartingBefore(end);
            return last >= 0 && start < entities.get(last).getEnd();
        }

        /** The index of the last entity starting before {@code offset}, or -1. */
        private int lastStartingBefore(int offset) {
            return EntityOrder.firstStartingAt(entities, offset) - 1;
        }
    }

    /** أبو حفص الشامي: a kunya and a family name make a name on their own. */
    private static boolean isKunya(List<Token> tokens, int i) {
        return i + 2 < tokens.size() && tokens.get(i).is("ابو") && nameWord(tokens.get(i + 1))
                && tokens.get(i + 2).text().startsWith("ال") && nameWord(tokens.get(i + 2));
    }

    /** Two words (three with a particle: عبد الله، أبو محمد) that look like a name, or nothing. */
    private static int nameEnd(List<Token> tokens, int n) {
        if (n + 1 >= tokens.size() || !nameWord(tokens.get(n))) {
            return n;
        }
        String first = tokens.get(n).text();
        if (!FIRST_NAMES.contains(first)) {
            // Not a first name we know: only a plain word (no clitic, no article) followed by a family name with
            // the article or a known first name will do (العميد سامر الدليمي, but not العميد لتأمين عملية).
            char c = first.charAt(0);
            String next = tokens.get(n + 1).text();
            boolean plain = !first.startsWith("ال") && c != 'و' && c != 'ل' && c != 'ب' && c != 'ف' && c != 'ك';
            if (!plain || !(next.startsWith("ال") && next.length() > 3 || FIRST_NAMES.contains(next))) {
                return n;
            }
        }
        int end = n + 1;
        if (PARTICLES.contains(tokens.get(n).text()) && nameWord(tokens.get(end))) {
            end++;
        }
        if (end < tokens.size() && nameWord(tokens.get(end))) {
            end++;
            if (PARTICLES.contains(tokens.get(end - 1).text()) && end < tokens.size() && nameWord(tokens.get(end))) {
                end++;
            }
        }
        return end - n >= 2 ? end : n;
    }

    private static boolean nameWord(Token token) {
        return token.kind() == Kind.WORD && token.length() >= 2 && token.in(STOP) == null
                && token.stripped(TITLES) == null;
    }

    private static boolean overlapsKnown(Entity person, Known known) {
        return known.overlap(person.getStart(), person.getEnd());
    }

    /** وأضاف الكاظمي: a family name already seen in full stands for the same person. */
    private static List<Entity> laterMentions(FoldedText text, Map<String, Entity> people, List<Entity> found,
            Known known) {
        Map<String, Entity> byFamilyName = new LinkedHashMap<>();
        people.forEach((name, person) -> {
            String[] words = name.split(" ");
            String family = words[words.length - 1];
            if (family.length() >= 3 && !PARTICLES.contains(family)) {
                byFamilyName.putIfAbsent(family, person);
            }
        });
        List<Entity> mentions = new ArrayList<>();
        if (byFamilyName.isEmpty()) {
            return mentions;
        }
        for (var match : new PhraseMatcher<>(byFamilyName, false).find(text)) {
            Entity mention = entity(text, match.start(), match.end(), match.value().getCanonical());
            if (!inside(mention, found) && !overlapsKnown(mention, known)) {
                mentions.add(mention);
            }
        }
        return mentions;
    }

    private static boolean inside(Entity mention, List<Entity> people) {
        for (Entity e : people) {
            if (e.getStart() <= mention.getStart() && mention.getEnd() <= e.getEnd()) {
                return true;
            }
        }
        return false;
    }

    /** A person at original offsets; the canonical name is the full name as first written. */
    private static Entity entity(FoldedText text, int start, int end, String canonical) {
        String written = text.original().substring(start, end);
        String name = canonical != null ? canonical : written;
        return new Entity(EntityType.PERSON, written, name, name, start, end);
    }
}
