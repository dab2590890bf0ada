package io.raqib.nlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.raqib.nlp.extract.Extractor;

class NlpCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) throws Exception {
        return NlpCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void extractsFromStdinAndFilesOneJsonObjectEach(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), "أحبطت قوات حرس الحدود محاولة تسلل قرب القائم");
        Path json = Files.writeString(dir.resolve("b.json"), "{\"title\":\"t\",\"body\":\"يضم مخيم الهول نحو 40 ألف شخص\"}");

        assertEquals(0, run("غارات جوية على مواقع داعش في البادية", "extract", "-", text.toString(), json.toString()));

        List<String> lines = output().lines().toList();
        assertEquals(3, lines.size());
        JsonNode first = ExtractionJson.JSON.readTree(lines.get(0));
        assertEquals("airstrike", first.path("topics").get(0).path("id").asText());
        assertTrue(first.path("modelVersion").asText().startsWith("extractor-"));
        JsonNode third = ExtractionJson.JSON.readTree(lines.get(2));
        JsonNode figure = third.path("figures").get(0);
        assertEquals("نحو 40 ألف شخص", figure.path("text").asText());
        assertEquals(40000, figure.path("low").asDouble());
        assertTrue(figure.path("approximate").asBoolean());
        assertEquals("PEOPLE", figure.path("category").asText());
        JsonNode entity = third.path("entities").get(0);
        assertEquals("Al-Hol camp", entity.path("canonical").asText());
        assertEquals("مخيم الهول", "يضم مخيم الهول نحو 40 ألف شخص".substring(entity.path("start").asInt(),
                entity.path("end").asInt()));
    }

    @Test
    void anArticleWithItsDateIsReadWithItAndABadDateIsReportedNotFatal(@TempDir Path dir) throws Exception {
        String body = "أعلنت القوات الأمنية اعتقال 12 مشتبهاً.\\n\\nوشنت طائرات التحالف غارات جوية على مواقع التنظيم عام 2019.";
        Path dated = Files.writeString(dir.resolve("dated.json"), "{\"body\":\"" + body + "\",\"publishedAt\":1790000000000}");
        Path iso = Files.writeString(dir.resolve("iso.json"), "{\"body\":\"" + body + "\",\"publishedAt\":\"2026-09-21T10:00:00Z\"}");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"body\":\"" + body + "\",\"publishedAt\":\"yesterday\"}");

        assertEquals(1, run("", "extract", dated.toString(), bad.toString(), iso.toString()));

        List<String> lines = output().lines().toList();
        assertEquals(2, lines.size(), "the bad one is left out, the others still run");
        for (String line : lines) {
            List<String> topics = new ArrayList<>();
            ExtractionJson.JSON.readTree(line).path("topics").forEach(t -> topics.add(t.path("id").asText()));
            assertTrue(topics.contains("detention") && !topics.contains("airstrike"), topics.toString());
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("bad.json: not an article: not an ISO date or instant: yesterday"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingFileIsReportedAndTheOthersStillRun(@TempDir Path dir) throws Exception {
        assertEquals(1, run("", "extract", dir.resolve("nope.txt").toString(), "-"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot read"));
        assertEquals(1, output().lines().count());
    }

    @Test
    void scoresAGoldFilePerSplitKindAndCategory(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), String.join("\n",
                "{\"id\":\"1\",\"split\":\"dev\",\"text\":\"قال العميد سامر الدليمي إن نحو 5 آلاف مقاتل من داعش ينشطون في البادية.\","
                        + "\"entities\":[{\"type\":\"PERSON\",\"canonical\":\"سامر الدليمي\"},{\"type\":\"ORGANIZATION\",\"canonical\":\"ISIS\"},"
                        + "{\"type\":\"PLACE\",\"canonical\":\"Badia\"},{\"type\":\"PLACE\",\"canonical\":\"Syria\"}],"
                        + "\"figures\":[{\"text\":\"نحو 5 آلاف مقاتل\",\"low\":5000,\"high\":5000,\"category\":\"FIGHTERS\"}],"
                        + "\"topics\":[\"resurgence\"]}",
                "{\"id\":\"2\",\"split\":\"test\",\"text\":\"شنت الطائرات غارات جوية قرب الموصل\",\"entities\":[{\"type\":\"PLACE\",\"canonical\":\"Mosul\"}],"
                        + "\"figures\":[],\"topics\":[\"airstrike\"]}"));

        GoldEvaluation evaluation = GoldEvaluation.run(Extractor.bundled(), gold);

        Score entities = evaluation.score("dev", "entities");
        assertEquals(3, entities.truePositives);
        assertEquals(1, entities.falseNegatives); // Syria is not named
        assertEquals(1.0, evaluation.score("dev", "figures").f1());
        assertEquals(1, evaluation.score("dev", "figures/FIGHTERS").truePositives);
        assertEquals(0, evaluation.score("dev", "topics").truePositives);
        assertEquals(1.0, evaluation.score("test", "topics").f1());

        assertEquals(0, run("", "eval", gold.toString(), "--errors"));
        assertTrue(output().contains("split dev"));
        assertTrue(output().contains("entities missed: PLACE:Syria"), output());
    }

    @Test
    void theF1OfASplitComesWithItsBootstrapInterval(@TempDir Path dir) throws Exception {
        String hit = "{\"id\":\"%s\",\"split\":\"dev\",\"text\":\"شنت الطائرات غارات جوية قرب الموصل\","
                + "\"entities\":[],\"figures\":[],\"topics\":[\"airstrike\"]}";
        String miss = "{\"id\":\"%s\",\"split\":\"dev\",\"text\":\"شنت الطائرات غارات جوية قرب الموصل\","
                + "\"entities\":[],\"figures\":[],\"topics\":[\"bombing\"]}";
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lines.add(String.format(i < 4 ? hit : miss, "a" + i));
        }
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), String.join("\n", lines));

        GoldEvaluation evaluation = GoldEvaluation.run(Extractor.bundled(), gold);
        double f1 = evaluation.score("dev", "topics").f1(); // 4 hits, 2 extra, 2 missed: 0.667
        double[] interval = evaluation.f1Interval("dev", "topics");
        assertTrue(interval[0] < f1 && f1 < interval[1], interval[0] + " < " + f1 + " < " + interval[1]);
        assertTrue(interval[0] >= 0 && interval[1] <= 1);
        assertEquals(interval[0], evaluation.f1Interval("dev", "topics")[0], "seeded: the same interval every run");
        // a kind with nothing to find nor found in any article: F1 1 whatever the sample
        assertEquals(1.0, evaluation.f1Interval("dev", "figures")[0]);

        assertEquals(0, run("", "eval", gold.toString()));
        assertTrue(output().contains("split dev (6 articles)"), output());
        assertTrue(output().contains("f1 95% interval"), output());
    }

    @Test
    void aSplitIsScoredAloneAndTheOthersAreNeitherScoredNorListed(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), String.join("\n",
                "{\"id\":\"d1\",\"split\":\"dev\",\"text\":\"شنت الطائرات غارات جوية قرب الموصل\","
                        + "\"entities\":[{\"type\":\"PLACE\",\"canonical\":\"Kirkuk\"}],\"figures\":[],\"topics\":[\"airstrike\"]}",
                "{\"id\":\"t1\",\"split\":\"test\",\"text\":\"شنت الطائرات غارات جوية قرب الموصل\","
                        + "\"entities\":[{\"type\":\"PLACE\",\"canonical\":\"Basra\"}],\"figures\":[],\"topics\":[\"bombing\"]}"));

        GoldEvaluation dev = GoldEvaluation.run(Extractor.bundled(), gold, "dev");
        assertEquals(1, dev.articles());
        assertEquals(1, dev.score("dev", "topics").truePositives);
        assertEquals(0, dev.score("test", "topics").truePositives + dev.score("test", "topics").falseNegatives);

        assertEquals(0, run("", "eval", gold.toString(), "--split", "dev", "--errors"));
        assertTrue(output().contains("split dev"));
        assertTrue(output().contains("d1 entities missed: PLACE:Kirkuk"), output());
        assertFalse(output().contains("split test"), output());
        assertFalse(output().contains("t1 "), output());
    }

    @Test
    void aSplitWithNoArticlesIsAnErrorNotAScore(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"),
                "{\"id\":\"d1\",\"split\":\"dev\",\"text\":\"نص\",\"entities\":[],\"figures\":[],\"topics\":[]}");
        assertEquals(1, run("", "eval", gold.toString(), "--split", "Dev"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no articles in split Dev"));
        assertEquals(2, run("", "eval", gold.toString(), "--split"));
        assertEquals(2, run("", "eval", "--errors"));
    }

    @Test
    void scoresACoNLLCorpusByExactSpanAndType() throws Exception {
        Path conll = Path.of(getClass().getResource("/cli/sample.conll").toURI());
        ConllEvaluation evaluation = ConllEvaluation.run(Extractor.bundled(), conll);
        assertEquals(4, evaluation.total().truePositives, () -> {
            var buffer = new ByteArrayOutputStream();
            evaluation.print(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            return buffer.toString(StandardCharsets.UTF_8);
        });
        assertEquals(1.0, evaluation.total().f1());
    }

    @Test
    void saysHowToUseIt() throws Exception {
        assertEquals(2, run("", "frobnicate"));
        assertEquals(2, run(""));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage"));
    }

    @Test
    void trainsATopicModelThatTheExtractorCanLoad(@TempDir Path dir) throws Exception {
        // Twenty articles: a strike told in the lede is news, one recalled from an earlier year in the last paragraph
        // is not; the dated ones say which year is the present.
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            boolean news = i % 2 == 0;
            String strike = "وشنت طائرات التحالف غارات جوية على مواقع التنظيم" + (news ? " فجر اليوم." : " عام 2019.");
            String text = (news ? strike + "\n\n" : "")
                    + "أعلنت القوات الأمنية اعتقال 12 مشتبهاً في عملية دهم بقضاء الحويجة.\n\nوأضافت أن المعتقلين نقلوا إلى بغداد."
                    + (news ? "" : "\n\n" + strike);
            var article = ExtractionJson.JSON.createObjectNode().put("id", "t" + i).put("split", "dev")
                    .put("published", "2026-03-0" + (i % 9 + 1)).put("title", "").put("text", text);
            var topics = article.putArray("topics").add("detention").add("ground_operation");
            if (news) {
                topics.add("airstrike");
            }
            lines.add(article.toString());
        }
        Path gold = Files.write(dir.resolve("gold.jsonl"), lines);
        Path model = dir.resolve("topic-model.tsv");

        assertEquals(0, run("", "train-topics", gold.toString(), "--out", model.toString()));
        assertTrue(output().contains("split dev: 20 articles"), output());
        assertTrue(output().contains("fitted model"), output());
        Extractor trained = new Extractor(Extractor.bundledLines("gazetteer.tsv"), Extractor.bundledLines("taxonomy.tsv"),
                Files.readAllLines(model));
        String recalled = "أعلنت القوات الأمنية اعتقال 12 مشتبهاً.\n\nوشنت طائرات التحالف غارات جوية على مواقع التنظيم عام 2019.";
        assertTrue(trained.extract("", recalled, 2026).topics().stream().noneMatch(t -> t.getId().equals("airstrike")));

        assertEquals(1, run("", "train-topics", gold.toString(), "--split", "test"));
        assertEquals(2, run("", "train-topics"));
    }
}
