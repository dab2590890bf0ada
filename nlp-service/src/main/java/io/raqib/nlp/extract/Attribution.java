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
    /** Where the speaker's own words begin (قال إن …، قال: "…"): the speaker stands before it. */
    private static final Set<String> QUOTE = Set.of("ان", "انه", "انها", "بان", "بانه", ":", "\"", "«", "“");
    /** How far after the cue the speaker may stand, in tokens. */
    private static final int REACH = 14;

    private Attribution() {
    }

    static void attribute(FoldedText text, Sentences sentences, List<Entity> entities, List<Figure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        List<Token> tokens = text.tokens();
        String lastSpeaker = null;
        int i = 0;
        while (i < tokens.size()) {
            int sentence = sentences.of(text.start(tokens.get(i).start()));
            int end = i;
            String speaker = null;
            boolean cued = false;
            while (end < tokens.size() && sentences.of(text.start(tokens.get(end).start())) == sentence) {
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
        if (token.kind() != Kind.WORD) {
            return false;
        }
        String word = token.text();
        char first = word.charAt(0);
        return CUES.contains(word) || (first == 'و' || first == 'ف') && CUES.contains(word.substring(1));
    }

    private static String speakerAfter(FoldedText text, List<Token> tokens, int from, List<Entity> entities) {
        int to = from;
        while (to < tokens.size() && to < from + REACH && !QUOTE.contains(tokens.get(to).text())) {
            to++;
        }
        if (to == from) {
            return null;
        }
        int start = text.start(tokens.get(from).start());
        int end = text.end(tokens.get(to - 1).end());
        Entity best = null;
        for (Entity entity : entities) {
            boolean speaks = entity.getType() == EntityType.PERSON || entity.getType() == EntityType.ORGANIZATION;
            if (speaks && entity.getStart() >= start && entity.getStart() < end
                    && (best == null || entity.getStart() < best.getStart())) {
                best = entity;
            }
        }
        return best == null ? null : best.getCanonical();
    }
}
