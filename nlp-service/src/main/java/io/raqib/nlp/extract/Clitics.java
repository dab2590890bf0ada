package io.raqib.nlp.extract;

/** The clitics glued to the front of a folded word, taken off when a word is looked up in a word list. */
final class Clitics {

    private Clitics() {
    }

    /** و ف ب ل ك and the article, off the front of a word: وبالمعتقلين → معتقلين. */
    static String strip(String word) {
        return word.substring(start(word, 0));
    }

    /**
     * Where the word read from {@code from} on starts once its clitics are off: {@link #strip} as an offset, so
     * that a word list can be asked about the rest where it stands, without cutting it out.
     */
    static int start(String word, int from) {
        int s = from;
        int n = word.length();
        if (n - s > 3 && (word.charAt(s) == 'و' || word.charAt(s) == 'ف')) {
            s++;
        }
        if (word.startsWith("لل", s) && n - s > 4) {
            return s + 2;
        }
        if (n - s > 3 && (word.charAt(s) == 'ب' || word.charAt(s) == 'ل' || word.charAt(s) == 'ك')
                && word.charAt(s + 1) == 'ا' && word.charAt(s + 2) == 'ل') {
            s++;
        }
        return word.startsWith("ال", s) && n - s > 3 ? s + 2 : s;
    }

    /** {@link #start(String, int)} of the word at [from, to) of {@code chars}: an offset in {@code chars}. */
    static int start(char[] chars, int from, int to) {
        int s = from;
        if (to - s > 3 && (chars[s] == 'و' || chars[s] == 'ف')) {
            s++;
        }
        if (to - s > 4 && chars[s] == 'ل' && chars[s + 1] == 'ل') {
            return s + 2;
        }
        if (to - s > 3 && (chars[s] == 'ب' || chars[s] == 'ل' || chars[s] == 'ك') && chars[s + 1] == 'ا'
                && chars[s + 2] == 'ل') {
            s++;
        }
        return to - s > 3 && chars[s] == 'ا' && chars[s + 1] == 'ل' ? s + 2 : s;
    }

    /** Whether a word starts with a conjunction or a preposition that may be glued to it. */
    static boolean glued(char first) {
        return first == 'و' || first == 'ف' || first == 'ب' || first == 'ل' || first == 'ك';
    }
}
