package io.raqib.nlp.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.raqib.schemas.Entity;
import io.raqib.schemas.Figure;
import io.raqib.schemas.TopicMatch;

/**
 * Whatever a feed or a scraper hands over, the extractor answers, and every span it reports can be cut out of the
 * text it was given: the desk's highlighting and the downstream consumers rely on the offsets. Examples are the
 * other tests' job; these try inputs nobody writes by hand (lone surrogates, stray harakat, digits of three scripts
 * run together, text cut mid-word), generated from fixed seeds so that a failure names the input that broke it and
 * reruns the same. {@code -Draqib.properties.tries=N} tries more of each.
 */
class ExtractorPropertiesTest {

    private static final int TRIES = Integer.getInteger("raqib.properties.tries", 400);
    private static final Extractor EXTRACTOR = Extractor.bundled();

    /** Pieces of the genre, so that random texts reach the rules (numbers, actors, places, topics), not only noise. */
    private static final List<String> PIECES = List.of(
            "ما بين", "إلى", "نحو", "قرابة", "أكثر من", "ألفا", "ألف", "آلاف", "مئات", "عشرات", "مليون",
            "عشرين", "ثلاثين", "خمسة", "٢٠", "٣٠٠٠", "20", "1,500", "2.5", "مقاتل", "مقاتلي", "عنصرا", "معتقل",
            "محتجزين", "داعش", "الدواعش", "تنظيم الدولة", "قسد", "قوات سوريا الديمقراطية", "الحشد الشعبي",
            "العراق", "سوريا", "وبالعراق", "للحدود", "مخيم الهول", "سجن", "الحسكة", "تسلل", "الحدود",
            "فرار", "هروب", "غارة", "قصف", "قال", "وقال", "مصدر أمني", "بحسب", "لا", "لم", "نفى", "ليس",
            "ـ", "ً", "ٌ", "ّ", "ْ", "،", "؛", "؟", ".", "\n", "\n\n", " ", "  ", "(", ")", "«", "»", "-", "%",
            "\u200f", "\u200c", "\ufeff", "\ud83d\ude00", "\ud800", "\udc00", "ﻻ", "ﷲ", "٫", "٬", "۳", "٣");

    @Test
    void anyUnicodeTextIsAnsweredWithSpansInsideIt() {
        forEachText(ExtractorPropertiesTest::anyUnicode);
    }

    @Test
    void newsLikeTextIsAnsweredWithSpansInsideIt() {
        forEachText(ExtractorPropertiesTest::newsLike);
    }

    @Test
    void newsLikeTextCutAnywhereIsAnswered() {
        forEachText(random -> {
            String text = newsLike(random);
            return text.substring(0, random.nextInt(text.length() + 1));
        });
    }

    private static void forEachText(Function<Random, String> texts) {
        for (int seed = 0; seed < TRIES; seed++) {
            String text = texts.apply(new Random(seed));
            try {
                assertSpansInside(text, EXTRACTOR.extract(text));
            } catch (RuntimeException | AssertionError e) {
                fail("seed " + seed + ", text " + escaped(text) + ": " + e, e);
            }
        }
    }

    /** Any UTF-16 text, lone surrogates and controls included, weighted towards the Arabic blocks. */
    private static String anyUnicode(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(400);
        for (int i = 0; i < length; i++) {
            text.append((char) switch (random.nextInt(4)) {
                case 0 -> 0x0600 + random.nextInt(0x100);
                case 1 -> 0xFB50 + random.nextInt(0x2B0); // presentation forms, as some old sites still send
                case 2 -> random.nextInt(0x80);
                default -> random.nextInt(0x10000);
            });
        }
        return text.toString();
    }

    /** Pieces of the genre and random Arabic letters and digits, joined by spaces (or not). */
    private static String newsLike(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(120);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(5)) {
                case 0 -> text.append(String.valueOf(random.nextInt(1_000_000)));
                case 1 -> {
                    for (int letters = 1 + random.nextInt(6); letters > 0; letters--) {
                        text.append((char) (0x0620 + random.nextInt(0x2B)));
                    }
                }
                default -> text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            if (random.nextInt(6) != 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    private static void assertSpansInside(String text, Extraction extraction) {
        for (Entity entity : extraction.entities()) {
            assertSpan(text, entity.getStart(), entity.getEnd(), entity.getText());
        }
        for (Figure figure : extraction.figures()) {
            assertSpan(text, figure.getStart(), figure.getEnd(), figure.getText());
            if (figure.getLow() != null && figure.getHigh() != null) {
                assertTrue(figure.getLow() <= figure.getHigh(), () -> "low above high in " + figure);
            }
        }
        for (TopicMatch topic : extraction.topics()) {
            for (var evidence : topic.getEvidence()) {
                assertSpan(text, evidence.getStart(), evidence.getEnd(), evidence.getText());
            }
        }
    }

    private static void assertSpan(String text, int start, int end, CharSequence reported) {
        assertTrue(0 <= start && start <= end && end <= text.length(),
                () -> "[" + start + ", " + end + ") outside a text of " + text.length() + " for " + reported);
        assertEquals(reported.toString(), text.substring(start, end), "the text at [" + start + ", " + end + ")");
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> out.append(c < 0x20 || Character.isSurrogate((char) c)
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.append('"').toString();
    }
}
