package io.raqib.nlp.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.raqib.schemas.Entity;
import io.raqib.schemas.EntityType;
import io.raqib.schemas.Figure;

/**
 * Who said it: each figure gets the speaker of its sentence, found after a reporting verb (قال، أكد، أضاف، حذر،
 * كشف …) or an attribution (بحسب، وفقا لـ، نقلا عن). A sentence that goes on without naming anyone (وأضاف أن …)
 * keeps the last speaker: that is how news quotes one official over several paragraphs.
 */
final class Attribution {

    private static final Pattern CUE = Pattern.compile("(?<![\\p{L}])[وف]?(?:"
            + "(قال|قالت|اكد|اكدت|اضاف|اضافت|اشار|اشارت|ذكر|ذكرت|افاد|افادت|كشف|كشفت|حذر|حذرت|اعلن|اعلنت|اوضح|اوضحت"
            + "|صرح|صرحت|قدر|قدرت|يقدر|تقدر|زعم|زعمت|رجح|رجحت|لفت|لفتت|تابع|تابعت|نقل|نقلت|يقول|تقول|يري|تري)"
            + "|(بحسب|حسب|وفقا ل|وفق|نقلا عن|علي لسان))(?![\\p{L}])");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?؟\\n]+");
    /** Where the speaker's words begin (قال إن …، قال: "…"): the speaker stands before it. */
    private static final Pattern QUOTE = Pattern.compile("(?<![\\p{L}])(ان|انه|انها|بان|بانه)(?![\\p{L}])|[:\"«“]");
    /** How far after the cue the speaker may stand, in characters. */
    private static final int REACH = 90;

    private Attribution() {
    }

    static void attribute(FoldedText text, List<Entity> entities, List<Figure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        String lastSpeaker = null;
        Matcher sentences = SENTENCE.matcher(text.text());
        while (sentences.find()) {
            int from = text.start(sentences.start());
            int to = text.end(sentences.end());
            String speaker = null;
            boolean cued = false;
            Matcher cue = CUE.matcher(sentences.group());
            while (cue.find() && speaker == null) {
                cued = true;
                Matcher quote = QUOTE.matcher(sentences.group());
                int words = quote.find(cue.end()) ? quote.start() : sentences.group().length();
                speaker = speakerAfter(entities, text.end(sentences.start() + cue.end()),
                        text.start(sentences.start() + words));
            }
            if (speaker == null && cued) {
                speaker = lastSpeaker; // وأضاف أن …
            }
            if (speaker != null) {
                lastSpeaker = speaker;
                for (Figure figure : figures) {
                    if (figure.getStart() >= from && figure.getEnd() <= to && figure.getSource() == null) {
                        figure.setSource(speaker);
                    }
                }
            }
        }
    }

    private static String speakerAfter(List<Entity> entities, int after, int before) {
        Entity best = null;
        for (Entity entity : entities) {
            boolean speaks = entity.getType() == EntityType.PERSON || entity.getType() == EntityType.ORGANIZATION;
            if (speaks && entity.getStart() >= after && entity.getStart() < Math.min(before, after + REACH)
                    && (best == null || entity.getStart() < best.getStart())) {
                best = entity;
            }
        }
        return best == null ? null : best.getCanonical();
    }
}
