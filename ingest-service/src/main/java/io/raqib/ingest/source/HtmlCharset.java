package io.raqib.ingest.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an article page: a byte order mark, else the Content-Type charset, else a {@code <meta charset>} near the
 * top, else UTF-8 if the bytes are valid UTF-8, else windows-1256, the legacy encoding of Arabic sites.
 */
final class HtmlCharset {

    static final Charset FALLBACK = Charset.forName("windows-1256");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
    private static final Pattern META = Pattern.compile("(?i)<meta\\s[^>]*charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
    /** Browsers look for the meta charset in the first 1024 bytes; a little more costs nothing. */
    private static final int SNIFF_BYTES = 4096;

    private HtmlCharset() {
    }

    static String decode(byte[] body, String contentType) {
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        }
        Charset declared = charset(contentType == null ? null : CHARSET.matcher(contentType));
        if (declared == null) {
            String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            declared = charset(META.matcher(head));
        }
        if (declared != null) {
            return new String(body, declared);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return new String(body, FALLBACK);
        }
    }

    private static Charset charset(Matcher matcher) {
        if (matcher == null || !matcher.find()) {
            return null;
        }
        try {
            return Charset.forName(matcher.group(1));
        } catch (IllegalArgumentException e) { // unknown or illegal name: as browsers do, look further
            return null;
        }
    }
}
