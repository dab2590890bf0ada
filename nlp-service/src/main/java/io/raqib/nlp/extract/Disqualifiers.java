package io.raqib.nlp.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.raqib.nlp.extract.Tokens.Kind;
import io.raqib.nlp.extract.Tokens.Token;

/**
 * Words that take a topic's phrase back when they share its clause: a car bomb seized (ضبط سيارة مفخخة), a belt
 * found (عثرت على حزام ناسف), charges made ready (عبوات معدة للتفجير) or blown up under control (تفجيرها تحت
 * السيطرة) are no bombing; a reconnaissance drone (طائرة مسيرة للاستطلاع) is no airstrike. They are listed per topic
 * in taxonomy.tsv, so an analyst adds them without code.
 */
final class Disqualifiers {

    /** How far before a phrase a disqualifier reaches, in words of its clause ("ضبطت بحوزتهم 3 أحزمة ناسفة") ... */
    private static final int BEFORE = 12;
    /** ... and how far after it ("عبوة ناسفة معدة للتفجير"). */
    private static final int AFTER = 3;
    private static final Set<String> CLAUSE_BREAKS = Set.of(".", "!", "?", "؟", "،", ",", ":", "؛");
    /** After a comma these go on with the same list: "ضبطت أسلحة، إضافة إلى ثلاثة أحزمة ناسفة". */
    private static final Set<String> LIST_GOES_ON = Set.of("اضافه", "بالاضافه", "فضلا", "علاوه");

    private final PhraseMatcher<List<String>> matcher;
    private final Set<String> topics = new HashSet<>();

    /** @param topicsByWord each disqualifying word or phrase and the topics it takes back */
    Disqualifiers(Map<String, List<String>> topicsByWord, PhraseGroup group) {
        this.matcher = new PhraseMatcher<>(topicsByWord, true, group);
        topicsByWord.values().forEach(topics::addAll);
    }

    /** Whether a phrase of a topic, found at original offsets, is taken back in this text. */
    Predicate<PhraseMatcher.Match<String>> in(FoldedText text) {
        return new InText(text);
    }

    /** The disqualifiers of one text, looked for once a phrase of a topic that has some is asked about. */
    private final class InText implements Predicate<PhraseMatcher.Match<String>> {

        private final FoldedText text;
        private List<PhraseMatcher.Match<List<String>>> found; // most articles never need them

        InText(FoldedText text) {
            this.text = text;
        }

        @Override
        public boolean test(PhraseMatcher.Match<String> phrase) {
            if (!topics.contains(phrase.value())) {
                return false;
            }
            if (found == null) {
                found = matcher.find(text);
            }
            List<Token> tokens = text.tokens();
            int from = Tokens.at(tokens, text.foldedOffset(phrase.start()));
            int to = Tokens.at(tokens, text.foldedOffset(phrase.end()));
            for (var word : found) {
                if (!word.value().contains(phrase.value())) {
                    continue;
                }
                int wordFrom = Tokens.at(tokens, text.foldedOffset(word.start()));
                int wordTo = Tokens.at(tokens, text.foldedOffset(word.end()));
                if (wordTo <= from && sameClause(tokens, wordTo, from, BEFORE)
                        || wordFrom >= to && sameClause(tokens, to, wordFrom, AFTER)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Whether tokens [from, to) hold at most {@code words} words and no clause break but a list going on. */
    private static boolean sameClause(List<Token> tokens, int from, int to, int words) {
        int count = 0;
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (CLAUSE_BREAKS.contains(token.text())
                    && !(token.text().equals("،") && i + 1 < to && LIST_GOES_ON.contains(tokens.get(i + 1).text()))) {
                return false;
            }
            if (token.kind() == Kind.WORD && ++count > words) {
                return false;
            }
        }
        return true;
    }
}
