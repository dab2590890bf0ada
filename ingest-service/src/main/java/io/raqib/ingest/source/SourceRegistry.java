package io.raqib.ingest.source;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The feeds the desk follows: read from the feeds file at start, changed at runtime through the API.
 *
 * <p>A change is written back to the file (a temporary file beside it, forced to disk, then moved over it, so a
 * crash leaves the old file or the new one, never half of one) and so survives a restart. When the file cannot be
 * written (a read-only ConfigMap in Kubernetes, no file configured, a failed write), changes are kept in memory and
 * {@link #persistence()} says so: the desk sees it in {@code GET /api/sources}. The file is read once, at start:
 * edit it while the service is stopped, or use the API.
 *
 * <p>The file: {@code {"feeds": [{"name": ..., "url": ..., "pollInterval": "PT15M", "language": "ar",
 * "enabled": true, "maxItems": 50}, ...]}}. Every problem in it is reported at once, and the service does not start
 * with a file it cannot read whole: a feed silently dropped would be a feed silently not monitored.
 */
public final class SourceRegistry {

    private static final Logger LOG = Logger.getLogger(SourceRegistry.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Where runtime changes go.
     *
     * @param file       the feeds file, or null when none is configured
     * @param persistent whether changes are written to it
     * @param note       what that means for the desk
     */
    public record Persistence(String file, boolean persistent, String note) {
    }

    private final Path file;
    private final FeedSourceReader reader;
    private final Map<String, FeedSource> feeds = new LinkedHashMap<>();
    private Persistence persistence;

    /**
     * @param file the feeds file (raqib.ingest.feeds-file), or empty for feeds held in memory only
     * @throws IllegalStateException when the file exists but is not a valid feeds file; the message lists every
     *                               problem
     */
    public SourceRegistry(Optional<Path> file, FeedSourceReader reader) {
        this.file = file.map(Path::toAbsolutePath).orElse(null);
        this.reader = reader;
        if (this.file == null) {
            persistence = new Persistence(null, false, "no feeds file is configured (raqib.ingest.feeds-file): "
                    + "feeds added or removed through the API are kept in memory and lost at restart");
            return;
        }
        if (Files.exists(this.file)) {
            load();
        }
        persistence = writable() ? new Persistence(this.file.toString(), true,
                "changes made through the API are written to the feeds file")
                : new Persistence(this.file.toString(), false, "the feeds file is read-only (a ConfigMap?): feeds "
                        + "added or removed through the API are kept in memory and lost at restart; change the file "
                        + "itself to keep them");
        LOG.infof("%d feeds from %s; %s", feeds.size(), this.file, persistence.note());
    }

    public synchronized List<FeedSource> feeds() {
        return List.copyOf(feeds.values());
    }

    public synchronized Optional<FeedSource> find(String name) {
        return Optional.ofNullable(feeds.get(FeedSourceReader.normalName(name)));
    }

    public synchronized Persistence persistence() {
        return persistence;
    }

    /**
     * @throws InvalidSourceException  when the definition is invalid
     * @throws SourceConflictException when a feed of that name exists
     */
    public synchronized FeedSource add(JsonNode definition) {
        FeedSource feed = reader.read(definition, "");
        if (feeds.containsKey(feed.name())) {
            throw new SourceConflictException("a feed named '" + feed.name() + "' exists already");
        }
        feeds.put(feed.name(), feed);
        save();
        return feed;
    }

    /** @throws SourceNotFoundException when there is no feed of that name */
    public synchronized FeedSource remove(String name) {
        FeedSource removed = feeds.remove(FeedSourceReader.normalName(name));
        if (removed == null) {
            throw new SourceNotFoundException(name);
        }
        save();
        return removed;
    }

    private void load() {
        JsonNode root;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.isBlank()) {
                return;
            }
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("feeds file " + file + " is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the feeds file " + file + ": " + e, e);
        }
        JsonNode list = root.path("feeds");
        if (!root.isObject() || !list.isArray()) {
            throw new IllegalStateException("feeds file " + file + " must be a JSON object {\"feeds\": [...]}");
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String where = "feeds[" + i + "].";
            try {
                FeedSource feed = reader.read(list.get(i), where);
                if (feeds.putIfAbsent(feed.name(), feed) != null) {
                    problems.add(where + "name: duplicate name '" + feed.name() + "'");
                }
            } catch (InvalidSourceException e) {
                problems.add(e.field() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("feeds file " + file + " is invalid:\n  " + String.join("\n  ", problems));
        }
    }

    private boolean writable() {
        Path dir = file.getParent();
        return dir != null && Files.isDirectory(dir) && Files.isWritable(dir)
                && (!Files.exists(file) || Files.isWritable(file));
    }

    private void save() {
        if (!persistence.persistent()) {
            return;
        }
        ArrayNode list = JSON.createArrayNode();
        feeds.values().forEach(feed -> list.add(FeedSourceReader.write(feed)));
        ObjectNode root = JSON.createObjectNode();
        root.set("feeds", list);
        Path temp = null;
        try {
            temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            Files.write(temp, (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            persistence = new Persistence(file.toString(), false, "writing the feeds file failed (" + e
                    + "): changes made through the API since are kept in memory and lost at restart");
            LOG.warnf("cannot write the feeds file %s, keeping feed changes in memory: %s", file, e);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.debugf("cannot delete %s: %s", temp, e);
        }
    }
}
