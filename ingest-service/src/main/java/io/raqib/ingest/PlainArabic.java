package io.raqib.ingest;

/**
 * Text that can only be Arabic, told without Lingua: Lingua costs about a microsecond per character read, and nearly
 * every article a desk following Iraq and Syria receives is Arabic. Text is plain Arabic when all its letters are
 * letters of the Arabic alphabet (no Latin, Cyrillic or Hebrew, and none of the letters Persian, Urdu and the other
 * languages written in Arabic script add: پ چ ژ گ ک ی ے ہ ٹ ڈ ڑ ں ھ …), and it holds ta marbuta (ة) or alef
 * maqsura (ى), which Arabic writes in nearly every sentence and Persian and Urdu seldom. Anything else, short texts
 * included, is Lingua's to judge.
 */
final class PlainArabic {

    /** Fewer letters than this tell too little; Lingua may rightly say it cannot tell (then the hint decides). */
    static final int MIN_LETTERS = 20;

    private PlainArabic() {
    }

    static boolean is(String text) {
        int letters = 0;
        boolean arabicOnlyLetter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue; // digits, punctuation, spaces and vowel marks say nothing of the language
            }
            if (!isArabicAlphabet(c)) {
                return false;
            }
            letters++;
            arabicOnlyLetter |= c == '\u0629' || c == '\u0649';
        }
        return letters >= MIN_LETTERS && arabicOnlyLetter;
    }

    /** ء to غ, ف to ي, tatweel and alef wasla: the Arabic alphabet as Arabic is written. */
    private static boolean isArabicAlphabet(char c) {
        return c >= '\u0621' && c <= '\u063A' || c >= '\u0640' && c <= '\u064A' || c == '\u0671';
    }
}
