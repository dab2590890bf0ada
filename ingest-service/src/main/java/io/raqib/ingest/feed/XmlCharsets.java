package io.raqib.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode a feed's bytes. In order: a byte order mark; the XML declaration's encoding; the charset
 * the HTTP response named; UTF-8. The first of these that decodes the bytes without a single error wins. When none
 * does, the first is kept if its broken sequences are few next to the non-ASCII characters it decodes well (one
 * damaged character in an Arabic UTF-8 feed), otherwise the fallback (windows-1256 by default, the legacy encoding
 * of Arabic sites) decodes them.
 */
final class XmlCharsets {

    private static final Pattern DECLARED = Pattern.compile(
            "\\A\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._:-]*)[\"']");
    private static final Pattern CHARSET_PARAM = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';\\s]+)");

    record Decoded(String text, Charset charset) {
    }

    private XmlCharsets() {
    }

    static Decoded decode(byte[] bytes, int length, String httpCharset, Charset fallback) {
        Charset bom = byteOrderMark(bytes, length);
        Set<Charset> candidates = new LinkedHashSet<>();
        if (bom != null) {
            candidates.add(bom);
        } else {
            if (length >= 4 && bytes[0] == 0x3C && bytes[1] == 0 && bytes[2] == 0x3F && bytes[3] == 0) {
                candidates.add(StandardCharsets.UTF_16LE);
            } else if (length >= 4 && bytes[0] == 0 && bytes[1] == 0x3C && bytes[2] == 0 && bytes[3] == 0x3F) {
                candidates.add(StandardCharsets.UTF_16BE);
            }
            addIfSupported(candidates, declared(bytes, length));
            addIfSupported(candidates, fromHttp(httpCharset));
            candidates.add(StandardCharsets.UTF_8);
        }
        Decoded first = null;
        for (Charset charset : candidates) {
            try {
                return new Decoded(strict(charset, bytes, length), charset);
            } catch (CharacterCodingException e) {
                if (first == null) {
                    first = lenient(charset, bytes, length);
                }
            }
        }
        // No candidate decodes cleanly. A few broken sequences among many good non-ASCII characters are damage
        // in the right charset (a truncated UTF-8 sequence); otherwise the bytes are in another charset.
        if (first != null) {
            long broken = first.text().chars().filter(c -> c == '\uFFFD').count();
            long good = first.text().chars().filter(c -> c > 0x7F && c != '\uFFFD').count();
            if (good >= 20 * broken) {
                return first;
            }
        }
        return lenient(fallback, bytes, length);
    }

    /** The charset parameter of a Content-Type header, or a bare charset name; null when there is none. */
    static String fromHttp(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Matcher m = CHARSET_PARAM.matcher(header);
        if (m.find()) {
            return m.group(1);
        }
        return header.contains("/") ? null : header.strip();
    }

    static String declared(byte[] bytes, int length) {
        int start = byteOrderMark(bytes, length) == StandardCharsets.UTF_8 ? 3 : 0;
        String head = new String(bytes, start, Math.min(length - start, 512), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Charset byteOrderMark(byte[] b, int length) {
        if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static void addIfSupported(Set<Charset> candidates, String name) {
        if (name == null) {
            return;
        }
        try {
            String n = name.strip().toLowerCase(Locale.ROOT);
            // UTF-16 named in a declaration but without BOM: the two-byte sniff above already chose the order.
            if (n.equals("utf-16") && !candidates.isEmpty()) {
                return;
            }
            candidates.add(Charset.forName(n));
        } catch (IllegalArgumentException e) { // illegal or unsupported name: ignore it, as browsers do
        }
    }

    private static String strict(Charset charset, byte[] bytes, int length) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return stripBom(decoder.decode(ByteBuffer.wrap(bytes, 0, length)));
    }

    private static Decoded lenient(Charset charset, byte[] bytes, int length) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return new Decoded(stripBom(decoder.decode(ByteBuffer.wrap(bytes, 0, length))), charset);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }

    private static String stripBom(CharBuffer chars) {
        String text = chars.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
