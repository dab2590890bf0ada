package io.raqib.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Whatever a feed writes in its date field or an article in its dateline, reading the date never throws, and a date
 * found in a text points at the characters it was read from (the desk sees them as the evidence for the article's
 * time). Texts are built from pieces of dates in every form the readers know, shuffled with noise, from fixed seeds.
 * {@code -Draqib.properties.tries=N} tries more.
 */
class DatePropertiesTest {

    private static final int TRIES = Integer.getInteger("raqib.properties.tries", 500);
    private static final Instant FETCHED = Instant.parse("2026-03-10T09:30:00Z");
    private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");
    private static final List<String> PIECES = List.of("الأحد", "الاثنين", "3", "٣", "١٩", "31", "29", "2019", "٢٠١٩",
            "2026", "آذار", "مارس", "شباط", "فبراير", "كانون الثاني", "يناير", "تشرين الأول", "أيار", "مايو", "March",
            "Sunday", "3rd", "of", "-", " - ", "/", ".", ":", "08:45", "٠٨:٤٥", "ص", "م", "صباحا", "مساء", "GMT",
            "+03:00", "T", "Z", "قبل", "ساعتين", "3", "ساعات", "دقيقة", "أمس", "منذ", "يومين", "ago", "hours",
            "yesterday", "نشر في", "آخر تحديث", "بتوقيت", "مكة", "Tue,", "Mon, 32 Foo 2019", "0000-00-00", "9999",
            "\u200f", "ـ", "،", "\n", "ّ");

    private final PublicationDates dates = new PublicationDates();

    @Test
    void aDateInATextPointsAtWhatItWasReadFrom() {
        for (int seed = 0; seed < TRIES; seed++) {
            String text = text(new Random(seed));
            try {
                Optional<PublicationDate> date = dates.fromText(text, FETCHED, BAGHDAD);
                date.ifPresent(found -> {
                    assertTrue(0 <= found.start() && found.start() <= found.end() && found.end() <= text.length(),
                            () -> "[" + found.start() + ", " + found.end() + ") outside the text");
                    assertEquals(found.matchedText(), text.substring(found.start(), found.end()));
                });
            } catch (RuntimeException | AssertionError e) {
                fail("seed " + seed + ", text \"" + text + "\": " + e, e);
            }
        }
    }

    @Test
    void anyFieldValueReadsOrNot() {
        for (int seed = 0; seed < TRIES; seed++) {
            String value = text(new Random(seed)).replace('\n', ' ');
            try {
                dates.fromFeed(value, BAGHDAD);
                dates.fromMetadata(value, BAGHDAD);
                dates.best(value, List.of(value), value, FETCHED, BAGHDAD);
            } catch (RuntimeException e) {
                fail("seed " + seed + ", value \"" + value + "\": " + e, e);
            }
        }
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int pieces = random.nextInt(30); pieces > 0; pieces--) {
            text.append(random.nextInt(8) == 0 ? String.valueOf((char) random.nextInt(0x700))
                    : PIECES.get(random.nextInt(PIECES.size())));
            if (random.nextInt(3) != 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }
}
