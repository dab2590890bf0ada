package io.raqib.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class FeedSourceReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final FeedSourceReader reader = new FeedSourceReader(Duration.ofMinutes(1), Duration.ofMinutes(15));

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void readsAFullDefinition() {
        FeedSource feed = reader.read(json("""
                {"name": " السومرية نيوز - أمن ", "url": "https://www.alsumaria.example/rss/security?x=1#top",
                 "pollInterval": "PT10M", "language": "AR", "enabled": false, "maxItems": 30}"""), "");
        assertEquals("السومرية نيوز - أمن", feed.name());
        assertEquals(URI.create("https://www.alsumaria.example/rss/security?x=1"), feed.url());
        assertEquals(Duration.ofMinutes(10), feed.pollInterval());
        assertEquals("ar", feed.language());
        assertFalse(feed.enabled());
        assertEquals(30, feed.maxItems());
    }

    @Test
    void onlyNameAndUrlAreRequired() {
        FeedSource feed = reader.read(json("{\"name\": \"شفق نيوز\", \"url\": \"https://shafaq.example/ar/rss\"}"), "");
        assertEquals(Duration.ofMinutes(15), feed.pollInterval());
        assertTrue(feed.enabled());
        assertNull(feed.language());
        assertNull(feed.maxItems());
        assertEquals(50, feed.maxItemsOr(50));
    }

    @Test
    void anArabicPathIsPercentEncoded() {
        FeedSource feed = reader.read(json("{\"name\": \"عنب بلدي\", \"url\": \"https://enabbaladi.example/أخبار/feed\"}"), "");
        assertEquals("https://enabbaladi.example/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/feed", feed.url().toString());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"url": "https://a.example/rss"}                                          | name         | name is required
            {"name": "  ", "url": "https://a.example/rss"}                            | name         | name is required
            {"name": "a/b", "url": "https://a.example/rss"}                           | name         | may not contain '/'
            {"name": "API", "url": "https://a.example/rss"}                           | name         | the name of a channel
            {"name": 7, "url": "https://a.example/rss"}                               | name         | name must be a string
            {"name": "x"}                                                             | url          | url is required
            {"name": "x", "url": "ftp://a.example/rss"}                               | url          | only http and https are fetched, not ftp
            {"name": "x", "url": "file:///etc/passwd"}                                | url          | only http and https are fetched, not file
            {"name": "x", "url": "/rss"}                                              | url          | not an absolute URL
            {"name": "x", "url": "https://user:secret@a.example/rss"}                 | url          | credentials in a URL
            {"name": "x", "url": "http://exa mple.com:port/"}                         | url          | must be an absolute http(s) URL
            {"name": "x", "url": "https://a.example/rss", "pollInterval": "PT10S"}    | pollInterval | PT10S is shorter than the minimum PT1M
            {"name": "x", "url": "https://a.example/rss", "pollInterval": "5 minutes"}| pollInterval | ISO-8601 duration such as PT15M
            {"name": "x", "url": "https://a.example/rss", "pollInterval": "P30D"}     | pollInterval | longer than the maximum
            {"name": "x", "url": "https://a.example/rss", "language": "arabic"}       | language     | ISO 639 code
            {"name": "x", "url": "https://a.example/rss", "enabled": "yes"}           | enabled      | true or false
            {"name": "x", "url": "https://a.example/rss", "maxItems": 0}              | maxItems     | from 1 to 1000
            {"name": "x", "url": "https://a.example/rss", "maxItems": 2.5}            | maxItems     | from 1 to 1000
            {"name": "x", "url": "https://a.example/rss", "pollIntervall": "PT5M"}    | pollIntervall | unknown field 'pollIntervall'
            """)
    void refusesWithTheFieldAndAReason(String definition, String field, String message) {
        InvalidSourceException e = assertThrows(InvalidSourceException.class, () -> reader.read(json(definition), ""));
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void fieldsAreNamedByTheirPlaceInTheFile() {
        InvalidSourceException e = assertThrows(InvalidSourceException.class,
                () -> reader.read(json("{\"name\": \"x\", \"url\": \"gopher://a.example/\"}"), "feeds[3]."));
        assertEquals("feeds[3].url", e.field());
        assertEquals("feeds[3]", assertThrows(InvalidSourceException.class,
                () -> reader.read(json("[]"), "feeds[3].")).field());
    }

    @Test
    void writesWhatItReads() {
        FeedSource feed = reader.read(json("""
                {"name": "روداو", "url": "https://rudaw.example/arabic/rss", "pollInterval": "PT20M", "language": "ar",
                 "maxItems": 40}"""), "");
        assertEquals(feed, reader.read(FeedSourceReader.write(feed), ""));
    }
}
