package io.raqib.testkafka;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Record values a consumer must survive, as a broken or hostile producer could write them: each must go to the
 * service's dead-letter topic while the records after it flow on.
 */
public final class PoisonPills {

    /** The two bytes that open Avro's single-object encoding. */
    private static final byte[] MARKER = {(byte) 0xC3, 0x01};

    private PoisonPills() {
    }

    /** A header of a dead letter (the reason, the exception …) as text, or null. */
    public static String header(org.apache.kafka.clients.consumer.ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The sum of one metric over its tags in a Prometheus scrape, e.g. of raqib_nlp_dead_letters_total. */
    public static double metricSum(String scrape, String metric) {
        return scrape.lines().filter(line -> line.startsWith(metric))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /** Noise that does not even start like a record of ours. */
    public static byte[] randomBytes(long seed, int size) {
        byte[] bytes = new byte[size];
        new SplittableRandom(seed).nextBytes(bytes);
        bytes[0] = 0x7F;
        return bytes;
    }

    /** A well-formed record under a schema fingerprint no release ever had: a producer on an unknown schema. */
    public static byte[] unknownFingerprint(byte[] encoded) {
        requireSingleObject(encoded);
        byte[] bytes = encoded.clone();
        Arrays.fill(bytes, 2, 10, (byte) 0xEE);
        return bytes;
    }

    /**
     * The record with the ASCII {@code marker} (placed in one of its strings) overwritten by bytes that are no UTF-8
     * at all (0xFF never occurs in UTF-8); lengths stay as they were, so only the text is wrong.
     */
    public static byte[] invalidUtf8(byte[] encoded, String marker) {
        requireSingleObject(encoded);
        byte[] needle = marker.getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(encoded, needle);
        if (at < 0) {
            throw new IllegalArgumentException("marker " + marker + " is not in the record");
        }
        byte[] bytes = encoded.clone();
        Arrays.fill(bytes, at, at + needle.length, (byte) 0xFF);
        return bytes;
    }

    /** A record cut short after {@code keep} bytes, as a truncated write would leave it. */
    public static byte[] truncated(byte[] encoded, int keep) {
        return Arrays.copyOf(encoded, keep);
    }

    private static void requireSingleObject(byte[] encoded) {
        if (encoded.length < 10 || encoded[0] != MARKER[0] || encoded[1] != MARKER[1]) {
            throw new IllegalArgumentException("not Avro single-object encoding");
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
