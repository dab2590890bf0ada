package io.raqib.nlp.extract;

import java.util.ArrayList;
import java.util.List;

/** Folded text cut into words, numbers and punctuation, each with its folded offsets. */
final class Tokens {

    enum Kind { WORD, NUMBER, PUNCTUATION }

    record Token(String text, int start, int end, Kind kind) {
        boolean is(String word) {
            return kind == Kind.WORD && text.equals(word);
        }
    }

    private Tokens() {
    }

    /** Letters run into words; digits into numbers, with . , ٫ ٬ between digits kept; anything else stands alone. */
    static List<Token> of(String folded) {
        List<Token> tokens = new ArrayList<>(folded.length() / 5);
        int n = folded.length();
        int i = 0;
        while (i < n) {
            char c = folded.charAt(i);
            int start = i;
            if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(folded.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(folded.substring(start, i), start, i, Kind.WORD));
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isDigit(folded.charAt(i)) || separatesDigits(folded, i))) {
                    i++;
                }
                tokens.add(new Token(folded.substring(start, i), start, i, Kind.NUMBER));
            } else {
                i++;
                if (!Character.isWhitespace(c)) {
                    tokens.add(new Token(folded.substring(start, i), start, i, Kind.PUNCTUATION));
                }
            }
        }
        return tokens;
    }

    private static boolean separatesDigits(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == ',' || c == '\u066B' || c == '\u066C') && i + 1 < text.length()
                && Character.isDigit(text.charAt(i + 1)) && i > 0 && Character.isDigit(text.charAt(i - 1));
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
