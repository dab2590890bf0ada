package io.raqib.nlp.extract;

import java.util.Arrays;

/** Where the sentences of a text end, to ask cheaply whether two offsets share a sentence. */
final class Sentences {

    private final int[] ends;

    private Sentences(int[] ends) {
        this.ends = ends;
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

    /** The number of the sentence an offset lies in. */
    int of(int offset) {
        int at = Arrays.binarySearch(ends, offset);
        return at >= 0 ? at : -at - 1;
    }
}
