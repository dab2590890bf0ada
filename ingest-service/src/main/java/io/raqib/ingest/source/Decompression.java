package io.raqib.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes the Content-Encoding we asked for (gzip, deflate), reading no more than a cap of decompressed bytes: a
 * 50 KB gzip of zeros that inflates to gigabytes is refused at the cap (a decompression bomb), not held in memory.
 */
final class Decompression {

    private Decompression() {
    }

    static byte[] decode(byte[] body, String contentEncoding, long maxBytes) throws FetchException {
        String coding = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        try {
            switch (coding) {
                case "", "identity":
                    return body;
                case "gzip", "x-gzip":
                    return readCapped(new GZIPInputStream(new ByteArrayInputStream(body)), maxBytes, body.length);
                case "deflate":
                    // RFC 9110 says zlib-wrapped, yet some servers send raw deflate: the zlib header tells which.
                    return readCapped(new InflaterInputStream(new ByteArrayInputStream(body),
                            new Inflater(!hasZlibHeader(body))), maxBytes, body.length);
                default:
                    throw new FetchException(FetchOutcome.BAD_ENCODING, "the server sent Content-Encoding "
                            + contentEncoding + "; only gzip and deflate are asked for and read");
            }
        } catch (IOException e) {
            throw new FetchException(FetchOutcome.BAD_ENCODING, "the " + coding + " body is corrupt: " + e.getMessage(),
                    null, e);
        }
    }

    private static byte[] readCapped(InputStream in, long maxBytes, int compressedBytes)
            throws IOException, FetchException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[16 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(chunk, 0, (int) Math.min(chunk.length, maxBytes + 1 - total))) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new FetchException(FetchOutcome.TOO_LARGE, compressedBytes + " compressed bytes inflate to"
                            + " more than " + maxBytes + " bytes: refused as a decompression bomb");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** CMF (compression method 8, deflate) and FLG, whose check bits make the pair a multiple of 31. */
    private static boolean hasZlibHeader(byte[] body) {
        return body.length >= 2 && (body[0] & 0x0F) == 8 && (((body[0] & 0xFF) << 8) | (body[1] & 0xFF)) % 31 == 0;
    }
}
