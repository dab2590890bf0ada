package io.raqib.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Trying only the head's positions finds what {@code while (find() && start() < limit)} found, group for group. */
class HeadMatchesTest {

    private static final String[] PIECES = {
            "قبل ساعتين", "منذ 3 أيام", "وقبل يومين", "قبل ساعة من الانفجار", "منذ عام 2003", "قبل يوم الجمعة",
            "أمس", "بالأمس", "اليوم", "اليوم الأحد", "اليوم التالي", "حتى اليوم", "أمس الساعة 10:30", "قبل قليل",
            "منذ لحظات", "3 hours ago", "two days ago", "just now", "yesterday", "today", "قال", "الوزير", "في",
            "بغداد", "٢٠٢٤", "،", ".", " ", "  ", "\n\n", "\uD83D\uDE00", "مُسَلَّحُونَ" };

    @Test
    void theHeadsMatchesAreFindsMatches() throws ReflectiveOperationException {
        List<Pattern> patterns = new ArrayList<>();
        for (Field field : RelativeDateFinder.class.getDeclaredFields()) {
            if (field.getType() == Pattern.class) {
                field.setAccessible(true);
                patterns.add((Pattern) field.get(null));
            }
        }
        assertEquals(4, patterns.size());
        SplittableRandom random = new SplittableRandom(3);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(1, 30);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String folded = FoldedText.of(text.toString()).folded();
            int limit = random.nextInt(0, folded.length() + 5);
            for (Pattern pattern : patterns) {
                assertEquals(byFind(pattern, folded, limit), byHead(pattern, folded, limit), () -> pattern + " in " + folded);
            }
        }
    }

    private static List<String> byFind(Pattern pattern, String text, int limit) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find() && m.start() < limit) {
            found.add(describe(m));
        }
        return found;
    }

    private static List<String> byHead(Pattern pattern, String text, int limit) {
        List<String> found = new ArrayList<>();
        HeadMatches matches = new HeadMatches(pattern, text, limit);
        while (matches.next()) {
            found.add(describe(matches.matcher()));
        }
        return found;
    }

    private static String describe(Matcher m) {
        StringBuilder out = new StringBuilder(m.start() + "-" + m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            out.append('|').append(m.group(g));
        }
        return out.toString();
    }
}
