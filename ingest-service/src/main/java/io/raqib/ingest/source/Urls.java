package io.raqib.ingest.source;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Locale;

/** Web addresses as feeds write them (Arabic slugs, stray spaces) turned into URIs an HTTP client accepts. */
final class Urls {

    private Urls() {
    }

    /**
     * An absolute http(s) URI in ASCII form: non-ASCII characters percent-encoded, the fragment dropped (it never
     * reaches the server).
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    static URI http(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a URL is required");
        }
        URI uri = parse(text.strip());
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null) {
            throw new IllegalArgumentException("not an absolute URL: " + text.strip());
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("only http and https are fetched, not " + scheme);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("no host name in " + text.strip()
                    + " (write an international domain name in its xn-- form)");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("credentials in a URL are not supported: they would be listed and logged");
        }
        return URI.create(withoutFragment(uri.toASCIIString()));
    }

    private static URI parse(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            // Spaces, brackets and the like, as some feeds leave them: quote them, keeping what is already escaped.
            try {
                URL url = new URL(text);
                return new URI(url.getProtocol(), url.getUserInfo(), url.getHost(), url.getPort(), url.getPath(),
                        url.getQuery(), null);
            } catch (MalformedURLException | URISyntaxException again) {
                throw new IllegalArgumentException("not a URL: " + e.getMessage(), e);
            }
        }
    }

    private static String withoutFragment(String ascii) {
        int hash = ascii.indexOf('#');
        return hash < 0 ? ascii : ascii.substring(0, hash);
    }
}
