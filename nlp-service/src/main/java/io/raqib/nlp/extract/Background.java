package io.raqib.nlp.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.raqib.nlp.extract.Tokens.Kind;
import io.raqib.nlp.extract.Tokens.Token;

/**
 * Which sentences and paragraphs of an article recall the past rather than tell the news: a year before the
 * article's own ("عام 2019" in an article of 2026), or a recalling phrase ("قبل ثلاث سنوات"، "سبق أن"، "آنذاك"). A
 * topic found only there is likely background, which the desk must not count as news (docs/annotation.md §6); the
 * topic model weighs it ({@link TopicFeatures}).
 * <p>
 * Without the article's date, the latest year the text names stands for it: a year's tally ("خلال عام 2025") is the
 * present of an article that names no later year.
 */
final class Background {

    /** The recalling phrases, found with the extractor's other phrases (one lookup per word of a text). */
    static final class Markers {

        private final PhraseMatcher<Boolean> matcher;

        Markers(PhraseGroup group) {
            Map<String, Boolean> phrases = new LinkedHashMap<>();
            // "قبل ثلاث سنوات"، "قبل نحو عامين": ago, with or without a hedge; the count's noun need not follow.
            List<String> spans = List.of("عام", "عامين", "سنة", "سنتين", "سنوات", "أعوام", "ثلاث", "ثلاثة", "أربع",
                    "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة", "ثماني", "ثمانية", "تسع", "تسعة", "عشر", "عشرة",
                    "بضع", "بضعة", "عدة");
            for (String hedge : List.of("", "نحو ", "قرابة ", "أكثر من ")) {
                spans.forEach(span -> phrases.put("قبل " + hedge + span, true));
            }
            // "منذ هزيمة التنظيم"، "منذ عام 2017": since a past event.
            List.of("عام", "سنوات", "أعوام", "هزيمة", "سقوط", "إعلان", "معركة", "تحرير")
                    .forEach(event -> phrases.put("منذ " + event, true));
            // Recalling and pluperfect phrases, and the wire's "it is recalled that" before a background paragraph.
            List.of("سبق", "سبق أن", "سبق وأن", "آنذاك", "حينها", "حينذاك", "وقتها", "في ذلك الوقت", "الأعوام الماضية",
                    "السنوات الماضية", "كان قد", "كانت قد", "كانوا قد", "إبان", "سابقا", "في وقت سابق", "ذكرى", "يذكر أن",
                    "يشار إلى أن", "تجدر الإشارة إلى أن").forEach(phrase -> phrases.put(phrase, true));
            this.matcher = new PhraseMatcher<>(phrases, false, group);
        }
    }

    private final boolean[] pastSentence;
    private final boolean[] pastParagraph;

    private Background(boolean[] pastSentence, boolean[] pastParagraph) {
        this.pastSentence = pastSentence;
        this.pastParagraph = pastParagraph;
    }

    /** @param year the year the article was published, or 0 when unknown */
    static Background of(FoldedText text, Sentences sentences, Paragraphs paragraphs, int year, Markers markers) {
        boolean[] pastSentence = new boolean[sentences.count()];
        boolean[] pastParagraph = new boolean[paragraphs.count()];
        List<Token> tokens = text.tokens();
        int present = year;
        if (present == 0) {
            for (Token token : tokens) {
                present = Math.max(present, year(token));
            }
        }
        for (Token token : tokens) {
            int named = year(token);
            if (named > 0 && named < present) {
                mark(text.start(token.start()), sentences, paragraphs, pastSentence, pastParagraph);
            }
        }
        for (var marker : markers.matcher.find(text)) {
            mark(marker.start(), sentences, paragraphs, pastSentence, pastParagraph);
        }
        return new Background(pastSentence, pastParagraph);
    }

    /** The year a token names (1950–2049, four digits), or 0. */
    private static int year(Token token) {
        if (token.kind() != Kind.NUMBER || token.length() != 4) {
            return 0;
        }
        String digits = token.text();
        for (int i = 0; i < 4; i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return 0;
            }
        }
        int value = Integer.parseInt(digits);
        return value >= 1950 && value < 2050 ? value : 0;
    }

    private static void mark(int offset, Sentences sentences, Paragraphs paragraphs, boolean[] pastSentence,
            boolean[] pastParagraph) {
        pastSentence[sentences.of(offset)] = true;
        pastParagraph[paragraphs.of(offset)] = true;
    }

    boolean sentence(int number) {
        return pastSentence[number];
    }

    boolean paragraph(int number) {
        return pastParagraph[number];
    }
}
