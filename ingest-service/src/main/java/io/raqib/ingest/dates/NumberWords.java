package io.raqib.ingest.dates;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Small numbers written as words, as relative datelines use them ("قبل ثلاث ساعات", "منذ خمسة أيام",
 * "two hours ago"). Ten is enough: larger counts are written in digits in practice.
 */
final class NumberWords {

    private static final Map<String, Integer> ARABIC = build(new String[][] {
        {"1", "واحد", "واحدة"},
        {"2", "اثنين", "اثنتين", "اثنان", "اثنتان"},
        {"3", "ثلاث", "ثلاثة"},
        {"4", "أربع", "أربعة"},
        {"5", "خمس", "خمسة"},
        {"6", "ست", "ستة"},
        {"7", "سبع", "سبعة"},
        {"8", "ثمان", "ثماني", "ثمانية"},
        {"9", "تسع", "تسعة"},
        {"10", "عشر", "عشرة"}});

    private static final Map<String, Integer> ENGLISH = build(new String[][] {
        {"1", "one", "a", "an"}, {"2", "two"}, {"3", "three"}, {"4", "four"}, {"5", "five"}, {"6", "six"},
        {"7", "seven"}, {"8", "eight"}, {"9", "nine"}, {"10", "ten"}});

    static final String ARABIC_PATTERN = Alternation.of(ARABIC.keySet());
    static final String ENGLISH_PATTERN = Alternation.of(ENGLISH.keySet());

    private NumberWords() {
    }

    /** The value of a matched number word, or of digits. */
    static Optional<Integer> value(String matched) {
        String key = Alternation.key(matched);
        if (key.chars().allMatch(Character::isDigit) && !key.isEmpty() && key.length() <= 4) {
            return Optional.of(Integer.parseInt(key));
        }
        Integer value = ARABIC.get(key);
        return Optional.ofNullable(value != null ? value : ENGLISH.get(key));
    }

    private static Map<String, Integer> build(String[][] rows) {
        Map<String, Integer> words = new HashMap<>();
        for (String[] row : rows) {
            for (int i = 1; i < row.length; i++) {
                words.put(FoldedText.fold(row[i]), Integer.parseInt(row[0]));
            }
        }
        return Map.copyOf(words);
    }
}
