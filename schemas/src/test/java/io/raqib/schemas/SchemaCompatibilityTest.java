package io.raqib.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Downstream consumers must never break: today's schema of every topic value must read what every released
 * version wrote (BACKWARD). When you release a new version, add its schema as the next v{N}.avsc under
 * {@code src/main/resources/io/raqib/schemas/released/<Name>/}.
 */
class SchemaCompatibilityTest {

    static Stream<Class<?>> topicValues() {
        return Stream.of(RawArticle.class, EnrichedArticle.class, TopicMention.class, Alert.class, AlertAction.class);
    }

    @ParameterizedTest
    @MethodSource("topicValues")
    void currentSchemaReadsEveryReleasedVersion(Class<?> type) {
        Schema current = SpecificData.get().getSchema(type);
        List<Schema> released = ReleasedSchemas.of(current.getName());

        assertFalse(released.isEmpty(), "no released schema for " + current.getName());
        for (int i = 0; i < released.size(); i++) {
            var result = SchemaCompatibility.checkReaderWriterCompatibility(current, released.get(i));
            assertEquals(SchemaCompatibilityType.COMPATIBLE, result.getType(),
                    current.getName() + " cannot read released v" + (i + 1) + ": " + result.getResult().getIncompatibilities());
        }
    }

    @ParameterizedTest
    @MethodSource("topicValues")
    void everyReleasedVersionReadsItsPredecessor(Class<?> type) {
        List<Schema> released = ReleasedSchemas.of(SpecificData.get().getSchema(type).getName());
        for (int i = 1; i < released.size(); i++) {
            assertEquals(SchemaCompatibilityType.COMPATIBLE, SchemaCompatibility
                    .checkReaderWriterCompatibility(released.get(i), released.get(i - 1)).getType());
        }
    }
}
