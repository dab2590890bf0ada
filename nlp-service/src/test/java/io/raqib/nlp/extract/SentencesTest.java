package io.raqib.nlp.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Sentences read off the folded text are those of the original: the same sentence for every offset. */
class SentencesTest {

    private static final String ENDS = ".!?؟\n";

    @Test
    void theCharsThatEndASentenceFoldToThemselvesAndNothingElseFoldsIntoThem() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String folded = FoldedText.fold(String.valueOf((char) c));
            boolean ends = ENDS.indexOf(c) >= 0;
            assertEquals(ends ? String.valueOf((char) c) : "no sentence end", ends ? folded
                    : folded.length() == 1 && ENDS.indexOf(folded.charAt(0)) >= 0 ? folded : "no sentence end",
                    "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void numberEveryOffsetAsTheOriginalDoes() {
        for (String text : List.of("قال المسؤولُ: إنّ الوضع مستقر. وأضاف؟ نعم!\nسطر آخر", "بلا نهاية", "",
                ".\n.؟ــ.", "أكثر من ١٬٥٠٠ مقاتلٍ. ثم ماذا?")) {
            Sentences original = Sentences.of(text);
            Sentences folded = Sentences.of(FoldedText.of(text));
            for (int offset = 0; offset <= text.length(); offset++) {
                assertEquals(original.of(offset), folded.of(offset), text + " @" + offset);
            }
        }
    }
}
