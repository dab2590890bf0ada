package io.raqib.nlp.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reading the tab-separated model files: comments (#) and blank lines skipped, column count checked. */
final class Resources {

    private Resources() {
    }

    static List<String> lines(String classpathResource) {
        try (InputStream in = Resources.class.getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + classpathResource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classpathResource, e);
        }
    }

    static List<String[]> rows(List<String> lines, int columns) {
        return rows(lines, columns, columns);
    }

    /** Rows of at least {@code minColumns} and at most {@code maxColumns} columns: the last ones may be left out. */
    static List<String[]> rows(List<String> lines, int minColumns, int maxColumns) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] row = line.split("\t");
            if (row.length < minColumns || row.length > maxColumns) {
                String expected = minColumns == maxColumns ? "" + minColumns : minColumns + " to " + maxColumns;
                throw new IllegalArgumentException("line " + (i + 1) + ": expected " + expected
                        + " tab-separated columns, got " + row.length + ": " + line);
            }
            rows.add(row);
        }
        return rows;
    }
}
