package io.raqib.ingest.dedup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * Bytes for the duplicate index's state: one {@link RememberedArticle} (a value in a compacted topic or a
 * Streams store, 600–800 bytes) or a whole snapshot (for a file or a test: at 50,000 articles it is some 35 MB,
 * far above a Kafka record's default size limit, so a topic should hold one record per article). A version byte leads both; a state written with another
 * sketch version cannot be compared with new sketches and is refused with a clear message rather than misread.
 */
public final class DedupStateCodec {

    private static final int ARTICLE_FORMAT = 1;
    private static final int SNAPSHOT_MAGIC = 0x52514450; // "RQDP"

    private DedupStateCodec() {
    }

    public static byte[] encode(RememberedArticle article) {
        return write(out -> writeArticle(article, out));
    }

    public static RememberedArticle decode(byte[] bytes) {
        return read(bytes, DedupStateCodec::readArticle);
    }

    public static byte[] encodeSnapshot(Collection<RememberedArticle> articles) {
        return write(out -> {
            out.writeInt(SNAPSHOT_MAGIC);
            out.writeInt(articles.size());
            for (RememberedArticle article : articles) {
                writeArticle(article, out);
            }
        });
    }

    public static List<RememberedArticle> decodeSnapshot(byte[] bytes) {
        return read(bytes, in -> {
            if (in.readInt() != SNAPSHOT_MAGIC) {
                throw new IllegalArgumentException("not a duplicate-index snapshot");
            }
            int count = in.readInt();
            List<RememberedArticle> articles = new ArrayList<>(Math.min(count, 1 << 16));
            for (int i = 0; i < count; i++) {
                articles.add(readArticle(in));
            }
            return articles;
        });
    }

    private static void writeArticle(RememberedArticle article, DataOutputStream out) throws IOException {
        out.writeByte(ARTICLE_FORMAT);
        out.writeByte(TextFingerprint.SKETCH_VERSION);
        writeString(article.id(), out);
        writeNullable(article.canonicalUrl(), out);
        writeString(article.outlet(), out);
        out.writeLong(article.time().getEpochSecond());
        out.writeInt(article.time().getNano());
        TextFingerprint fingerprint = article.fingerprint();
        out.writeBoolean(fingerprint.contentHash() != null);
        if (fingerprint.contentHash() != null) {
            out.write(HexFormat.of().parseHex(fingerprint.contentHash())); // 32 bytes, not 64 hex characters
        }
        out.writeInt(fingerprint.shingleCount());
        for (int value : fingerprint.minHash()) {
            out.writeInt(value);
        }
        writeNullable(article.duplicateOf(), out);
        out.writeShort(article.alsoReportedBy().size());
        for (String outlet : article.alsoReportedBy()) {
            writeString(outlet, out);
        }
    }

    private static RememberedArticle readArticle(DataInputStream in) throws IOException {
        int format = in.readUnsignedByte();
        int sketchVersion = in.readUnsignedByte();
        if (format != ARTICLE_FORMAT || sketchVersion != TextFingerprint.SKETCH_VERSION) {
            throw new IllegalArgumentException("remembered article in format " + format + " / sketch version "
                    + sketchVersion + "; this build reads " + ARTICLE_FORMAT + " / " + TextFingerprint.SKETCH_VERSION
                    + ": rebuild the index from the articles instead");
        }
        String id = readString(in);
        String canonicalUrl = readNullable(in);
        String outlet = readString(in);
        Instant time = Instant.ofEpochSecond(in.readLong(), in.readInt());
        String contentHash = null;
        if (in.readBoolean()) {
            byte[] hash = new byte[32];
            in.readFully(hash);
            contentHash = HexFormat.of().formatHex(hash);
        }
        int shingleCount = in.readInt();
        int[] minHash = new int[MinHash.SIZE];
        for (int i = 0; i < minHash.length; i++) {
            minHash[i] = in.readInt();
        }
        String duplicateOf = readNullable(in);
        int outlets = in.readUnsignedShort();
        List<String> alsoReportedBy = new ArrayList<>(outlets);
        for (int i = 0; i < outlets; i++) {
            alsoReportedBy.add(readString(in));
        }
        return new RememberedArticle(id, canonicalUrl, outlet, time,
                new TextFingerprint(contentHash, shingleCount, minHash), duplicateOf, alsoReportedBy);
    }

    /** Length-prefixed UTF-8: unlike writeUTF, no 64 KB limit and standard UTF-8. */
    private static void writeString(String value, DataOutputStream out) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IllegalArgumentException("corrupt remembered article: string of " + length + " bytes");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void writeNullable(String value, DataOutputStream out) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            writeString(value, out);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static byte[] write(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(640);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static <T> T read(byte[] bytes, Reader<T> reader) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            T value = reader.read(in);
            if (in.available() > 0) {
                throw new IllegalArgumentException("corrupt duplicate-index state: " + in.available() + " bytes left");
            }
            return value;
        } catch (IOException e) {
            throw new IllegalArgumentException("corrupt duplicate-index state: " + e, e);
        }
    }
}
