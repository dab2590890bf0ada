package io.raqib.ingest.dedup;

import java.net.IDN;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The canonical form of an article URL, so that the links a story reaches us by (shared, tracked, AMP, mobile,
 * encoded or not) are recognised as one article.
 *
 * <p>The result is an identity key, not necessarily a URL a browser should open: host prefixes such as
 * {@code m.} are dropped even though a site might only answer on them. The scheme is kept (lower-cased): the
 * rare site that serves different things on http and https must not be merged, and the content hash catches the
 * same text on both anyway.
 */
public final class UrlCanonicalizer {

    /** Host prefixes for the same site in another template: desktop, mobile and AMP copies of one article. */
    private static final Pattern TEMPLATE_HOST_PREFIX = Pattern.compile("^(?:www\\d*|m|mobile|amp)\\.(?=.+\\.)");
    private static final Pattern HOST_CHARS = Pattern.compile("[a-z0-9._-]+");
    private static final Comparator<String[]> BY_NAME_THEN_VALUE = Comparator
            .<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1] == null ? "" : p[1]);

    private UrlCanonicalizer() {
    }

    /** The canonical form, or empty when the URL cannot name an article (null, blank, not http(s), no host). */
    public static Optional<String> canonicalize(String url) {
        try {
            return Optional.of(canonicalOrThrow(url));
        } catch (UnsupportedUrlException e) {
            return Optional.empty();
        }
    }

    /** The canonical form; throws {@link UnsupportedUrlException} saying why when there is none. */
    public static String canonicalOrThrow(String url) {
        if (url == null || url.isBlank()) {
            throw new UnsupportedUrlException(String.valueOf(url), "a URL is required");
        }
        String text = url.strip();
        int colon = text.indexOf(':');
        String scheme = colon <= 0 ? "" : text.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new UnsupportedUrlException(url, scheme.isEmpty() ? "not an absolute URL"
                    : "only http and https URLs name articles, not " + scheme);
        }
        String rest = text.substring(colon + 1);
        if (!rest.startsWith("//")) {
            throw new UnsupportedUrlException(url, "no host after " + scheme + ":");
        }
        rest = rest.substring(2);
        int fragment = rest.indexOf('#');
        if (fragment >= 0) {
            rest = rest.substring(0, fragment); // the fragment never reaches the server: same article
        }
        int authorityEnd = indexOfAny(rest, "/?");
        String authority = rest.substring(0, authorityEnd);
        String pathAndQuery = rest.substring(authorityEnd);
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        String query = question < 0 ? "" : pathAndQuery.substring(question + 1);
        return scheme + "://" + hostAndPort(url, scheme, authority) + path(path) + query(query);
    }

    private static String hostAndPort(String url, String scheme, String authority) {
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1); // credentials are not identity
        String host;
        String port = "";
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw new UnsupportedUrlException(url, "unclosed IPv6 address");
            }
            host = hostPort.substring(0, close + 1).toLowerCase(Locale.ROOT);
            port = portAfter(url, hostPort.substring(close + 1));
        } else {
            int portColon = hostPort.lastIndexOf(':');
            host = portColon < 0 ? hostPort : hostPort.substring(0, portColon);
            port = portColon < 0 ? "" : portAfter(url, hostPort.substring(portColon));
            host = asciiHost(url, host);
            for (String bare = stripTemplatePrefix(host); !bare.equals(host); bare = stripTemplatePrefix(host)) {
                host = bare; // www.m.example.com
            }
        }
        boolean defaultPort = port.equals("80") && scheme.equals("http") || port.equals("443") && scheme.equals("https");
        return port.isEmpty() || defaultPort ? host : host + ":" + port;
    }

    private static String stripTemplatePrefix(String host) {
        return TEMPLATE_HOST_PREFIX.matcher(host).replaceFirst("");
    }

    /** Arabic (or any IDN) host names in their DNS form, lower case, without the root dot. */
    private static String asciiHost(String url, String host) {
        String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (trimmed.isEmpty()) {
            throw new UnsupportedUrlException(url, "no host");
        }
        try {
            String ascii = IDN.toASCII(trimmed, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            if (!HOST_CHARS.matcher(ascii).matches()) {
                throw new UnsupportedUrlException(url, "invalid host name");
            }
            return ascii;
        } catch (IllegalArgumentException e) {
            throw new UnsupportedUrlException(url, "invalid host name");
        }
    }

    /** @param colonAndPort "" or ":" followed by digits */
    private static String portAfter(String url, String colonAndPort) {
        if (colonAndPort.isEmpty() || colonAndPort.equals(":")) {
            return "";
        }
        String digits = colonAndPort.substring(1);
        if (!colonAndPort.startsWith(":") || !digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() > 5
                || Integer.parseInt(digits) > 65535) {
            throw new UnsupportedUrlException(url, "invalid port");
        }
        return String.valueOf(Integer.parseInt(digits)); // ":0080" is ":80"
    }

    /**
     * Dot segments resolved, empty segments (double and trailing slashes) dropped, a final {@code amp} segment (the
     * AMP copy) dropped; the root stays "/".
     */
    private static String path(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : PercentEncoding.normalize(rawPath).split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
                continue;
            }
            segments.add(segment);
        }
        if (!segments.isEmpty() && segments.get(segments.size() - 1).equalsIgnoreCase("amp")) {
            segments.remove(segments.size() - 1);
        }
        return "/" + String.join("/", segments);
    }

    /** Tracking parameters dropped, the rest sorted, so parameter order and campaign tags do not matter. */
    private static String query(String rawQuery) {
        List<String[]> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = PercentEncoding.normalize(equals < 0 ? parameter : parameter.substring(0, equals));
            String value = equals < 0 ? null : PercentEncoding.normalize(parameter.substring(equals + 1));
            if (!name.isEmpty() && !TrackingParameters.isTracking(name)) {
                kept.add(new String[] {name, value});
            }
        }
        if (kept.isEmpty()) {
            return "";
        }
        kept.sort(BY_NAME_THEN_VALUE);
        StringBuilder out = new StringBuilder("?");
        for (String[] parameter : kept) {
            if (out.length() > 1) {
                out.append('&');
            }
            out.append(parameter[0]);
            if (parameter[1] != null) {
                out.append('=').append(parameter[1]);
            }
        }
        return out.toString();
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
