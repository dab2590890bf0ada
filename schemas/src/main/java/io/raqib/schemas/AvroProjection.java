package io.raqib.schemas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * Reads a few fields of a topic's records and skips the rest. The reader schema keeps the named fields of the named
 * records; Avro's schema resolution then skips every other field by its length, without decoding it (a left-out
 * string never becomes text). For a consumer that needs little of a large record: alert-service's figures board
 * reads an enriched article's figures and byline, not its body and entities' offsets.
 *
 * <p>Records written with the current schema or any {@linkplain ReleasedSchemas released} one are read, as by
 * {@link AvroSerde}; their strings are checked to be UTF-8 the same way. What comes out is a generic record of the
 * kept fields.
 */
public final class AvroProjection {

    private final Schema schema;
    private final SingleObjectReader<GenericRecord> reader;

    private AvroProjection(Schema schema, Schema full) {
        this.schema = schema;
        List<Schema> writers = new ArrayList<>(ReleasedSchemas.of(full.getName()));
        writers.add(full);
        this.reader = new SingleObjectReader<>(StrictUtf8Data.GENERIC, schema, writers);
    }

    /**
     * @param full the topic's record schema (e.g. {@code EnrichedArticle.getClassSchema()})
     * @param keep per record (simple name), the fields kept; a record not named keeps all of its fields
     * @throws IllegalArgumentException when a named record or field is not in the schema: a misspelt name would
     *                                  otherwise read as a field that is always missing
     */
    public static AvroProjection of(Schema full, Map<String, Set<String>> keep) {
        Map<String, Set<String>> unseen = new HashMap<>();
        keep.forEach((record, fields) -> unseen.put(record, new HashSet<>(fields)));
        Schema projected = prune(full, keep, unseen, new HashMap<>());
        unseen.values().removeIf(Set::isEmpty);
        if (!unseen.isEmpty()) {
            throw new IllegalArgumentException("not in " + full.getName() + ": " + unseen);
        }
        return new AvroProjection(projected, full);
    }

    /** The reader schema: the kept fields only. */
    public Schema schema() {
        return schema;
    }

    /** The kept fields of a record; null for null. Bytes that are not such a record fail as {@link AvroSerde}'s do. */
    public GenericRecord decode(String topic, byte[] bytes) {
        return AvroSerde.decode(reader, bytes, schema.getName(), topic);
    }

    private static Schema prune(Schema schema, Map<String, Set<String>> keep, Map<String, Set<String>> unseen,
            Map<String, Schema> pruned) {
        return switch (schema.getType()) {
            case RECORD -> pruneRecord(schema, keep, unseen, pruned);
            case ARRAY -> withProps(Schema.createArray(prune(schema.getElementType(), keep, unseen, pruned)), schema);
            case MAP -> withProps(Schema.createMap(prune(schema.getValueType(), keep, unseen, pruned)), schema);
            case UNION -> Schema.createUnion(
                    schema.getTypes().stream().map(type -> prune(type, keep, unseen, pruned)).toList());
            default -> schema;
        };
    }

    private static Schema pruneRecord(Schema record, Map<String, Set<String>> keep, Map<String, Set<String>> unseen,
            Map<String, Schema> pruned) {
        Schema done = pruned.get(record.getFullName());
        if (done != null) {
            return done; // a named type is defined once and referred to after
        }
        // The same full name as the writer's, so that resolution pairs the records.
        Schema copy = Schema.createRecord(record.getName(), record.getDoc(), record.getNamespace(), record.isError());
        pruned.put(record.getFullName(), copy);
        Set<String> kept = keep.get(record.getName());
        Set<String> missing = unseen.getOrDefault(record.getName(), new HashSet<>());
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field field : record.getFields()) {
            missing.remove(field.name());
            if (kept == null || kept.contains(field.name())) {
                fields.add(new Schema.Field(field, prune(field.schema(), keep, unseen, pruned)));
            }
        }
        copy.setFields(fields);
        return copy;
    }

    private static Schema withProps(Schema copy, Schema original) {
        copy.addAllProps(original); // e.g. avro.java.string on a map's keys
        return copy;
    }
}
