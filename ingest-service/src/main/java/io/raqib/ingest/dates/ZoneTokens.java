package io.raqib.ingest.dates;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/** Reads the time-zone part of a written date: offsets ("+0300", "+03:00", "GMT+3") and zone abbreviations. */
final class ZoneTokens {

    /**
     * Zone abbreviations seen in feeds. "AST" is Arabia Standard Time (+03:00), not Atlantic Standard Time:
     * Saudi, Iraqi and Gulf publishers write it, and North American feeds are not our sources. "IST" is left
     * out on purpose: India, Israel and Ireland all use it.
     */
    private static final Map<String, ZoneOffset> NAMED = Map.ofEntries(
            Map.entry("z", ZoneOffset.UTC), Map.entry("ut", ZoneOffset.UTC), Map.entry("utc", ZoneOffset.UTC),
            Map.entry("gmt", ZoneOffset.UTC),
            Map.entry("est", ZoneOffset.ofHours(-5)), Map.entry("edt", ZoneOffset.ofHours(-4)),
            Map.entry("cst", ZoneOffset.ofHours(-6)), Map.entry("cdt", ZoneOffset.ofHours(-5)),
            Map.entry("mst", ZoneOffset.ofHours(-7)), Map.entry("mdt", ZoneOffset.ofHours(-6)),
            Map.entry("pst", ZoneOffset.ofHours(-8)), Map.entry("pdt", ZoneOffset.ofHours(-7)),
            Map.entry("wet", ZoneOffset.UTC), Map.entry("west", ZoneOffset.ofHours(1)),
            Map.entry("bst", ZoneOffset.ofHours(1)),
            Map.entry("cet", ZoneOffset.ofHours(1)), Map.entry("cest", ZoneOffset.ofHours(2)),
            Map.entry("eet", ZoneOffset.ofHours(2)), Map.entry("eest", ZoneOffset.ofHours(3)),
            Map.entry("ast", ZoneOffset.ofHours(3)), Map.entry("msk", ZoneOffset.ofHours(3)),
            Map.entry("trt", ZoneOffset.ofHours(3)), Map.entry("gst", ZoneOffset.ofHours(4)),
            Map.entry("irst", ZoneOffset.ofHoursMinutes(3, 30)));

    private static final String GREENWICH = Alternation.of(java.util.List.of(
            "بتوقيت غرينتش", "بتوقيت جرينتش", "بتوقيت غرينيتش", "بتوقيت جرينيتش", "ت.غ"));

    /** A zone we can always resolve: an offset, UTC/GMT with or without an offset, or "بتوقيت غرينتش". */
    static final String KNOWN_PATTERN = "(?:(?:gmt|utc|ut)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?(?![\\p{L}])"
            + "|[+-]\\d{2}(?::?\\d{2})?(?![\\p{N}])|z(?![\\p{L}])|" + GREENWICH + ")";

    /** {@link #KNOWN_PATTERN} or any short run of letters that may be a zone abbreviation (feeds only). */
    static final String ANY_PATTERN = "(?:" + KNOWN_PATTERN + "|[a-z]{2,5}(?![\\p{L}]))";

    private ZoneTokens() {
    }

    /** The zone a folded token names; empty when it is an abbreviation we do not know. */
    static Optional<ZoneId> resolve(String folded) {
        String token = folded.replaceAll("\\s+", "");
        if (token.startsWith("بتوقيت") || token.equals("ت.غ")) {
            return Optional.of(ZoneOffset.UTC);
        }
        ZoneOffset named = NAMED.get(token);
        if (named != null) {
            return Optional.of(named);
        }
        String offset = token.replaceFirst("^(gmt|utc|ut)", "");
        if (!offset.matches("[+-]\\d{1,2}(:?\\d{2})?")) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneOffset.of(offset));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
