package io.raqib.ingest.source;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.schemas.RawArticle;
import io.raqib.schemas.Topics;
import io.raqib.testkafka.KafkaResource;
import io.raqib.testkafka.TestBroker;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Feeds polled by the running service against a real broker, served by a fixture web server on this machine
 * (%test allows private addresses for it; the SSRF case wires its own fetcher without that permission).
 */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(value = FeedsFileResource.class, restrictToAnnotatedClass = true)
class FeedPollingIT {

    private static final long MB = 1024 * 1024;
    private static FixtureServer web;

    /** Optional: this class's injection points are checked in every test application, also those without the file. */
    @ConfigProperty(name = "raqib.ingest.feeds-file")
    Optional<String> feedsFile;

    @BeforeAll
    static void startTheWeb() {
        web = new FixtureServer();
    }

    @AfterAll
    static void stopTheWeb() {
        if (web != null) {
            web.close();
        }
    }

    // ---- the cases ----

    @Test
    void newItemsArePublishedOnceAndAChangedFeedYieldsOnlyItsNewItems() {
        String name = "وكالة أنباء الشمال";
        web.serve("/north/feed.xml", FixtureServer.feed("feeds/north-v1.xml"));
        add(name, web.url("/north/feed.xml"), "PT1H");

        JsonPath first = poll(name);
        assertEquals(2, first.getInt("itemsNew"));
        assertEquals(2, first.getInt("itemsPublished"));
        assertEquals("ok", first.getString("state"));
        JsonPath again = poll(name);
        assertEquals(2, again.getInt("itemsPublished"), "nothing is published twice");
        assertEquals(0, again.getInt("duplicates"), "known items do not even reach the dedup gate");

        List<RawArticle> articles = articlesFrom(name);
        assertEquals(2, articles.size());
        RawArticle ied = articles.stream().filter(a -> a.getTitle().contains("كركوك")).findFirst().orElseThrow();
        assertEquals(web.url("/north/2024/06/kirkuk-ied-patrol.html"), ied.getUrl(), "tracking parameters dropped");
        assertEquals(Instant.parse("2024-06-04T03:20:00Z"), ied.getPublishedAt());
        assertEquals("ar", ied.getLanguage());
        assertTrue(ied.getBody().contains("وادي الشاي"), ied.getBody());

        // The feed changes: one new item on top, and from now on an ETag.
        web.serve("/north/feed.xml", FixtureServer.withEtag("feeds/north-v2.xml", "\"v2\""));
        JsonPath changed = poll(name);
        assertEquals(3, changed.getInt("itemsNew"));
        assertEquals(3, changed.getInt("itemsPublished"));
        assertEquals(3, articlesFrom(name).size());
        assertTrue(articlesFrom(name).stream().anyMatch(a -> a.getTitle().contains("سنجار")));

        // Unchanged since: the server answers 304 and nothing is read.
        poll(name);
        List<FixtureServer.Request> requests = web.requests("/north/feed.xml");
        assertEquals("\"v2\"", requests.get(requests.size() - 1).header("If-None-Match"));
        assertEquals(3, articlesFrom(name).size());
        metrics().body(containsString("raqib_ingest_feed_fetches_total{outcome=\"not_modified\",source=\"" + name + "\"}"))
                .body(containsString("raqib_ingest_feed_items_published_total{source=\"" + name + "\"} 3.0"));
        remove(name);
    }

    @Test
    void anItemWithOnlyASummaryGetsItsTextFromTheArticlePage() {
        String name = "شبكة الفرات";
        web.serve("/furat/rss", FixtureServer.feed("feeds/euphrates-summaries.xml"));
        web.serve("/furat/news/deir-ezzor-tanker-ambush", FixtureServer.page("pages/deir-ezzor-tanker-ambush.html"));
        // /furat/news/qamishli-depot-fire is not served: a 404, and the summary is kept.
        add(name, web.url("/furat/rss"), "PT1H");

        JsonPath status = poll(name);
        assertEquals(2, status.getInt("itemsPublished"));
        assertEquals(1, status.getInt("errors"));
        assertTrue(status.getString("lastError.message").contains("article page not read"),
                status.getString("lastError.message"));

        Map<String, RawArticle> byUrl = articlesFrom(name).stream().collect(Collectors.toMap(RawArticle::getUrl, a -> a));
        String ambush = byUrl.get(web.url("/furat/news/deir-ezzor-tanker-ambush")).getBody();
        assertTrue(ambush.startsWith("قتل سائق صهريج وأصيب اثنان آخران بجروح"), ambush);
        assertTrue(ambush.contains("يترددون في سلوك الطريق بعد غروب الشمس"), ambush);
        for (String furniture : List.of("اقرأ أيضاً", "انفجار لغم أرضي", "جميع الحقوق", "تابعونا", "فيسبوك", "الله يحمي",
                "عاجل", "الأكثر قراءة", "الوسوم", "محرر الموقع", "اتصل بنا")) {
            assertFalse(ambush.contains(furniture), "'" + furniture + "' in: " + ambush);
        }
        assertEquals("اندلع حريق كبير في مستودع للذخيرة تابع لقوات عسكرية قرب مدينة القامشلي، وسمعت أصوات انفجارات"
                + " متتالية في المنطقة.", byUrl.get(web.url("/furat/news/qamishli-depot-fire")).getBody());
        metrics().body(containsString("raqib_ingest_feed_page_fetches_total{outcome=\"http_error\",source=\"" + name + "\"} 1.0"))
                .body(containsString("raqib_ingest_feed_page_fetches_total{outcome=\"ok\",source=\"" + name + "\"} 1.0"));
        remove(name);
    }

    @Test
    void oneStoryRewrittenByTwoFeedsIsOneArticleWithBothSources() {
        String first = "مرصد الجزيرة السورية";
        String second = "صوت الخابور";
        web.serve("/jazira/atom", FixtureServer.ok("application/atom+xml",
                FixtureServer.fixture("feeds/wire-atom.xml")));
        web.serve("/khabour/rss", FixtureServer.feed("feeds/wire-rss.xml"));
        add(first, web.url("/jazira/atom"), "PT1H");
        add(second, web.url("/khabour/rss"), "PT1H");

        assertEquals(1, poll(first).getInt("itemsPublished"));
        JsonPath rewrite = poll(second);
        assertEquals(1, rewrite.getInt("duplicates"));
        assertEquals(1, rewrite.getInt("itemsPublished"), "republished under the first article with both outlets");

        RawArticle story = latest(a -> a.getAlsoReportedBy().contains(second));
        assertEquals(first, story.getSource());
        RawArticle original = articlesFrom(first).get(0);
        assertEquals(original.getId(), story.getId());
        remove(first);
        remove(second);
    }

    @Test
    void brokenFeedsAreCountedAndLoggedWhileTheHealthyOnesKeepBeingPolled() throws InterruptedException {
        web.serve("/broken/500", FixtureServer.status(500));
        web.serve("/broken/slow", FixtureServer.slow(5000, FixtureServer.feed("feeds/north-v1.xml")));
        web.serve("/broken/malformed", FixtureServer.feed("feeds/broken-malformed.xml"));
        web.serve("/broken/xxe", FixtureServer.ok("application/rss+xml", new String(
                FixtureServer.fixture("feeds/broken-xxe.xml"), StandardCharsets.UTF_8)
                .replace("@PORT@", String.valueOf(web.port())).getBytes(StandardCharsets.UTF_8)));
        web.serve("/broken/huge", FixtureServer.huge(50 * MB, false));
        web.serve("/broken/bomb", FixtureServer.encoded("gzip", "application/rss+xml", FixtureServer.gzipBomb(50 * MB)));
        web.serve("/calm", FixtureServer.feed("feeds/calm-empty.xml"));
        Map<String, String> broken = Map.of(
                "broken-500", "HTTP 500 from",
                "broken-slow", "within PT2S",
                "broken-malformed", "must be terminated by the matching end-tag",
                "broken-xxe", "DTDs and entities are not read",
                "broken-huge", "larger than 10485760 bytes",
                "broken-bomb", "decompression bomb");
        Map<String, String> outcomes = Map.of("broken-500", "http_error", "broken-slow", "timeout",
                "broken-malformed", "malformed", "broken-xxe", "dtd_refused", "broken-huge", "too_large",
                "broken-bomb", "too_large");
        add("calm", web.url("/calm"), "PT0.5S");
        for (String name : broken.keySet()) {
            add(name, web.url("/" + name.replace('-', '/')), "PT1S");
        }

        for (Map.Entry<String, String> feed : broken.entrySet()) {
            JsonPath status = poll(feed.getKey());
            assertTrue(status.getInt("consecutiveFailures") >= 1, feed.getKey());
            assertTrue(Set.of("backing_off", "failing").contains(status.getString("state")), feed.getKey());
            assertTrue(status.getString("lastError.message").contains(feed.getValue()),
                    feed.getKey() + ": " + status.getString("lastError.message"));
        }
        var scrape = metrics();
        for (Map.Entry<String, String> feed : outcomes.entrySet()) {
            scrape.body(containsString("raqib_ingest_feed_fetches_total{outcome=\"" + feed.getValue() + "\",source=\""
                    + feed.getKey() + "\"}"));
            scrape.body(containsString("raqib_ingest_feed_consecutive_failures{source=\"" + feed.getKey() + "\"}"));
        }
        assertEquals(0, web.hits("/xxe-probe"), "the external entity was never fetched");

        long before = web.hits("/calm");
        Thread.sleep(3000);
        assertTrue(web.hits("/calm") - before >= 3, "the healthy feed is polled on: " + (web.hits("/calm") - before));
        given().get("/api/sources/calm").then().statusCode(200).body("state", equalTo("ok"))
                .body("consecutiveFailures", equalTo(0));
        // Failing feeds back off: far fewer polls than their one-second interval would make.
        assertTrue(web.hits("/broken/500") <= 5, "backed off: " + web.hits("/broken/500"));

        remove("calm");
        broken.keySet().forEach(FeedPollingIT::remove);
    }

    @Test
    void aRestartedServicePublishesNothingAgain() throws Exception {
        String name = "رصد نينوى";
        web.serve("/nineveh/rss", FixtureServer.feed("feeds/restart-watch.xml"));
        add(name, web.url("/nineveh/rss"), "PT1H");
        assertEquals(2, poll(name).getInt("itemsPublished"));

        // Another service over the same broker: its dedup gate read back from ingest.dedup, its poller new.
        try (FreshIngest restarted = new FreshIngest(TestBroker.shared().bootstrapServers(), new AddressGuard(true))) {
            SourceStatus status = restarted.poll(new FeedSource(name, URI.create(web.url("/nineveh/rss")),
                    Duration.ofHours(1), "ar", true, null));
            assertEquals(2, status.itemsNew(), "its poller has met no item yet");
            assertEquals(0, status.itemsPublished());
            assertEquals(2, status.duplicates(), "the restored dedup index knows both");
        }
        assertEquals(2, articlesFrom(name).size());
        remove(name);
    }

    @Test
    void whileKafkaIsAwayNothingIsLostAndTheNextPollPublishesTheItems() throws Exception {
        String name = "بوابة ربيعة";
        web.serve("/rabia/rss", FixtureServer.withEtag("feeds/rabia-border.xml", "\"r1\""));
        FeedSource feed = new FeedSource(name, URI.create(web.url("/rabia/rss")), Duration.ofHours(1), "ar", true, null);
        FreshIngest.FlakyPublisher kafka = new FreshIngest.FlakyPublisher(TestBroker.shared().bootstrapServers());
        try (FreshIngest ingest = new FreshIngest(TestBroker.shared().bootstrapServers(), new AddressGuard(true), kafka)) {
            SourceStatus away = ingest.poll(feed);
            assertEquals("backing_off", away.state());
            assertEquals(0, away.itemsPublished());
            assertTrue(away.lastError().message().contains("offered again at the next poll"), away.lastError().message());

            kafka.back();
            SourceStatus back = ingest.poller.pollNow(name).get(60, TimeUnit.SECONDS);
            assertEquals("ok", back.state());
            assertEquals(2, back.itemsPublished(), "not taken for duplicates of themselves");
            assertEquals(0, back.duplicates());
        }
        // The ETag of the failed poll was not kept: the retry read the feed whole.
        assertNull(web.requests("/rabia/rss").get(1).header("If-None-Match"));
        assertEquals(2, articlesFrom(name).size());
    }

    @Test
    void aFeedRedirectingToLoopbackIsRefusedWithoutPrivateAddresses() throws Exception {
        web.serve("/ssrf/feed", FixtureServer.redirect(302, web.url("/ssrf/internal")));
        web.serve("/ssrf/internal", FixtureServer.feed("feeds/north-v1.xml"));
        // The feed's host name resolves to a public address as far as the guard knows; the redirect does not.
        AddressGuard guard = new AddressGuard(false, host -> host.equals("localhost")
                ? new InetAddress[] {InetAddress.getByName("203.0.113.10")} : InetAddress.getAllByName(host));
        try (FreshIngest strict = new FreshIngest(TestBroker.shared().bootstrapServers(), guard)) {
            SourceStatus status = strict.poll(new FeedSource("ssrf-probe",
                    URI.create("http://localhost:" + web.port() + "/ssrf/feed"), Duration.ofHours(1), null, true, null));
            // At least once: the poller's own first poll may come before the one asked for.
            assertTrue(status.consecutiveFailures() >= 1);
            assertTrue(status.lastError().message().contains("followed a redirect from http://localhost:" + web.port()
                    + "/ssrf/feed, then refused " + web.url("/ssrf/internal") + ": 127.0.0.1 is a loopback"),
                    status.lastError().message());
            assertTrue(strict.metrics.counter(FeedMetrics.FETCHES, "source", "ssrf-probe", "outcome",
                    "refused_address").count() >= 1);
        }
        assertTrue(web.hits("/ssrf/feed") >= 1);
        assertEquals(0, web.hits("/ssrf/internal"), "the loopback address was never asked");
    }

    @Test
    void feedsAreAddedAndRemovedAtRuntimeAndTheFileFollows() throws Exception {
        given().get("/api/sources").then().statusCode(200)
                .body("persistence.persistent", equalTo(true))
                .body("persistence.file", equalTo(Path.of(feedsFile.orElseThrow()).toAbsolutePath().toString()))
                .body("sources.name", hasItem(FeedsFileResource.FILE_FEED))
                .body("sources.find { it.name == 'api' }.kind", equalTo("channel"))
                .body("sources.find { it.name == '" + FeedsFileResource.FILE_FEED + "' }.state", equalTo("disabled"));
        given().post("/api/sources/{name}/poll", FeedsFileResource.FILE_FEED).then().statusCode(409)
                .body("error", containsString("disabled"));

        String name = "قناة التجربة";
        web.serve("/trial/rss", FixtureServer.feed("feeds/calm-empty.xml"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "url", web.url("/trial/rss"), "pollInterval", "PT1H", "language", "ar",
                        "maxItems", 20))
                .when().post("/api/sources")
                .then().statusCode(201)
                .header("Location", endsWith("/api/sources/%D9%82%D9%86%D8%A7%D8%A9%20%D8%A7%D9%84%D8%AA%D8%AC%D8%B1%D8%A8%D8%A9"))
                .body("name", equalTo(name)).body("interval", equalTo("PT1H")).body("maxItems", equalTo(20))
                .body("state", equalTo("ok"));
        given().get("/api/sources/{name}", name).then().statusCode(200).body("url", equalTo(web.url("/trial/rss")));
        assertTrue(Files.readString(Path.of(feedsFile.orElseThrow())).contains(name), "written to the feeds file");

        given().contentType(ContentType.JSON).body(Map.of("name", name, "url", "https://other.example/rss"))
                .when().post("/api/sources").then().statusCode(409).body("error", containsString("exists already"));
        refused("{\"name\": \"x\", \"url\": \"ftp://news.example/rss\"}", "url", "only http and https");
        refused("{\"name\": \"x\", \"url\": \"https://news.example/rss\", \"pollInterval\": \"PT0.1S\"}", "pollInterval",
                "shorter than the minimum PT0.5S");
        refused("{\"name\": \"x\", \"url\": \"https://news.example/rss\", \"every\": \"PT5M\"}", "every",
                "unknown field");
        refused("{\"name\": \"api\", \"url\": \"https://news.example/rss\"}", "name", "channel");
        refused("{\"name\": ", "", "not valid JSON");

        given().delete("/api/sources/{name}", name).then().statusCode(204);
        given().get("/api/sources/{name}", name).then().statusCode(404).body("error", containsString(name));
        given().delete("/api/sources/{name}", name).then().statusCode(404);
        assertFalse(Files.readString(Path.of(feedsFile.orElseThrow())).contains(name), "removed from the feeds file");
        given().delete("/api/sources/api").then().statusCode(409).body("error", containsString("channel"));
        given().post("/api/sources/api/poll").then().statusCode(409);
        given().get("/api/sources/api").then().statusCode(200).body("kind", equalTo("channel"));
        given().post("/api/sources/{name}/poll", "لا يوجد").then().statusCode(404);
    }

    // ---- helpers ----

    private static void add(String name, String url, String interval) {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "url", url, "pollInterval", interval, "language", "ar"))
                .when().post("/api/sources")
                .then().statusCode(201);
    }

    private static void remove(String name) {
        given().delete("/api/sources/{name}", name).then().statusCode(204);
    }

    private static JsonPath poll(String name) {
        return given().post("/api/sources/{name}/poll", name).then().statusCode(200).extract().jsonPath();
    }

    private static void refused(String body, String field, String message) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/sources")
                .then().statusCode(400).body("field", equalTo(field)).body("error", containsString(message));
    }

    private static ValidatableResponse metrics() {
        return given().get("/q/metrics").then().statusCode(200);
    }

    /** The articles of one source on articles.raw, the latest record per id. */
    private static List<RawArticle> articlesFrom(String source) {
        Map<String, RawArticle> latest = new HashMap<>();
        for (RawArticle article : readAll()) {
            if (article.getSource().equals(source)) {
                latest.put(article.getId(), article);
            }
        }
        return new ArrayList<>(latest.values());
    }

    private static RawArticle latest(Predicate<RawArticle> wanted) {
        List<RawArticle> matching = readAll().stream().filter(wanted).toList();
        assertFalse(matching.isEmpty(), "no such article on articles.raw");
        return matching.get(matching.size() - 1);
    }

    /** articles.raw from its beginning to its end as of now, as a downstream consumer sees it. */
    private static List<RawArticle> readAll() {
        var topic = Topics.ARTICLES_RAW;
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.shared().bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<RawArticle> articles = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, RawArticle> record : consumer.poll(Duration.ofMillis(200))) {
                    articles.add(record.value());
                }
            }
        }
        return articles;
    }
}
