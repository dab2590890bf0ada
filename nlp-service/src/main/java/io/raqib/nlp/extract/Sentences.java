package io.raqib.nlp.extract;

import java.util.Arrays;

/** Where the sentences of a text end, to ask cheaply whether two offsets share a sentence. */
final class Sentences {

    private final int[] ends;

    private Sentences(int[] ends) {
        this.ends = ends;
    }

    /**
     * The sentences of the original text of {@code folded}, read off the folded chars: the chars that end a
     * sentence fold to themselves and nothing else folds into them, so they stand at the same places, and the folded
     * text is there already as chars (no String to read char by char).
     */
    static Sentences of(FoldedText folded) {
        char[] chars = folded.chars();
        int n = folded.text().length();
        int[] ends = new int[16];
        int count = 0;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c == '.' || c == '!' || c == '?' || c == '؟' || c == '\n') {
                if (count == ends.length) {
                    ends = Arrays.copyOf(ends, count * 2);
                }
                ends[count++] = folded.start(i);
            }
        }
        return new Sentences(Arrays.copyOf(ends, count));
    }

    static Sentences of(String text) {
        int[] ends = new int[16];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '؟' || c == '\n') {
                if (count == ends.length) {
                    ends = Arrays.copyOf(ends, count * 2);
                }
                ends[count++] = i;
            }
        }
        return new Sentences(Arrays.copyOf(ends, count));
    }

    /** The number of the sentence of each token of a text, in one walk (tokens go forward, and so do sentences). */
    int[] ofTokens(FoldedText text) {
        java.util.List<Tokens.Token> tokens = text.tokens();
        int[] numbers = new int[tokens.size()];
        int sentence = 0;
        for (int i = 0; i < numbers.length; i++) {
            int offset = text.start(tokens.get(i).start());
            while (sentence < ends.length && ends[sentence] < offset) {
                sentence++;
            }
            numbers[i] = sentence; // = of(offset): the number of sentence ends before it
        }
        return numbers;
    }

    /** The number of sentences: one more than the sentence ends (the last may have none). */
    int count() {
        return ends.length + 1;
    }

    /** The number of the sentence an offset lies in. */
    int of(int offset) {
        int at = Arrays.binarySearch(ends, offset);
        return at >= 0 ? at : -at - 1;
    }
}
