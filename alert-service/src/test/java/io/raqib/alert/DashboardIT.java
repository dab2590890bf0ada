package io.raqib.alert;

import static io.raqib.alert.figures.ArticleFixtures.article;
import static io.raqib.alert.figures.ArticleFixtures.figure;
import static io.raqib.alert.figures.ArticleFixtures.organisation;
import static io.raqib.alert.figures.ArticleFixtures.place;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.raqib.schemas.EnrichedArticle;
import io.raqib.schemas.FigureCategory;
import io.raqib.schemas.TopicMention;
import io.raqib.schemas.TopicSetup;
import io.raqib.schemas.Topics;
import io.raqib.testkafka.KafkaResource;
import io.raqib.testkafka.TestBroker;
import io.raqib.testkafka.TestConsumer;

/**
 * The desk's page as a person sees it: a spike, a series and figures boards on the broker, then the dashboard in
 * headless Chromium. The DOM must show them, and target/dashboard.png keeps the screenshot.
 */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@TestProfile(DashboardIT.OwnTopics.class)
class DashboardIT {

    static final String PREFIX = "dashboard.";
    private static final String SERIES = "border_infiltration@Hasakah";
    private static final Duration HOUR = Duration.ofHours(1);
    /** Articles per hour before the spike, the oldest first: under the threshold (3) every hour. */
    private static final int[] HISTORY = {1, 2, 1, 0, 2, 1, 1, 2, 0, 1, 2, 1};
    private static final List<String> SPIKE_TITLES = List.of(
            "إحباط محاولة تسلل لعناصر من داعش عبر الحدود قرب الحسكة",
            "الأسايش تعتقل متسللين قادمين من الأراضي العراقية",
            "اشتباكات على الشريط الحدودي بعد رصد مجموعة مسلحة",
            "مصادر محلية: تحركات مريبة عند المنافذ غير الرسمية شرق الحسكة");
    private static final List<List<String>> SPIKE_PHRASES = List.of(List.of("محاولة تسلل", "عبر الحدود"),
            List.of("متسللين"), List.of("الشريط الحدودي", "ضبط الحدود"), List.of("المنافذ غير الرسمية"));

    /**
     * Topics of its own: its hours of history would be late for windows that the other tests' mentions, "now" on
     * the same partitions, have already closed. The service starts its streams once the topics exist.
     */
    public static class OwnTopics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("raqib.topic-prefix", PREFIX);
        }
    }

    @TestHTTPResource("/dashboard/")
    URI dashboard;

    @Test
    void theDeskSeesTheAlertItsSeriesAndTheFiguresBoardInArabic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestBroker.shared().bootstrapServers()))) {
            TopicSetup.ensure(admin, PREFIX, (short) 1);
        }
        Instant window = Instant.ofEpochMilli(Instant.now().toEpochMilli() / HOUR.toMillis() * HOUR.toMillis());
        publishMentions(window);
        publishFigures(window);

        String bootstrap = TestBroker.shared().bootstrapServers();
        TestConsumer.readUntil(bootstrap, Topics.ALERTS.withPrefix(PREFIX), r -> r.value().getSeries().equals(SERIES),
                Duration.ofSeconds(60));
        await("the series' spike window", () -> {
            var response = given().queryParam("topic", "border_infiltration").queryParam("place", "Hasakah")
                    .when().get("/api/series");
            List<Integer> observed = response.statusCode() == 200 ? response.path("windows.observed") : List.of();
            return !observed.isEmpty() && observed.get(observed.size() - 1) == SPIKE_TITLES.size();
        });
        await("the figures boards", () -> {
            var response = given().when().get("/api/figures");
            return response.statusCode() == 200 && response.<Integer>path("total") >= 3;
        });

        Path target = Path.of("target");
        try (HeadlessChromium chromium = HeadlessChromium.start(target.resolve("dashboard-chromium.log"))) {
            chromium.open(dashboard, 1366, 900);
            chromium.waitFor("the alert's evidence, the chart, the figures board and the live stream",
                    "document.querySelector('#alert-list li.alert.selected .evidence')"
                            + " && document.querySelector('#chart canvas')"
                            + " && document.querySelector('#board-detail .source')"
                            + " && document.querySelector('#connection.live')", Duration.ofSeconds(30));
            Document dom = Jsoup.parse(chromium.dom(), dashboard.toString());
            Files.writeString(target.resolve("dashboard-dom.html"), dom.outerHtml());
            assertWhatTheDeskSees(dom);
            chromium.screenshot(target.resolve("dashboard.png"));
            assertTrue(Files.size(target.resolve("dashboard.png")) > 10_000, "the screenshot is all but empty");

            // The analyst acknowledges from the page; the change comes back on the live stream.
            chromium.evaluate("document.getElementById('analyst').value = 'ليلى';"
                    + "document.querySelector('#alert-list li.alert[data-series=\"" + SERIES + "\"] button.acknowledge')"
                    + ".click()");
            chromium.waitFor("the acknowledgement, back on the live stream",
                    "document.querySelector('#alert-list li.alert[data-series=\"" + SERIES + "\"] .badge.status')"
                            + ".textContent === 'قيد المتابعة'", Duration.ofSeconds(30));
        }
    }

    private static void assertWhatTheDeskSees(Document dom) {
        Element html = dom.selectFirst("html");
        assertEquals("rtl", html.attr("dir"));
        assertEquals("ar", html.attr("lang"));
        assertTrue(dom.title().contains("راقب"), dom.title());

        // The third article reached the threshold (3) and raised the alert; the fourth may have come in the same commit
        // (updates of one series within a commit interval collapse), so the newest evidence is the third or the fourth.
        List<String> raising = SPIKE_TITLES.subList(2, SPIKE_TITLES.size());
        Element row = dom.select("#alert-list li.alert").stream()
                .filter(li -> li.attr("data-series").equals(SERIES)).findFirst()
                .orElseThrow(() -> new AssertionError("no alert row for " + SERIES + " in " + dom.select("#alert-list")));
        assertTrue(raising.contains(row.selectFirst(".alert-title").text()),
                "the headline is its newest evidence's title: " + row.selectFirst(".alert-title").text());
        assertTrue(row.selectFirst(".badge.sev").text().matches("(منخفض|متوسط) .*"), row.selectFirst(".badge.sev").text());
        assertEquals("مفتوح", row.selectFirst(".badge.status").text());
        assertEquals(2, row.select(".alert-actions button").size());
        assertTrue(row.selectFirst(".alert-meta").text().contains("التسلل عبر الحدود"));

        Element evidence = dom.selectFirst("#alert-list li.alert.selected .evidence");
        List<String> marked = evidence.select("mark").eachText();
        assertTrue(marked.containsAll(List.of("محاولة تسلل", "عبر الحدود", "متسللين", "الشريط الحدودي")),
                marked.toString());
        assertEquals(List.of("ضبط الحدود"), evidence.select(".phrases li.elsewhere").eachText(),
                "a phrase the title does not hold is listed apart");

        assertFalse(dom.select("#chart canvas").isEmpty(), "the chart is drawn: " + dom.select("#series-panel"));
        assertTrue(dom.selectFirst("#chart-caption").text().contains("التسلل عبر الحدود"),
                dom.selectFirst("#chart-caption").text());
        assertTrue(dom.select("#series-select option").eachAttr("value").contains(SERIES));

        assertTrue(dom.select("#boards tbody tr").size() >= 3, dom.select("#boards").outerHtml());
        assertTrue(dom.select("#boards tbody tr").eachText().stream().anyMatch(t -> t.contains("داعش")
                && t.contains("مقاتلون") && t.contains("تقديرات متضاربة")), dom.select("#boards").text());
        Element detail = dom.selectFirst("#board-detail");
        assertTrue(detail.text().contains("داعش"), detail.text());
        List<String> sources = detail.select(".source h4").eachText();
        assertTrue(sources.stream().anyMatch(s -> s.startsWith("التحالف الدولي")), sources.toString());
        assertTrue(sources.stream().anyMatch(s -> s.startsWith("مديرية الاستخبارات العسكرية")), sources.toString());
        assertTrue(detail.select(".source .estimate").eachText().containsAll(List.of("نحو 2,500", "من 5,000 إلى 7,000")),
                detail.select(".source .estimate").eachText().toString());
    }

    private void publishMentions(Instant window) throws Exception {
        var topic = Topics.TOPIC_MENTIONS.withPrefix(PREFIX);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestBroker.shared().bootstrapServers()), topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            int article = 0;
            for (int h = 0; h < HISTORY.length; h++) {
                Instant hour = window.minus(HOUR.multipliedBy(HISTORY.length - h));
                for (int i = 0; i < HISTORY[h]; i++) {
                    Instant time = hour.plus(Duration.ofMinutes(10 + 20L * i));
                    send(producer, topic.name(), mention("history-" + article++, time, "وكالة " + (i + 1),
                            "تقرير عن الوضع الأمني على الحدود", List.of("الحدود")));
                }
            }
            for (int i = 0; i < SPIKE_TITLES.size(); i++) {
                send(producer, topic.name(), mention("spike-" + i, window.plusSeconds(5L + i), "مصدر " + (i + 1),
                        SPIKE_TITLES.get(i), SPIKE_PHRASES.get(i)));
            }
        }
    }

    private static TopicMention mention(String id, Instant time, String outlet, String title, List<String> phrases) {
        TopicMention mention = Fixtures.mention(id, "border_infiltration", "Hasakah", time, outlet);
        mention.setTitle(title);
        mention.setPhrases(phrases);
        return mention;
    }

    private static void send(KafkaProducer<String, TopicMention> producer, String topic, TopicMention mention)
            throws Exception {
        // nlp-service writes each article to the place's series and to the topic's as a whole.
        for (String series : List.of(SERIES, mention.getTopicId())) {
            TopicMention copy = TopicMention.newBuilder(mention).setPlace(series.equals(SERIES) ? "Hasakah" : null)
                    .build();
            producer.send(new ProducerRecord<>(topic, null, mention.getTime().toEpochMilli(), series, copy)).get();
        }
    }

    private void publishFigures(Instant now) throws Exception {
        var isis = organisation("ISIS", "داعش");
        List<EnrichedArticle> articles = List.of(
                article("fig-1", "شبكة الرافدين", now.minus(Duration.ofDays(3)),
                        "الاستخبارات العسكرية: نحو 2500 مقاتل من داعش في صحراء الأنبار",
                        List.of(isis, organisation("Iraqi Military Intelligence", "مديرية الاستخبارات العسكرية"),
                                place("Anbar Desert", "صحراء الأنبار")),
                        List.of(figure("نحو 2500 مقاتل", 2500.0, 2500.0, true, FigureCategory.FIGHTERS, "ISIS",
                                "Anbar Desert", "Iraqi Military Intelligence"))),
                article("fig-2", "المرصد الإخباري", now.minus(Duration.ofDays(1)),
                        "التحالف الدولي يقدّر عناصر التنظيم في البادية بما بين خمسة وسبعة آلاف",
                        List.of(isis, organisation("Global Coalition", "التحالف الدولي"),
                                place("Syrian Desert", "البادية السورية")),
                        List.of(figure("ما بين خمسة وسبعة آلاف", 5000.0, 7000.0, false, FigureCategory.FIGHTERS, "ISIS",
                                "Syrian Desert", "Global Coalition"))),
                article("fig-3", "صدى الجزيرة", now.minus(Duration.ofHours(6)),
                        "الأسايش: أكثر من 300 معتقل نقلوا من مخيم الهول إلى سجن غويران",
                        List.of(organisation("Asayish", "الأسايش"), place("Al-Hol camp", "مخيم الهول")),
                        List.of(figure("أكثر من 300 معتقل", 300.0, null, false, FigureCategory.DETAINEES, null,
                                "Al-Hol camp", "Asayish"))),
                article("fig-4", "شبكة الرافدين", now.minus(Duration.ofHours(30)),
                        "مسؤول أمريكي: نحو 900 جندي باقون في شمال شرق سوريا",
                        List.of(organisation("Global Coalition", "التحالف الدولي")),
                        List.of(figure("نحو 900 جندي", 900.0, 900.0, true, FigureCategory.TROOPS, "Global Coalition",
                                null, null))));
        var topic = Topics.ARTICLES_ENRICHED.withPrefix(PREFIX);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestBroker.shared().bootstrapServers()), topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            for (EnrichedArticle a : articles) {
                producer.send(new ProducerRecord<>(topic.name(), a.getArticle().getId(), a)).get();
            }
        }
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("waited a minute for " + what);
            }
            Thread.sleep(200);
        }
    }
}
