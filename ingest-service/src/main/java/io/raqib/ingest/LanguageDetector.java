package io.raqib.ingest;

import java.util.Locale;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Labels an article's language with Lingua, so that an English or Persian item in an Arabic feed is labelled as such
 * and not read as Arabic downstream. Lingua tells Arabic from Persian and Urdu (same script) by their n-grams.
 */
public final class LanguageDetector {

    /** Languages a desk following Iraq and Syria meets in its feeds; fewer candidates, fewer confusions. */
    private static final Language[] CANDIDATES = {
            Language.ARABIC, Language.PERSIAN, Language.URDU, Language.TURKISH, Language.HEBREW,
            Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.RUSSIAN };

    /**
     * The opening of an article says its language: an article does not change language half-way, and Lingua's cost
     * grows with the text it reads (reading 2,000 characters was most of ingest's CPU per article). 600 characters
     * are some 100 Arabic words, far more than Lingua needs to tell Arabic from Persian or Urdu.
     */
    static final int SAMPLE_CHARS = 600;

    public static final String UNDETERMINED = "und";

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua = LanguageDetectorBuilder
            .fromLanguages(CANDIDATES)
            // Trigram models only: as accurate as the full models on texts of a paragraph or more, a tenth the memory.
            .withLowAccuracyMode()
            .withPreloadedLanguageModels()
            .build();

    /** ISO 639-1 code (ar, en, fa …), or the hint when the text does not tell, or {@value #UNDETERMINED}. */
    public String detect(String text, String hint) {
        String sample = opening(text);
        return PlainArabic.is(sample) ? "ar" : byLingua(sample, hint);
    }

    /** Lingua's judgement alone, without the {@link PlainArabic} shortcut. */
    String byLingua(String sample, String hint) {
        Language language = lingua.detectLanguageOf(sample);
        if (language == Language.UNKNOWN) {
            return hint == null || hint.isBlank() ? UNDETERMINED : hint.strip().toLowerCase(Locale.ROOT);
        }
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    /** An article's language, read from its title and the opening of its body. */
    public String detect(String title, String body, String hint) {
        // Only as much body as the sample can hold: a long article is not copied to be cut again.
        return detect(title + "\n" + (body.length() > SAMPLE_CHARS ? body.substring(0, SAMPLE_CHARS) : body), hint);
    }

    /** At most {@value #SAMPLE_CHARS} characters from the start, cut after a whole word when there is one. */
    static String opening(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        for (int end = SAMPLE_CHARS; end > SAMPLE_CHARS / 2; end--) {
            if (Character.isWhitespace(text.charAt(end))) {
                return text.substring(0, end);
            }
        }
        // No space in the second half (a long URL, a run of symbols): cut there, but not inside a surrogate pair.
        return text.substring(0, Character.isLowSurrogate(text.charAt(SAMPLE_CHARS)) ? SAMPLE_CHARS - 1 : SAMPLE_CHARS);
    }
}
