package io.raqib.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * Whatever bytes a feed URL answers with, the parser gives a feed or a {@link FeedException} saying what is wrong —
 * never another exception, which would stop the feed's poller for a reason nobody can read, and never an item with a
 * blank field (absent is null). The inputs are the fixtures damaged at random (bytes flipped, cut short, spliced,
 * markup and entities inserted) and random bytes, from fixed seeds so a failure names its input and reruns the same.
 * {@code -Draqib.properties.tries=N} tries more of each.
 */
class FeedParserPropertiesTest {

    private static final int TRIES = Integer.getInteger("raqib.properties.tries", 300);
    private static final List<String> FIXTURES = List.of("atom.xml", "rdf.xml", "rss2-content.xml",
            "rss2-summaries.xml", "utf8-bom.xml", "windows-1256.xml", "windows-1256-no-declaration.xml",
            "empty-channel.xml", "xhtml-page-served-as-feed.xml", "billion-laughs.xml", "xxe-parameter-entity.xml");
    private static final List<String> INSERTS = List.of("<", ">", "&", "&amp;", "&#0;", "&#x110000;", "&nbsp;",
            "]]>", "<![CDATA[", "<item>", "</item>", "<entry>", "<title>", "</title>", "<link>", "<?xml ?>",
            "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;", "\u0000", "\ufffe", "\ud800", "تسلل", "\r\n", "\"", "'");

    private final FeedParser parser = new FeedParser(1024 * 1024);

    @Test
    void damagedFeedsParseOrFailWithAReason() {
        forEachBody(FeedParserPropertiesTest::damaged);
    }

    @Test
    void randomBytesParseOrFailWithAReason() {
        forEachBody(random -> {
            byte[] bytes = new byte[random.nextInt(2048)];
            random.nextBytes(bytes);
            return random.nextBoolean() ? bytes : concat("<?xml version=\"1.0\"?><rss version=\"2.0\">".getBytes(
                    StandardCharsets.UTF_8), bytes);
        });
    }

    private void forEachBody(Function<Random, byte[]> bodies) {
        for (int seed = 0; seed < TRIES; seed++) {
            Random random = new Random(seed);
            byte[] body = bodies.apply(random);
            String charset = random.nextInt(4) == 0 ? "windows-1256" : null;
            try {
                assertWellFormed(parser.parse(body, charset, "https://news.example/feed"));
            } catch (FeedException refused) {
                assertFalse(refused.getMessage() == null || refused.getMessage().isBlank(), "a reason, seed " + seed);
            } catch (RuntimeException | AssertionError e) {
                fail("seed " + seed + ", " + body.length + " bytes starting "
                        + new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8) + ": " + e, e);
            }
        }
    }

    private static byte[] damaged(Random random) {
        byte[] body = Fixtures.bytes("feeds/" + FIXTURES.get(random.nextInt(FIXTURES.size())));
        for (int damage = 1 + random.nextInt(4); damage > 0; damage--) {
            int at = random.nextInt(body.length + 1);
            body = switch (random.nextInt(4)) {
                case 0 -> flipped(body, random);
                case 1 -> Arrays.copyOf(body, at);
                case 2 -> concat(Arrays.copyOf(body, at), Arrays.copyOfRange(body, random.nextInt(body.length + 1),
                        body.length));
                default -> concat(concat(Arrays.copyOf(body, at),
                        INSERTS.get(random.nextInt(INSERTS.size())).getBytes(StandardCharsets.UTF_8)),
                        Arrays.copyOfRange(body, at, body.length));
            };
        }
        return body;
    }

    private static byte[] flipped(byte[] body, Random random) {
        byte[] copy = body.clone();
        for (int flips = 1 + random.nextInt(8); flips > 0 && copy.length > 0; flips--) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static void assertWellFormed(Feed feed) {
        for (FeedItem item : feed.items()) {
            for (String field : Arrays.asList(item.title(), item.link(), item.id(), item.published(), item.updated(),
                    item.summary(), item.content(), item.author())) {
                assertTrue(field == null || !field.isBlank(), () -> "a blank field in " + item);
            }
            item.categories().forEach(category -> assertFalse(category.isBlank(), () -> "a blank category in " + item));
        }
    }
}
