package io.raqib.nlp.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.raqib.nlp.extract.Hedges.Bound;
import io.raqib.nlp.extract.Hedges.Hedge;

/**
 * {@link Hedges} finds what the one regex it was written as finds: the regex, as it stood in FigureFinder, is the
 * reference here, run the way it was (find() in the 32 chars before the number).
 */
class HedgesTest {

    private static final String FILLER = "(?:(?:عدد|قوام|عديد|مساحت|قيمت)(?:هم|ها|ه|هن)|عدد\\s+(?:افراد|عناصر|مقاتلي|جنود|منتسبي)"
            + "(?:هم|ها|ه|هن))";
    private static final Pattern WHOLE = Pattern.compile("(?<![\\p{L}])[وفب]?("
            + String.join("|", Hedges.all().keySet().stream().sorted((a, b) -> b.length() - a.length())
                    .map(h -> h.replace(" ", "\\s+(?:" + FILLER + "\\s+)?")).toList())
            + ")(?:\\s+" + FILLER + ")?\\s*$");

    private static Hedge reference(String folded, int start) {
        int reach = Math.max(0, start - 32);
        Matcher hedge = WHOLE.matcher(folded.substring(reach, start));
        if (!hedge.find()) {
            return new Hedge(null, start);
        }
        Bound bound = Hedges.all().get(hedge.group(1).replaceAll("\\s+(?:" + FILLER + "\\s+)?", " "));
        return new Hedge(bound, reach + hedge.start(1));
    }

    @Test
    void findsWhatTheWholeRegexFindsBeforeEveryTokenOfTheGoldenTexts() throws IOException {
        int hedged = 0;
        for (String text : goldenTexts()) {
            String folded = FoldedText.fold(text);
            for (Tokens.Token token : Tokens.of(folded)) {
                Hedge expected = reference(folded, token.start());
                assertEquals(expected, Hedges.before(folded, token.start()), () -> folded.substring(
                        Math.max(0, token.start() - 32), token.start()));
                hedged += expected.bound() == null ? 0 : 1;
            }
        }
        assertEquals(true, hedged > 100, "hedges seen: " + hedged);
    }

    @Test
    void findsWhatTheWholeRegexFindsInMadeUpWindows() {
        List<String> hedges = new ArrayList<>(Hedges.all().keySet());
        String[] prefixes = {"", "و", "ف", "ب", "ك", "ل", "م"};
        String[] before = {"", " ", "قال ", "،", "x", "ال", "\n", "لا "};
        String[] gaps = {" ", "  ", "\n", "\t", " عددهم ", " قوامها ", " عدده", "\u2028", " \u0085 "};
        String[] after = {"", " ", "  ", "\n", "\r\n", "\u2028", "\u0085", " عددهم", " قوامهن ", "،", "ه", " x"};
        SplittableRandom random = new SplittableRandom(7);
        int hedged = 0;
        for (int n = 0; n < 200_000; n++) {
            String hedge = hedges.get(random.nextInt(hedges.size()));
            String gap = gaps[random.nextInt(gaps.length)];
            String window = before[random.nextInt(before.length)] + prefixes[random.nextInt(prefixes.length)]
                    + hedge.replace(" ", gap) + after[random.nextInt(after.length)];
            if (random.nextInt(4) == 0) { // a hedge inside another, or cut off at the window's start
                window = window.substring(random.nextInt(window.length() + 1));
            }
            String text = "نص طويل قبل الرقم " + window + "5";
            int start = text.length() - 1;
            Hedge expected = reference(text, start);
            assertEquals(expected, Hedges.before(text, start), window);
            hedged += expected.bound() == null ? 0 : 1;
        }
        assertEquals(true, hedged > 20_000, "hedges seen: " + hedged);
    }

    private static List<String> goldenTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                HedgesTest.class.getResourceAsStream("/golden/inputs.jsonl.gz")), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                texts.add(json.readTree(line).path("text").asText());
            }
        }
        return texts;
    }
}
