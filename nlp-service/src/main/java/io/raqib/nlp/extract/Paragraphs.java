package io.raqib.nlp.extract;

import java.util.Arrays;

/** Where the paragraphs of a text end: at a blank line, as ingest leaves them (RawArticle.body). */
final class Paragraphs {

    private final int[] ends;

    private Paragraphs(int[] ends) {
        this.ends = ends;
    }

    static Paragraphs of(String text) {
        int[] ends = new int[8];
        int count = 0;
        int lastBreak = -1; // the last line break, while only white space follows it
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (lastBreak >= 0) {
                    if (count == ends.length) {
                        ends = Arrays.copyOf(ends, count * 2);
                    }
                    ends[count++] = i;
                    lastBreak = -1;
                } else {
                    lastBreak = i;
                }
            } else if (!Character.isWhitespace(c)) {
                lastBreak = -1;
            }
        }
        return new Paragraphs(Arrays.copyOf(ends, count));
    }

    /** The number of the paragraph an offset lies in (0 for the first). */
    int of(int offset) {
        int at = Arrays.binarySearch(ends, offset);
        return at >= 0 ? at : -at - 1;
    }

    int count() {
        return ends.length + 1;
    }
}
