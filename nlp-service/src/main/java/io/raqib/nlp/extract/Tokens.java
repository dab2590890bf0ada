package io.raqib.nlp.extract;

import java.util.ArrayList;
import java.util.List;

/** Folded text cut into words, numbers and punctuation, each with its folded offsets. */
final class Tokens {

    enum Kind { WORD, NUMBER, PUNCTUATION }

    /**
     * A word, number or punctuation mark of the folded text: a span of its chars. Not a record: it keeps what is
     * worked out about it once, such as the word under its clitics. Its text, as a String, is made only when a
     * finder asks for it: the word lists are asked about the span where it stands, and most tokens are never
     * needed as a String.
     */
    static final class Token {

        /** The folded text's chars: the token is [start, end) of them. */
        private final char[] chars;
        private final int start;
        private final int end;
        private final Kind kind;
        /** {@link String#hashCode()} of the text, worked out while the text was cut. */
        private final int hash;
        private String text;
        private int strippedStart = -1;
        private String stripped;

        private Token(char[] chars, int start, int end, Kind kind, int hash, String text) {
            this.chars = chars;
            this.start = start;
            this.end = end;
            this.kind = kind;
            this.hash = hash;
            this.text = text;
        }

        /** The same word less its first {@code skip} letters (الخمسة → خمسة, وعشرين → عشرين), where it stands. */
        Token from(int skip) {
            return new Token(chars, start + skip, end, kind, SpanMap.hash(chars, start + skip, end), null);
        }

        String text() {
            if (text == null) {
                text = new String(chars, start, end - start);
            }
            return text;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        Kind kind() {
            return kind;
        }

        /** The length of the text. */
        int length() {
            return end - start;
        }

        /** The char at {@code index} of the text. */
        char charAt(int index) {
            return chars[start + index];
        }

        /** Whether the text has {@code part} at {@code index} (compared where it stands). */
        boolean startsWith(String part, int index) {
            return regionMatches(index, part, part.length());
        }

        /** Whether the text has the first {@code count} chars of {@code part} at {@code index}. */
        boolean regionMatches(int index, String part, int count) {
            if (index < 0 || count < 0 || index + count > end - start || count > part.length()) {
                return false;
            }
            for (int k = 0; k < count; k++) {
                if (chars[start + index + k] != part.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the text ends with {@code part}. */
        boolean endsWith(String part) {
            return startsWith(part, end - start - part.length());
        }

        /** Whether this is the word {@code word}. */
        boolean is(String word) {
            return kind == Kind.WORD && hasText(word);
        }

        /** Whether the text is {@code text} (compared where it stands). */
        boolean hasText(String text) {
            return end - start == text.length() && startsWith(text, 0);
        }

        /** What {@code words} has for the text, or null. */
        <V> V in(SpanMap<V> words) {
            return words.get(chars, start, end, SpanMap.NO_TAIL, hash);
        }

        /** What {@code words} has for the text less its first {@code skip} chars (a clitic: ولم, فقد), or null. */
        <V> V in(SpanMap<V> words, int skip) {
            return words.get(chars, start + skip, end, SpanMap.NO_TAIL);
        }

        /** Whether {@code words} may hold the text, or what is left of it with letters off its front. */
        boolean mayEndWordOf(SpanMap<?> words) {
            int length = end - start;
            return words.mayEndWord(length >= 2 ? chars[end - 2] : SpanMap.NO_TAIL,
                    length >= 1 ? chars[end - 1] : SpanMap.NO_TAIL, length);
        }

        /** {@link Clitics#strip} of the text, worked out on first use. */
        String stripped() {
            if (stripped == null) {
                int from = strippedStart();
                stripped = from == 0 ? text() : new String(chars, start + from, end - start - from);
            }
            return stripped;
        }

        /** Where the text starts once its clitics are off ({@link Clitics#start}), worked out on first use. */
        int strippedStart() {
            if (strippedStart < 0) {
                strippedStart = Clitics.start(chars, start, end) - start;
            }
            return strippedStart;
        }

        /** What {@code words} has for the text with its clitics off, asked where it stands (no String is cut). */
        <V> V stripped(SpanMap<V> words) {
            if (!mayEndWordOf(words)) {
                return null; // no word of the list ends like this one: the clitics need not be looked at
            }
            return words.get(chars, start + strippedStart(), end, SpanMap.NO_TAIL);
        }

        @Override
        public String toString() {
            return kind + " " + text() + " [" + start + ", " + end + ")";
        }
    }

    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte SPACE = 3;
    /** {@link Character#isLetter}, {@link Character#isDigit} and {@link Character#isWhitespace} of every char. */
    private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            CLASS[c] = Character.isLetter(ch) ? LETTER : Character.isDigit(ch) ? DIGIT
                    : Character.isWhitespace(ch) ? SPACE : 0;
        }
    }

    private Tokens() {
    }

    /** A mark that stands alone (. ، :) as a String made once, for the marks of the Arabic and Latin scripts. */
    private static final String[] MARKS = new String[0x700];

    static {
        for (char c = 0; c < MARKS.length; c++) {
            MARKS[c] = String.valueOf(c);
        }
    }

    /** Letters run into words; digits into numbers, with . , ٫ ٬ between digits kept; anything else stands alone. */
    static List<Token> of(String folded) {
        return of(folded.toCharArray(), folded.length());
    }

    /** The tokens of the first {@code n} chars of {@code folded}. */
    static List<Token> of(char[] folded, int n) {
        List<Token> tokens = new ArrayList<>(n / 4);
        int i = 0;
        while (i < n) {
            char c = folded[i];
            byte kind = CLASS[c];
            int start = i;
            if (kind == LETTER) {
                int hash = 0;
                while (i < n && CLASS[folded[i]] == LETTER) {
                    hash = 31 * hash + folded[i];
                    i++;
                }
                tokens.add(new Token(folded, start, i, Kind.WORD, hash, null));
            } else if (kind == DIGIT) {
                int hash = 0;
                while (i < n && (CLASS[folded[i]] == DIGIT || separatesDigits(folded, n, i))) {
                    hash = 31 * hash + folded[i];
                    i++;
                }
                tokens.add(new Token(folded, start, i, Kind.NUMBER, hash, null));
            } else {
                i++;
                if (kind != SPACE) {
                    String mark = c < MARKS.length ? MARKS[c] : String.valueOf(c);
                    tokens.add(new Token(folded, start, i, Kind.PUNCTUATION, mark.hashCode(), mark));
                }
            }
        }
        return tokens;
    }

    private static boolean separatesDigits(char[] text, int n, int i) {
        char c = text[i];
        return (c == '.' || c == ',' || c == '\u066B' || c == '\u066C') && i + 1 < n
                && CLASS[text[i + 1]] == DIGIT && i > 0 && CLASS[text[i - 1]] == DIGIT;
    }

    /**
     * Whether one of {@code words} (as written or under its clitics) stands among the {@code reach} words before token
     * {@code first}, in its clause: punctuation or a number ends the look back.
     */
    static boolean wordBefore(List<Token> tokens, int first, int reach, SpanMap<?> words) {
        int seen = 0;
        for (int i = first - 1; i >= 0 && seen < reach; i--) {
            Token token = tokens.get(i);
            if (token.kind() != Kind.WORD) {
                return false;
            }
            seen++;
            if (token.in(words) != null || token.stripped(words) != null) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first token that starts at or after folded offset {@code offset}. */
    static int at(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
