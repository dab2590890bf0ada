package io.raqib.nlp.extract;

import java.util.List;
import java.util.Set;

import io.raqib.nlp.extract.Tokens.Kind;
import io.raqib.nlp.extract.Tokens.Token;
import io.raqib.schemas.Entity;
import io.raqib.schemas.EntityType;
import io.raqib.schemas.Figure;

/**
 * Who said it: each figure gets the speaker of its sentence, found after a reporting verb (قال، أكد، أضاف، حذر،
 * كشف …) or an attribution (بحسب، وفقا لـ، نقلا عن). A sentence that goes on without naming anyone (وأضاف أن …)
 * keeps the last speaker: that is how news quotes one official over several paragraphs.
 */
final class Attribution {

    private static final Set<String> CUES = Set.of("قال", "قالت", "اكد", "اكدت", "اضاف", "اضافت", "اشار", "اشارت",
            "ذكر", "ذكرت", "افاد", "افادت", "كشف", "كشفت", "حذر", "حذرت", "اعلن", "اعلنت", "اوضح", "اوضحت", "صرح",
            "صرحت", "قدر", "قدرت", "يقدر", "تقدر", "زعم", "زعمت", "رجح", "رجحت", "لفت", "لفتت", "تابع", "تابعت", "نقل",
            "نقلت", "يقول", "تقول", "يري", "تري", "بحسب", "حسب", "وفقا", "وفق", "نقلا", "لسان");
    /** The same, to be looked up whole or by a span of a word (a cue after و or ف). */
    private static final SpanMap<Boolean> CUE_WORDS = SpanMap.setOf(CUES);
    /** Where the speaker's own words begin (قال إن …، قال: "…"): the speaker stands before it. */
    private static final SpanMap<Boolean> QUOTE = SpanMap.setOf(List.of("ان", "انه", "انها", "بان", "بانه", ":", "\"",
            "«", "“"));
    /** How far after the cue the speaker may stand, in tokens. */
    private static final int REACH = 14;

    private Attribution() {
    }

    /** Attributes each figure to its speaker; {@code entities} are sorted by their start, as the extractor keeps them. */
    static void attribute(FoldedText text, Sentences sentences, List<Entity> entities, List<Figure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        List<Token> tokens = text.tokens();
        int[] sentenceOf = sentences.ofTokens(text);
        String lastSpeaker = null;
        int i = 0;
        while (i < tokens.size()) {
            int sentence = sentenceOf[i];
            int end = i;
            String speaker = null;
            boolean cued = false;
            while (end < tokens.size() && sentenceOf[end] == sentence) {
                if (speaker == null && isCue(tokens.get(end))) {
                    cued = true;
                    speaker = speakerAfter(text, tokens, end + 1, entities);
                }
                end++;
            }
            if (speaker == null && cued) {
                speaker = lastSpeaker; // وأضاف أن …
            }
            if (speaker != null) {
                lastSpeaker = speaker;
                int from = text.start(tokens.get(i).start());
                int to = text.end(tokens.get(end - 1).end());
                for (Figure figure : figures) {
                    if (figure.getStart() >= from && figure.getEnd() <= to && figure.getSource() == null) {
                        figure.setSource(speaker);
                    }
                }
            }
            i = end;
        }
    }

    private static boolean isCue(Token token) {
        if (token.kind() != Kind.WORD || !token.mayEndWordOf(CUE_WORDS)) {
            return false;
        }
        char first = token.charAt(0);
        return token.in(CUE_WORDS) != null || (first == 'و' || first == 'ف') && token.in(CUE_WORDS, 1) != null;
    }

    private static String speakerAfter(FoldedText text, List<Token> tokens, int from, List<Entity> entities) {
        int to = from;
        while (to < tokens.size() && to < from + REACH
                && tokens.get(to).in(QUOTE) == null) {
            to++;
        }
        if (to == from) {
            return null;
        }
        int start = text.start(tokens.get(from).start());
        int end = text.end(tokens.get(to - 1).end());
        // The first person or organisation named in [start, end): entities are in order of their start.
        for (int e = EntityOrder.firstStartingAt(entities, start); e < entities.size(); e++) {
            Entity entity = entities.get(e);
            if (entity.getStart() >= end) {
                break;
            }
            if (entity.getType() == EntityType.PERSON || entity.getType() == EntityType.ORGANIZATION) {
                return entity.getCanonical();
            }
        }
        return null;
    }

}
