package io.raqib.nlp.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
                if (end == n || tokens.get(n).in(FIRST_NAMES) == null) {
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
            if (token.hasText("،") || token.hasText(",") || token.stripped(QUALIFIERS) != null
                    || token.in(QUALIFIERS) != null) {
                n++;
            } else if (token.kind() == Kind.WORD && token.in(LINKS) != null) {
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
            if (token.kind() == Kind.PUNCTUATION && !token.hasText("،") && !token.hasText(",")) {
                return -1;
            }
            if (token.kind() == Kind.WORD && token.in(names) != null) {
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
        Token next = tokens.get(i + 1);
        return next.startsWith("ال", 0) && next.length() > 3 || next.in(FIRST_NAMES) != null;
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
                && tokens.get(i + 2).startsWith("ال", 0) && nameWord(tokens.get(i + 2));
    }

    /** Two words (three with a particle: عبد الله، أبو محمد) that look like a name, or nothing. */
    private static int nameEnd(List<Token> tokens, int n) {
        if (n + 1 >= tokens.size() || !nameWord(tokens.get(n))) {
            return n;
        }
        Token first = tokens.get(n);
        if (first.in(FIRST_NAMES) == null) {
            // Not a first name we know: only a plain word (no clitic, no article) followed by a family name with
            // the article or a known first name will do (العميد سامر الدليمي, but not العميد لتأمين عملية).
            char c = first.charAt(0);
            Token next = tokens.get(n + 1);
            boolean plain = !first.startsWith("ال", 0) && c != 'و' && c != 'ل' && c != 'ب' && c != 'ف' && c != 'ك';
            if (!plain || !(next.startsWith("ال", 0) && next.length() > 3 || next.in(FIRST_NAMES) != null)) {
                return n;
            }
        }
        int end = n + 1;
        if (tokens.get(n).in(PARTICLES) != null && nameWord(tokens.get(end))) {
            end++;
        }
        if (end < tokens.size() && nameWord(tokens.get(end))) {
            end++;
            if (tokens.get(end - 1).in(PARTICLES) != null && end < tokens.size() && nameWord(tokens.get(end))) {
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
        for (var match : familyNames(text, byFamilyName)) {
            Entity mention = entity(text, match.start(), match.end(), match.value().getCanonical());
            if (!inside(mention, found) && !overlapsKnown(mention, known)) {
                mentions.add(mention);
            }
        }
        return mentions;
    }

    /** A family name to look for: whether it was written with the article, and whose it is. */
    private record FamilyName(boolean article, Entity person) {
    }

    /**
     * Where the family names stand in the text, as a {@link PhraseMatcher} without suffixes finds them (a word with
     * its clitics off, the article needed when the name has one), without building a matcher per article: a text
     * names a few people, and a matcher's tables cost more to build than to use. A name of several words (a line
     * break in it) goes to the matcher itself.
     */
    private static List<PhraseMatcher.Match<Entity>> familyNames(FoldedText text, Map<String, Entity> byFamilyName) {
        Map<String, List<FamilyName>> byWord = new HashMap<>();
        for (Map.Entry<String, Entity> entry : byFamilyName.entrySet()) {
            String word = FoldedText.fold(entry.getKey()).strip();
            if (word.isEmpty()) {
                continue;
            }
            if (word.chars().anyMatch(Character::isWhitespace)) {
                return new PhraseMatcher<>(byFamilyName, false).find(text);
            }
            boolean article = word.startsWith("ال") && word.length() > 3;
            List<FamilyName> names = byWord.computeIfAbsent(article ? word.substring(2) : word, w -> new ArrayList<>());
            if (names.stream().noneMatch(n -> n.article == article)) {
                names.add(new FamilyName(article, entry.getValue()));
            }
        }
        SpanMap<List<FamilyName>> names = SpanMap.of(byWord);
        List<PhraseMatcher.Match<Entity>> matches = new ArrayList<>();
        char[] chars = text.chars();
        WordForms forms = new WordForms(chars);
        for (Token token : text.tokens()) {
            if (token.kind() != Kind.WORD || !token.mayEndWordOf(names)) {
                continue; // no name ends like this word, so none is what is left of it with clitics off
            }
            FamilyName best = null;
            forms.read(token.start(), token.end());
            for (int f = 0; f < forms.count() && best == null; f++) {
                List<FamilyName> named = (forms.flags(f) & WordForms.SUFFIX) != 0 ? null
                        : names.get(chars, forms.from(f), forms.to(f), forms.tail(f));
                for (int k = 0; named != null && k < named.size() && best == null; k++) {
                    if (!named.get(k).article || (forms.flags(f) & WordForms.ARTICLE) != 0) {
                        best = named.get(k);
                    }
                }
            }
            if (best != null) {
                matches.add(new PhraseMatcher.Match<>(best.person, text.start(token.start()), text.end(token.end())));
            }
        }
        return matches;
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
