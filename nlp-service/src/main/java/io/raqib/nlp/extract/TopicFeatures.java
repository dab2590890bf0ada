package io.raqib.nlp.extract;

import java.util.List;
import java.util.Map;

import io.raqib.schemas.Evidence;

/**
 * What the topic model ({@link TopicModel}) reads of a topic's evidence in an article: how much of it there is, how
 * much lies outside the sentences and paragraphs that recall the past ({@link Background}), whether the title or the
 * first paragraph (where a news story says what happened) names the topic, and how it stands against the article's
 * leading topic. Names are the model file's; the order is the vector's.
 */
final class TopicFeatures {

    static final List<String> NAMES = List.of("mentions", "mentions_outside_past_sentences",
            "mentions_outside_past_paragraphs", "in_first_paragraph", "in_title", "share_of_leading_topic",
            "first_position", "sentences", "paragraph_share");

    /** One mention of a topic: the evidence shown for it, and its weight (a phrase of several words weighs two). */
    record Mention(Evidence evidence, int weight) {

        int start() {
            return evidence.getStart();
        }
    }

    private TopicFeatures() {
    }

    /**
     * @param mentions the topic's mentions, in the text's order
     * @param leadingWeight the weight of the article's heaviest topic
     * @param inTitle whether the title names the topic
     */
    static double[] of(List<Mention> mentions, int leadingWeight, boolean inTitle, int textLength,
            Sentences sentences, Paragraphs paragraphs, Background background) {
        int total = 0;
        int outsidePastSentences = 0;
        int outsidePastParagraphs = 0;
        int inFirstParagraph = 0;
        int first = Integer.MAX_VALUE;
        int sentenceCount = 0;
        int paragraphCount = 0;
        int lastSentence = -1;
        int lastParagraph = -1;
        // Mentions come sorted by start, so a new sentence or paragraph is one whose number differs from the last.
        for (Mention mention : mentions) {
            int sentence = sentences.of(mention.start());
            int paragraph = paragraphs.of(mention.start());
            total += mention.weight();
            outsidePastSentences += background.sentence(sentence) ? 0 : mention.weight();
            outsidePastParagraphs += background.paragraph(paragraph) ? 0 : mention.weight();
            inFirstParagraph += paragraph == 0 ? mention.weight() : 0;
            first = Math.min(first, mention.start());
            if (sentence != lastSentence) {
                sentenceCount++;
                lastSentence = sentence;
            }
            if (paragraph != lastParagraph) {
                paragraphCount++;
                lastParagraph = paragraph;
            }
        }
        return new double[] {
            Math.log1p(total),
            Math.log1p(outsidePastSentences),
            Math.log1p(outsidePastParagraphs),
            inFirstParagraph > 0 ? 1 : 0,
            inTitle ? 1 : 0,
            total / (double) Math.max(1, leadingWeight),
            first / (double) Math.max(1, textLength),
            Math.log1p(sentenceCount),
            paragraphCount / (double) paragraphs.count(),
        };
    }

    /** The heaviest topic's weight among the candidates. */
    static int leadingWeight(Map<String, List<Mention>> candidates) {
        int leading = 0;
        for (List<Mention> mentions : candidates.values()) {
            leading = Math.max(leading, mentions.stream().mapToInt(Mention::weight).sum());
        }
        return leading;
    }
}
