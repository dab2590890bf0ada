package io.raqib.alert;

import java.util.List;
import java.util.Set;

/**
 * {@link SeriesTally} in the window stores: a version byte, the count, the article and outlet fingerprints as
 * sorted 32-bit numbers, the evidence as it is kept. A tally is read and written for every mention, so it is a few
 * bulk copies, with no text to parse but the one new article's.
 *
 * <p>Releases before this one stored the tally as JSON, which still reads (an upgrade keeps its windows and the
 * charts' history) and is written back in this format the next time the window changes.
 */
public final class TallySerde extends VersionedSerde<SeriesTally> {

    /** 2: fingerprints of 32 bits. 1: of 64 (read, folded). */
    static final int VERSION = 2;

    /** The tally as releases before wrote it, in JSON. */
    record JsonTally(long count, List<Evidence.Article> evidence, Set<String> sources, Set<String> articleIds) {
    }

    public TallySerde() {
        super("a series tally", VERSION, JsonTally.class, TallySerde::fromJson);
    }

    @Override
    protected int bodySize(SeriesTally tally) {
        // Exact, so that the bytes are not copied once more at the end.
        return Long.BYTES + tally.articles().encodedSize() + tally.outlets().encodedSize()
                + tally.evidence().encodedSize();
    }

    @Override
    protected void write(BinaryWriter out, SeriesTally tally) {
        out.writeLong(tally.count());
        tally.articles().write(out);
        tally.outlets().write(out);
        tally.evidence().write(out);
    }

    @Override
    protected SeriesTally read(BinaryReader in) {
        return read(in, FingerprintSet::read);
    }

    @Override
    protected int oldestVersion() {
        return 1;
    }

    /** Format 1, as releases before wrote it: the same, with fingerprints of 64 bits. */
    @Override
    protected SeriesTally readOlder(BinaryReader in, int olderVersion) {
        return read(in, FingerprintSet::read64);
    }

    /** How a format reads a set of fingerprints: {@link FingerprintSet#read} or, in format 1, its 64-bit twin. */
    private interface SetReader {
        FingerprintSet read(BinaryReader in, int max, String what);
    }

    /** The layout both formats share: the count, the article ids, the outlets, the evidence. */
    private static SeriesTally read(BinaryReader in, SetReader sets) {
        long count = in.readLong();
        if (count < 0) {
            throw in.invalid("negative count " + count);
        }
        FingerprintSet articles = sets.read(in, SeriesTally.MAX_STORED_ARTICLES, "article ids");
        FingerprintSet outlets = sets.read(in, SeriesTally.MAX_SOURCES, "outlets");
        return new SeriesTally(count, Evidence.read(in, SeriesTally.MAX_EVIDENCE), outlets, articles);
    }

    private static SeriesTally fromJson(JsonTally json) {
        FingerprintSet articles = FingerprintSet.EMPTY;
        for (String id : json.articleIds()) {
            articles = articles.with(FingerprintSet.fingerprint(id), SeriesTally.MAX_ARTICLES);
        }
        FingerprintSet outlets = FingerprintSet.EMPTY;
        for (String outlet : json.sources()) {
            outlets = outlets.with(FingerprintSet.fingerprint(outlet), SeriesTally.MAX_SOURCES);
        }
        return new SeriesTally(json.count(), Evidence.of(json.evidence()), outlets, articles);
    }
}
