package io.raqib.ingest.dedup;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * One spelling for a path or query component, whichever way the publisher or the feed encoded it.
 *
 * <p>Arabic slugs reach us both raw ({@code /أخبار/تسلل}) and as percent-encoded UTF-8
 * ({@code /%D8%A3%D8%AE...}); both become the raw, NFC form so the canonical URL stays readable in logs.
 * Escapes of unreserved ASCII ({@code %41} for {@code A}) are decoded, as RFC 3986 allows. Reserved characters
 * keep whatever form they came in, because {@code %2F} and {@code /} (or {@code %26} and {@code &}) mean different
 * things to the server. What must stay escaped (spaces, controls, invalid UTF-8) is escaped in upper-case hex.
 */
final class PercentEncoding {

    private static final String UNRESERVED_PUNCTUATION = "-._~";
    /** Reserved characters a path or query may hold literally (RFC 3986 sub-delims, ':', '@', '/', '?'). */
    private static final String RESERVED_ALLOWED = "!$&'()*+,;=:@/?";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    static String normalize(String component) {
        StringBuilder out = new StringBuilder(component.length());
        ByteArrayOutputStream escaped = new ByteArrayOutputStream();
        int i = 0;
        while (i < component.length()) {
            char c = component.charAt(i);
            if (c == '%' && i + 2 < component.length() && isHex(component.charAt(i + 1))
                    && isHex(component.charAt(i + 2))) {
                escaped.write(Character.digit(component.charAt(i + 1), 16) * 16
                        + Character.digit(component.charAt(i + 2), 16));
                i += 3;
                continue;
            }
            flushEscaped(escaped, out);
            int codePoint = component.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '%') {
                out.append("%25"); // a stray percent sign, not an escape
            } else if (isUnreserved(codePoint) || RESERVED_ALLOWED.indexOf(codePoint) >= 0
                    || codePoint >= 0x80 && isSafeNonAscii(codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                byte[] utf8 = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                escape(utf8, 0, utf8.length, out);
            }
        }
        flushEscaped(escaped, out);
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Decodes a run of escapes as UTF-8, one code point at a time, so one bad byte spoils only itself. */
    private static void flushEscaped(ByteArrayOutputStream escaped, StringBuilder out) {
        if (escaped.size() == 0) {
            return;
        }
        byte[] bytes = escaped.toByteArray();
        escaped.reset();
        int at = 0;
        while (at < bytes.length) {
            int length = utf8SequenceLength(bytes, at);
            if (length == 0) {
                escape(bytes, at, at + 1, out);
                at++;
                continue;
            }
            int codePoint = new String(bytes, at, length, StandardCharsets.UTF_8).codePointAt(0);
            if (codePoint < 0x80 ? isUnreserved(codePoint) : isSafeNonAscii(codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                escape(bytes, at, at + length, out);
            }
            at += length;
        }
    }

    /** Length of the well-formed UTF-8 sequence at {@code at}, or 0 if it is not one (overlong, surrogate, cut). */
    private static int utf8SequenceLength(byte[] bytes, int at) {
        int lead = bytes[at] & 0xFF;
        int length;
        int min;
        if (lead < 0x80) {
            return 1;
        } else if ((lead >> 5) == 0x6) {
            length = 2;
            min = 0x80;
        } else if ((lead >> 4) == 0xE) {
            length = 3;
            min = 0x800;
        } else if ((lead >> 3) == 0x1E) {
            length = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (at + length > bytes.length) {
            return 0;
        }
        int codePoint = lead & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            int next = bytes[at + k] & 0xFF;
            if ((next >> 6) != 0x2) {
                return 0;
            }
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        boolean surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        return codePoint < min || codePoint > 0x10FFFF || surrogate ? 0 : length;
    }

    private static void escape(byte[] bytes, int from, int to, StringBuilder out) {
        for (int k = from; k < to; k++) {
            out.append('%').append(HEX[(bytes[k] >> 4) & 0xF]).append(HEX[bytes[k] & 0xF]);
        }
    }

    private static boolean isUnreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c < 0x80 && UNRESERVED_PUNCTUATION.indexOf(c) >= 0;
    }

    /** Letters, marks, digits and visible punctuation outside ASCII; never spaces, controls or invisible formats. */
    private static boolean isSafeNonAscii(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isDefined(codePoint) && !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint)
                && type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.PRIVATE_USE && type != Character.UNASSIGNED;
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80;
    }
}
