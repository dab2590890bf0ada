package io.raqib.nlp.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Folded text cut into words, numbers and punctuation, each with its folded offsets. */
final class Tokens {

    enum Kind { WORD, NUMBER, PUNCTUATION }

    record Token(String text, int start, int end, Kind kind) {
        boolean is(String word) {
            return kind == Kind.WORD && text.equals(word);
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\d+(?:[.,\u066B\u066C]\\d+)*|\\p{L}+|[^\\s\\p{L}\\p{N}]");

    private Tokens() {
    }

    static List<Token> of(String folded) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(folded);
        while (m.find()) {
            char first = m.group().charAt(0);
            Kind kind = Character.isDigit(first) ? Kind.NUMBER : Character.isLetter(first) ? Kind.WORD : Kind.PUNCTUATION;
            tokens.add(new Token(m.group(), m.start(), m.end(), kind));
        }
        return tokens;
    }
}
