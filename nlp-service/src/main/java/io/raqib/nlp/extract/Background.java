package io.raqib.nlp.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** Recalling phrases, as written; folded once and matched on the folded text. */
    private static final List<String> RECALLING = List.of(
            "قبل (نحو |قرابة |أكثر من )?(عام|عامين|سنة|سنتين|سنوات|أعوام|ثلاث|أربع|خمس|ست|سبع|ثماني|تسع|عشر|بضع|عدة)",
            "منذ (عام|سنوات|أعوام|هزيمة|سقوط|إعلان|معركة|تحرير)", "سبق (أن|ل)", "آنذاك", "حينها", "حينذاك", "وقتها",
            "في ذلك الوقت", "الأعوام الماضية", "السنوات الماضية", "كان قد", "كانت قد", "كانوا قد", "إبان", "سابقا",
            "في وقت سابق", "ذكرى", "يذكر أن", "يشار إلى أن", "تجدر الإشارة إلى أن");
    private static final Pattern MARKERS = Pattern.compile("(?<![\\p{L}\\p{N}])(?:[وف])?(?:"
            + String.join("|", RECALLING.stream().map(FoldedText::fold).toList()) + ")(?![\\p{L}\\p{N}])");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20[0-4]\\d)(?!\\d)");

    private final boolean[] pastSentence;
    private final boolean[] pastParagraph;

    private Background(boolean[] pastSentence, boolean[] pastParagraph) {
        this.pastSentence = pastSentence;
        this.pastParagraph = pastParagraph;
    }

    /** @param year the year the article was published, or 0 when unknown */
    static Background of(FoldedText text, Sentences sentences, Paragraphs paragraphs, int year) {
        String folded = text.text();
        boolean[] pastSentence = new boolean[sentences.count()];
        boolean[] pastParagraph = new boolean[paragraphs.count()];
        int present = year;
        if (present == 0) {
            for (Matcher m = YEAR.matcher(folded); m.find(); ) {
                present = Math.max(present, Integer.parseInt(m.group(1)));
            }
        }
        for (Matcher m = YEAR.matcher(folded); m.find(); ) {
            if (Integer.parseInt(m.group(1)) < present) {
                mark(text.start(m.start()), sentences, paragraphs, pastSentence, pastParagraph);
            }
        }
        for (Matcher m = MARKERS.matcher(folded); m.find(); ) {
            mark(text.start(m.start()), sentences, paragraphs, pastSentence, pastParagraph);
        }
        return new Background(pastSentence, pastParagraph);
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
