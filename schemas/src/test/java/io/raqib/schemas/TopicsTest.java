package io.raqib.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void namesAreUnique() {
        Set<String> names = Topics.all().stream().map(Topic::name).collect(Collectors.toSet());
        assertEquals(Topics.all().size(), names.size());
    }

    @Test
    void prefixSeparatesEnvironmentsButKeepsTheLayout() {
        Topic<String, RawArticle> staging = Topics.ARTICLES_RAW.withPrefix("staging.");
        assertEquals("staging.articles.raw", staging.name());
        assertEquals(Topics.ARTICLES_RAW.partitions(), staging.partitions());
        assertEquals("staging.articles.raw", staging.newTopic((short) 3).name());
        assertEquals(3, staging.newTopic((short) 3).replicationFactor());
    }
}
