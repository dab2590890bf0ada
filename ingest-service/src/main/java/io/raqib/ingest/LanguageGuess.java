package io.raqib.ingest;

/**
 * A script-based first guess, good enough to label Arabic versus not: the share of Arabic letters among all
 * letters. A proper detector (Lingua) comes with the ingest issue.
 */
final class LanguageGuess {

    private LanguageGuess() {
    }

    static String of(String text) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.ARABIC) {
                arabic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        int letters = arabic + latin;
        if (letters == 0) {
            return "und";
        }
        if (arabic * 2 > letters) {
            return "ar";
        }
        return latin * 2 > letters ? "en" : "und";
    }
}
