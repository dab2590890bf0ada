package io.raqib.ingest.dedup;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Remembers recent articles and tells, for each new one, whether it is a story already seen: the same URL or text
 * (exact), or the same wire story republished with small edits (near). Duplicates from other outlets are added to
 * the original's also-reported-by list.
 *
 * <p>Memory is bounded twice: by a time horizon measured back from the newest article time seen (event time, so a
 * replay decides as the live run did) and by a maximum number of entries, the oldest evicted first. Duplicates are
 * remembered too, pointing at their original: the next copy may be closer to a copy than to the original, and a
 * retry of a copy's URL must still be recognised.
 *
 * <p>Lookups never scan: exact matches through hash maps, near matches through {@linkplain LshBands LSH bands} of
 * the MinHash sketch, so only texts sharing a band are compared ({@link #comparisons()} counts them), and most of
 * those only by a byte of each sketch value ({@link SketchDigests}).
 *
 * <p>Memory: about 2 KB per remembered article (sketch, LSH cells, keys, 132 bytes of sketch digest), some 100 MB
 * at 50,000 articles.
 *
 * <p>The state is the list of {@link RememberedArticle}s: {@link #snapshot()} and {@link #restore} round-trip it,
 * and an {@link IndexChangeListener} sees every change as it happens. Thread-safe by a monitor: one lookup takes
 * microseconds, so contention is no concern at news rates.
 */
public final class DuplicateIndex {

    /** A story carried by more outlets than this stops growing its list: bounded memory per entry too. */
    static final int MAX_OUTLETS_PER_STORY = 64;

    /**
     * A band key shared by more texts than this keeps only the latest of them ({@link BandTable}): such a key comes
     * from a template's wording, and a copy of a story still meets its original under the rarer keys they share.
     */
    static final int MAX_TEXTS_PER_BAND_KEY = 16;

    private final DedupConfig config;
    private final IndexChangeListener listener;
    private final LshBands lsh;
    private final NearDuplicateRule nearDuplicate;
    private final SketchDigests digests;
    private final BandTable bandTable = new BandTable(1024, MAX_TEXTS_PER_BAND_KEY);
    private final Map<String, Entry> byId = new HashMap<>();
    private final Map<String, Entry> byUrl = new HashMap<>();
    private final Map<String, Entry> byContentHash = new HashMap<>();
    private final NavigableSet<Entry> byAge = new TreeSet<>(
            Comparator.<Entry, Instant>comparing(e -> e.time).thenComparingLong(e -> e.sequence));
    private final List<Entry> slots = new ArrayList<>();
    private final Deque<Integer> freeSlots = new ArrayDeque<>();
    private Instant watermark;
    private long sequence;
    private long comparisons;
    /** Reused by every lookup (under the monitor): no boxing of slot numbers on the hot path. */
    private final Candidates candidates = new Candidates();

    public DuplicateIndex(DedupConfig config) {
        this(config, IndexChangeListener.NONE);
    }

    public DuplicateIndex(DedupConfig config, IndexChangeListener listener) {
        this.config = config;
        this.listener = listener;
        this.lsh = new LshBands(config.lshBands(), config.lshRows());
        this.nearDuplicate = new NearDuplicateRule(config);
        this.digests = new SketchDigests((int) Math.min(Integer.MAX_VALUE, config.maxEntries() + 1L));
    }

    /**
     * An index holding a persisted state again, in any order. Entries the configuration no longer keeps (past the
     * horizon or the capacity) are dropped and reported to the listener as forgotten.
     */
    public static DuplicateIndex restore(DedupConfig config, Collection<RememberedArticle> state,
            IndexChangeListener listener) {
        DuplicateIndex index = new DuplicateIndex(config, listener);
        synchronized (index) {
            state.stream()
                    .sorted(Comparator.comparing(RememberedArticle::time).thenComparing(RememberedArticle::id))
                    .forEach(index::add);
            index.evict();
        }
        return index;
    }

    /**
     * Judges the article against what is remembered, then remembers it (unless it adds nothing or is too old). The
     * sketch, most of the work, comes made with the article: outside the monitor.
     */
    public synchronized Verdict observe(IncomingArticle article) {
        TextFingerprint fingerprint = article.fingerprint();
        if (watermark == null || article.time().isAfter(watermark)) {
            watermark = article.time();
        }
        evict();
        boolean withinHorizon = !article.time().isBefore(oldestKept());
        Match match = findMatch(article, fingerprint);
        if (match == null) {
            if (withinHorizon) {
                remember(new RememberedArticle(article.id(), article.canonicalUrl(), article.outlet(), article.time(),
                        fingerprint, null, List.of()));
            }
            evict();
            return Verdict.newStory();
        }
        Entry original = originalOf(match.entry);
        // the same id or URL again adds nothing to remember; a copy under its own URL, with its own edits, does
        boolean newUrl = match.evidence != Verdict.Evidence.SAME_ID && match.evidence != Verdict.Evidence.SAME_URL;
        if (newUrl && withinHorizon) {
            remember(new RememberedArticle(article.id(), article.canonicalUrl(), article.outlet(), article.time(),
                    fingerprint, original.record.id(), List.of()));
        }
        if (addOutlet(original, article.outlet())) {
            listener.remembered(original.record);
        }
        Verdict verdict = new Verdict(
                match.evidence == Verdict.Evidence.SIMILAR_TEXT ? Verdict.Kind.NEAR_DUPLICATE
                        : Verdict.Kind.EXACT_DUPLICATE,
                match.evidence, original.record.id(), match.similarity, original.record.alsoReportedBy());
        evict();
        return verdict;
    }

    /**
     * Forgets an article {@link #observe} remembered but that was never published (Kafka was away), so that offering
     * it again is judged afresh, not as a duplicate of itself. An outlet it added to its story's list stays there.
     */
    public synchronized void forget(String id) {
        Entry entry = byId.get(id);
        if (entry != null) {
            forget(entry);
        }
    }

    /** The other outlets that carried the story of this article (for a duplicate, of its original). */
    public synchronized List<String> alsoReportedBy(String id) {
        Entry entry = byId.get(id);
        return entry == null ? List.of() : originalOf(entry).record.alsoReportedBy();
    }

    public synchronized Optional<RememberedArticle> remembered(String id) {
        return Optional.ofNullable(byId.get(id)).map(e -> e.record);
    }

    /** The whole state, oldest first: what {@link #restore} takes back. */
    public synchronized List<RememberedArticle> snapshot() {
        return byAge.stream().map(e -> e.record).toList();
    }

    public synchronized int size() {
        return byId.size();
    }

    /** Text comparisons made by all lookups so far: a linear scan would add {@link #size()} per lookup. */
    public synchronized long comparisons() {
        return comparisons;
    }

    public DedupConfig config() {
        return config;
    }

    private record Match(Entry entry, Verdict.Evidence evidence, double similarity) {
    }

    private Match findMatch(IncomingArticle article, TextFingerprint fingerprint) {
        Entry same = byId.get(article.id());
        if (same != null) {
            return new Match(same, Verdict.Evidence.SAME_ID, fingerprint.jaccard(same.record.fingerprint()));
        }
        same = article.canonicalUrl() == null ? null : byUrl.get(article.canonicalUrl());
        if (same != null) {
            return new Match(same, Verdict.Evidence.SAME_URL, fingerprint.jaccard(same.record.fingerprint()));
        }
        if (fingerprint.isEmpty()) {
            return null; // an empty body is like every other empty body: no evidence either way
        }
        same = byContentHash.get(fingerprint.contentHash());
        if (same != null) {
            return new Match(same, Verdict.Evidence.SAME_TEXT, 1.0);
        }
        Match near = nearest(fingerprint);
        if (near != null && fingerprint.contentHash().equals(near.entry.record.fingerprint().contentHash())) {
            // the same text whose first holder was forgotten: still an exact duplicate
            return new Match(near.entry, Verdict.Evidence.SAME_TEXT, 1.0);
        }
        return near;
    }

    /** The most similar remembered text among those sharing an LSH band, if it is similar enough. */
    private Match nearest(TextFingerprint fingerprint) {
        candidates.startLookup();
        for (int key : lsh.keys(fingerprint)) {
            bandTable.forEachSlot(key, candidates::add);
        }
        digests.startLookup(fingerprint);
        Entry best = null;
        double bestJaccard = -1;
        int bestAgreeing = -1;
        for (int i = 0; i < candidates.size(); i++) {
            int slot = candidates.get(i);
            if (!candidates.firstVisit(slot)) {
                continue; // it shares more than one band
            }
            comparisons++;
            // Passed over on its sketch digest when it cannot agree at enough sketch values to be a near duplicate,
            // or to be as similar as the best so far (a tie with an older text can still win): most candidates.
            int needed = Math.max(bestAgreeing,
                    nearDuplicate.leastAgreeing(fingerprint.shingleCount(), digests.shingleCount(slot)));
            if (!digests.mayAgree(slot, needed)) {
                continue;
            }
            Entry candidate = slots.get(slot);
            TextFingerprint other = candidate.record.fingerprint();
            double jaccard = fingerprint.jaccard(other);
            if (nearDuplicate.holds(fingerprint, other, jaccard)
                    && (jaccard > bestJaccard || jaccard == bestJaccard && olderThan(candidate, best))) {
                best = candidate;
                bestJaccard = jaccard;
                bestAgreeing = (int) Math.round(jaccard * MinHash.SIZE); // exact: the estimate counts 128ths
            }
        }
        return best == null ? null : new Match(best, Verdict.Evidence.SIMILAR_TEXT, bestJaccard);
    }

    private static boolean olderThan(Entry a, Entry b) {
        return b == null || a.time.isBefore(b.time) || a.time.equals(b.time) && a.sequence < b.sequence;
    }

    /** The story's original while it is remembered; once it is forgotten, its oldest remembered copy stands in. */
    private Entry originalOf(Entry entry) {
        String originalId = entry.record.duplicateOf();
        Entry original = originalId == null ? null : byId.get(originalId);
        return original == null ? entry : original;
    }

    private boolean addOutlet(Entry original, String outlet) {
        String key = outletKey(outlet);
        List<String> known = original.record.alsoReportedBy();
        if (key.isEmpty() || key.equals(outletKey(original.record.outlet())) || known.size() >= MAX_OUTLETS_PER_STORY
                || known.stream().anyMatch(o -> outletKey(o).equals(key))) {
            return false;
        }
        Set<String> grown = new LinkedHashSet<>(known);
        grown.add(outlet);
        RememberedArticle r = original.record;
        original.record = new RememberedArticle(r.id(), r.canonicalUrl(), r.outlet(), r.time(), r.fingerprint(),
                r.duplicateOf(), List.copyOf(grown));
        return true;
    }

    private static String outletKey(String outlet) {
        return outlet.strip().toLowerCase(Locale.ROOT);
    }

    private void remember(RememberedArticle article) {
        add(article);
        listener.remembered(article);
    }

    private void add(RememberedArticle article) {
        if (byId.containsKey(article.id())) {
            return; // a persisted state with a repeated key: the first wins
        }
        int slot = freeSlots.isEmpty() ? slots.size() : freeSlots.pop();
        Entry entry = new Entry(article, article.time(), sequence++, slot);
        if (slot == slots.size()) {
            slots.add(entry);
        } else {
            slots.set(slot, entry);
        }
        byId.put(article.id(), entry);
        byAge.add(entry);
        if (article.canonicalUrl() != null) {
            byUrl.putIfAbsent(article.canonicalUrl(), entry);
        }
        TextFingerprint fingerprint = article.fingerprint();
        if (!fingerprint.isEmpty()) {
            byContentHash.putIfAbsent(fingerprint.contentHash(), entry);
            digests.put(slot, fingerprint);
            for (int key : lsh.keys(fingerprint)) {
                bandTable.add(key, slot);
            }
        }
        if (watermark == null || article.time().isAfter(watermark)) {
            watermark = article.time();
        }
    }

    private Instant oldestKept() {
        return watermark.minus(config.horizon());
    }

    /** Past the horizon first, then the oldest beyond the capacity. */
    private void evict() {
        while (!byAge.isEmpty() && byAge.first().time.isBefore(oldestKept())) {
            forget(byAge.first());
        }
        while (byId.size() > config.maxEntries()) {
            forget(byAge.first());
        }
    }

    private void forget(Entry entry) {
        RememberedArticle article = entry.record;
        byAge.remove(entry);
        byId.remove(article.id());
        if (article.canonicalUrl() != null) {
            byUrl.remove(article.canonicalUrl(), entry);
        }
        TextFingerprint fingerprint = article.fingerprint();
        if (!fingerprint.isEmpty()) {
            byContentHash.remove(fingerprint.contentHash(), entry);
            for (int key : lsh.keys(fingerprint)) {
                bandTable.remove(key, entry.slot);
            }
        }
        slots.set(entry.slot, null);
        freeSlots.push(entry.slot);
        listener.forgotten(article.id());
    }

    /** Slots found under a lookup's band keys, and which of them that lookup has compared already. */
    private static final class Candidates {
        private int[] slots = new int[64];
        private int size;
        private int[] visitedBy = new int[1024]; // per slot: the last lookup that compared it
        private int lookup;

        void startLookup() {
            size = 0;
            if (++lookup == 0) { // wrapped round: forget every old stamp
                Arrays.fill(visitedBy, 0);
                lookup = 1;
            }
        }

        void add(int slot) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
            }
            slots[size++] = slot;
        }

        int size() {
            return size;
        }

        int get(int i) {
            return slots[i];
        }

        boolean firstVisit(int slot) {
            if (slot >= visitedBy.length) {
                visitedBy = Arrays.copyOf(visitedBy, Math.max(slot + 1, visitedBy.length * 2));
            }
            if (visitedBy[slot] == lookup) {
                return false;
            }
            visitedBy[slot] = lookup;
            return true;
        }
    }

    /** A remembered article with its place in the index; only {@code record} changes (its outlet list grows). */
    private static final class Entry {
        RememberedArticle record;
        final Instant time;
        final long sequence;
        final int slot;

        Entry(RememberedArticle record, Instant time, long sequence, int slot) {
            this.record = record;
            this.time = time;
            this.sequence = sequence;
            this.slot = slot;
        }
    }
}
