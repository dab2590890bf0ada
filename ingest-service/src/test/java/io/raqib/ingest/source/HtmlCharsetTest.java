package io.raqib.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HtmlCharsetTest {

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    @Test
    void aPageIsDecodedByItsDeclaredCharset() {
        String arabic = "<html><head><meta charset=\"windows-1256\"></head><body><p>هجوم على حاجز أمني</p></body></html>";
        byte[] legacy = arabic.getBytes(WINDOWS_1256);
        assertEquals(arabic, HtmlCharset.decode(legacy, "text/html"));
        assertEquals(arabic, HtmlCharset.decode(arabic.replace("windows-1256", "utf-8").getBytes(StandardCharsets.UTF_8),
                null).replace("utf-8", "windows-1256"));
    }

    @Test
    void anUndeclaredPageIsUtf8WhenItDecodesAsUtf8ElseWindows1256() {
        String undeclared = "<p>قصف مدفعي على ريف إدلب</p>";
        assertEquals(undeclared, HtmlCharset.decode(undeclared.getBytes(StandardCharsets.UTF_8), "text/html"));
        assertEquals(undeclared, HtmlCharset.decode(undeclared.getBytes(WINDOWS_1256), "text/html"));
    }

    @Test
    void theHttpCharsetComesFirst() {
        String text = "<p>قصف مدفعي على ريف إدلب</p>";
        assertEquals(text, HtmlCharset.decode(text.getBytes(WINDOWS_1256), "text/html; charset=windows-1256"));
        assertEquals(text, HtmlCharset.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8),
                "text/html; charset=windows-1256"));
    }
}
