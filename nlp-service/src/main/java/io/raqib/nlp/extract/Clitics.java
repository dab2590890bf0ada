package io.raqib.nlp.extract;

/** The clitics glued to the front of a folded word, taken off when a word is looked up in a word list. */
final class Clitics {

    private Clitics() {
    }

    /** و ف ب ل ك and the article, off the front of a word: وبالمعتقلين → معتقلين. */
    static String strip(String word) {
        String w = word;
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            w = w.substring(1);
        }
        if (w.startsWith("لل") && w.length() > 4) {
            return w.substring(2);
        }
        if (w.length() > 3 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل' || w.charAt(0) == 'ك') && w.charAt(1) == 'ا'
                && w.charAt(2) == 'ل') {
            w = w.substring(1);
        }
        return w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
    }

    /** Whether a word starts with a conjunction or a preposition that may be glued to it. */
    static boolean glued(char first) {
        return first == 'و' || first == 'ف' || first == 'ب' || first == 'ل' || first == 'ك';
    }
}
