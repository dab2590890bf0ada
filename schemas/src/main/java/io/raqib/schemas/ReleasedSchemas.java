package io.raqib.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;

/**
 * The schemas of released versions, kept as self-contained files at
 * {@code io/raqib/schemas/released/<Name>/v<N>.avsc}. They let today's decoder read records written by
 * yesterday's producers, and let the compatibility test hold every change to them.
 */
public final class ReleasedSchemas {

    private ReleasedSchemas() {
    }

    /** Released versions of the named record, oldest first. */
    public static List<Schema> of(String recordName) {
        List<Schema> schemas = new ArrayList<>();
        for (int version = 1; ; version++) {
            String path = "released/" + recordName + "/v" + version + ".avsc";
            try (InputStream in = ReleasedSchemas.class.getResourceAsStream(path)) {
                if (in == null) {
                    return schemas;
                }
                schemas.add(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read released schema " + path, e);
            }
        }
    }
}
