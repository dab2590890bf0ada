package io.raqib.ingest.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom feeds into {@link FeedItem}s, with the JDK's own StAX parser.
 *
 * <p>Safety, each failing closed with a {@link FeedException}:
 * <ul>
 * <li>the body is read up to {@code maxBytes} and no further: one byte more and the feed is refused;</li>
 * <li>any {@code <!DOCTYPE>} is refused before its content is used: DTD support and external entities are off,
 * external DTD access is empty, so neither a local file nor a URL is ever opened (XXE), and no internal entity is
 * ever declared, so nothing can expand (billion laughs); the JDK entity limits are set low as a second wall;</li>
 * <li>malformed XML is reported with line and column; nesting deeper than {@value #MAX_DEPTH} is refused;</li>
 * <li>an HTML page, a JSON body or XML that is no feed is refused as {@link FeedException.Reason#NOT_A_FEED}.</li>
 * </ul>
 *
 * <p>The character set comes from a byte order mark, else the XML declaration, else the HTTP charset, else UTF-8,
 * with windows-1256 (configurable) as the fallback for bytes none of those decode; see {@link XmlCharsets}.
 * HTML in titles, descriptions and content is reduced to text with its paragraphs kept.
 *
 * <p>Instances are immutable and thread-safe; the input stream is read but not closed.
 */
public final class FeedParser {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final Charset DEFAULT_FALLBACK_CHARSET = Charset.forName("windows-1256");
    static final int MAX_DEPTH = 100;

    static final String RSS1 = "http://purl.org/rss/1.0/";
    static final String RSS090 = "http://my.netscape.com/rdf/simple/0.9/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String ATOM03 = "http://purl.org/atom/ns#";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

    private static final Set<String> RSS_NS = Set.of("", RSS1, RSS090);
    private static final Set<String> ATOM_NS = Set.of(ATOM, ATOM03);
    private static final Set<String> DC_NS = Set.of(DC);
    private static final Set<String> DCTERMS_NS = Set.of(DCTERMS);
    private static final Set<String> CONTENT_NS = Set.of(CONTENT);
    private static final Set<String> ATOM10_NS = Set.of(ATOM);

    private static final Pattern PARSE_ERROR_PREFIX = Pattern.compile("(?s)^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message:\\s*");
    private static final Pattern HTML_START = Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*)*(<!doctype\\s+html|<html)");
    private static final Pattern FEED_TRAILER = Pattern.compile(
            "(?s)^(The post .+ appeared first on .+|(ظهرت|ظهر) (المقالة|المقال|التدوينة|الموضوع|الخبر) .+ (أولاً|أولا|اولاً|اولا) (على|في) .+"
                    + "|(Continue reading|تابع القراءة|أكمل القراءة|اكمل القراءة|التفاصيل)\\s*[.:»…→]*)$");
    private static final Pattern ELLIPSIS_TAIL = Pattern.compile("\\s*\\[(…|\\.\\.\\.|&hellip;)]\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final long maxBytes;
    private final Charset fallbackCharset;

    /** A parser with a 10 MB cap and windows-1256 as the fallback charset. */
    public FeedParser() {
        this(DEFAULT_MAX_BYTES, DEFAULT_FALLBACK_CHARSET);
    }

    public FeedParser(long maxBytes) {
        this(maxBytes, DEFAULT_FALLBACK_CHARSET);
    }

    public FeedParser(long maxBytes, Charset fallbackCharset) {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 16));
        }
        this.maxBytes = maxBytes;
        this.fallbackCharset = fallbackCharset == null ? DEFAULT_FALLBACK_CHARSET : fallbackCharset;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Parses a feed without a URL to resolve relative links against (the channel's own link is used). */
    public Feed parse(InputStream body, String httpCharset) throws FeedException {
        return parse(body, httpCharset, null);
    }

    /**
     * Parses a feed.
     *
     * @param body        the response body; read up to the cap, not closed
     * @param httpCharset the Content-Type header ("application/rss+xml; charset=windows-1256") or a bare charset
     *                    name, or null
     * @param feedUrl     the URL the feed was fetched from, to make relative item links absolute; may be null
     */
    public Feed parse(InputStream body, String httpCharset, String feedUrl) throws FeedException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long total = 0;
        try {
            while (true) {
                int want = (int) Math.min(chunk.length, maxBytes + 1 - total);
                int n = body.read(chunk, 0, want);
                if (n < 0) {
                    break;
                }
                total += n;
                if (total > maxBytes) {
                    throw new FeedException(FeedException.Reason.TOO_LARGE,
                            "feed is larger than the limit of " + maxBytes + " bytes; refused without reading the rest");
                }
                buffer.write(chunk, 0, n);
            }
        } catch (IOException e) {
            throw new FeedException(FeedException.Reason.READ_FAILED, "reading the feed failed: " + e.getMessage(),
                    -1, -1, e);
        }
        byte[] bytes = buffer.toByteArray();
        return parse(bytes, bytes.length, httpCharset, feedUrl);
    }

    /** Parses a feed already in memory; the cap applies all the same. */
    public Feed parse(byte[] body, String httpCharset, String feedUrl) throws FeedException {
        if (body.length > maxBytes) {
            throw new FeedException(FeedException.Reason.TOO_LARGE,
                    "feed is larger than the limit of " + maxBytes + " bytes");
        }
        return parse(body, body.length, httpCharset, feedUrl);
    }

    private Feed parse(byte[] bytes, int length, String httpCharset, String feedUrl) throws FeedException {
        XmlCharsets.Decoded decoded = XmlCharsets.decode(bytes, length, httpCharset, fallbackCharset);
        String xml = decoded.text();
        if (xml.isBlank()) {
            throw new FeedException(FeedException.Reason.EMPTY, "feed is empty: the body has no content");
        }
        if (HTML_START.matcher(xml).lookingAt()) {
            throw new FeedException(FeedException.Reason.NOT_A_FEED,
                    "not a feed: the body is an HTML page, not RSS or Atom");
        }
        if (xml.stripLeading().startsWith("{")) {
            throw new FeedException(FeedException.Reason.NOT_A_FEED, "not a feed: the body is JSON, not RSS or Atom");
        }
        XmlElement root = readTree(xml);
        if (root.is("rss", RSS_NS)) {
            return rss2(root, decoded.charset(), feedUrl);
        }
        if (root.name.equals("RDF") && root.namespace.equals(RDF)) {
            return rss1(root, decoded.charset(), feedUrl);
        }
        return atom(root, decoded.charset(), feedUrl);
    }

    // ---- XML to tree, safely ----

    private static XMLInputFactory secureFactory() {
        // The JDK's built-in implementation, not whatever StAX provider the class path brings, so these settings
        // mean what they say.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        setIfSupported(factory, "jdk.xml.entityExpansionLimit", "64");
        setIfSupported(factory, "jdk.xml.maxGeneralEntitySizeLimit", "4096");
        setIfSupported(factory, "jdk.xml.totalEntitySizeLimit", "65536");
        setIfSupported(factory, "jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH + 1));
        return factory;
    }

    private static void setIfSupported(XMLInputFactory factory, String property, String value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException e) { // an older or different JDK: the DTD refusal still holds
        }
    }

    private XmlElement readTree(String xml) throws FeedException {
        XMLStreamReader reader = null;
        try {
            // A fresh factory per document: factories are not specified to be thread-safe.
            reader = secureFactory().createXMLStreamReader(new StringReader(xml));
            Deque<XmlElement> open = new ArrayDeque<>();
            XmlElement root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw refuseDtd(reader);
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (root == null) {
                            checkRoot(reader);
                        }
                        if (open.size() >= MAX_DEPTH) {
                            throw located(FeedException.Reason.MALFORMED,
                                    "elements nested deeper than " + MAX_DEPTH + " levels", reader.getLocation(), null);
                        }
                        XmlElement element = new XmlElement(reader.getNamespaceURI(), reader.getLocalName(),
                                attributes(reader));
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().children.add(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().addText(reader.getText());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw located(FeedException.Reason.MALFORMED,
                            "malformed XML: unresolved entity &" + reader.getLocalName() + ";", reader.getLocation(),
                            null);
                    default -> {
                    }
                }
            }
            if (root == null) {
                throw new FeedException(FeedException.Reason.MALFORMED, "malformed XML: no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            String message = PARSE_ERROR_PREFIX.matcher(String.valueOf(e.getMessage())).replaceFirst("").strip();
            throw located(FeedException.Reason.MALFORMED, "malformed XML: " + message, e.getLocation(), e);
        } catch (RuntimeException e) { // the JDK parser signals a few limits with unchecked exceptions
            throw new FeedException(FeedException.Reason.MALFORMED, "malformed XML: " + e.getMessage(), -1, -1, e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                }
            }
        }
    }

    private static FeedException refuseDtd(XMLStreamReader reader) {
        String doctype = SPACES.matcher(String.valueOf(reader.getText())).replaceAll(" ");
        if (doctype.regionMatches(true, 0, "<!DOCTYPE html", 0, 14)) {
            return located(FeedException.Reason.NOT_A_FEED, "not a feed: the body is an HTML page, not RSS or Atom",
                    reader.getLocation(), null);
        }
        return located(FeedException.Reason.DTD_REFUSED,
                "feed declares a DTD (<!DOCTYPE>), refused: DTDs and entities are not read, to rule out external"
                        + " entities (XXE) and entity expansion",
                reader.getLocation(), null);
    }

    private static void checkRoot(XMLStreamReader reader) throws FeedException {
        String name = reader.getLocalName();
        String ns = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
        boolean feed = (name.equals("rss") && RSS_NS.contains(ns)) || (name.equals("RDF") && ns.equals(RDF))
                || (name.equals("feed") && ATOM_NS.contains(ns));
        if (feed) {
            return;
        }
        if (name.equalsIgnoreCase("html")) {
            throw located(FeedException.Reason.NOT_A_FEED, "not a feed: the body is an HTML page, not RSS or Atom",
                    reader.getLocation(), null);
        }
        throw located(FeedException.Reason.NOT_A_FEED, "not a feed: the root element is <" + name + ">"
                + (ns.isEmpty() ? "" : " in namespace " + ns) + ", expected <rss>, <rdf:RDF> or an Atom <feed>",
                reader.getLocation(), null);
    }

    private static FeedException located(FeedException.Reason reason, String message, Location location,
            Throwable cause) {
        int line = location == null ? -1 : location.getLineNumber();
        int column = location == null ? -1 : location.getColumnNumber();
        return new FeedException(reason, message, line, column, cause);
    }

    private static Map<String, String> attributes(XMLStreamReader reader) {
        int count = reader.getAttributeCount();
        if (count == 0) {
            return Map.of();
        }
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < count; i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        return attributes;
    }

    // ---- RSS 2.0 ----

    private Feed rss2(XmlElement rss, Charset charset, String feedUrl) {
        XmlElement channel = rss.child("channel", RSS_NS);
        if (channel == null) {
            return new Feed(FeedFormat.RSS_2, null, null, charset.name(), List.of());
        }
        String siteLink = trimmed(textOf(channel.child("link", RSS_NS)));
        String base = feedUrl != null ? feedUrl : siteLink;
        List<FeedItem> items = new ArrayList<>();
        for (XmlElement item : channel.children("item", RSS_NS)) {
            addIfUseful(items, rssItem(item, base));
        }
        return new Feed(FeedFormat.RSS_2, line(textOf(channel.child("title", RSS_NS))), siteLink, charset.name(),
                items);
    }

    private FeedItem rssItem(XmlElement item, String base) {
        String link = trimmed(textOf(item.child("link", RSS_NS)));
        XmlElement guid = item.child("guid", RSS_NS);
        String guidText = trimmed(textOf(guid));
        if (link == null) {
            XmlElement alternate = atomLink(item.children("link", ATOM10_NS));
            link = alternate == null ? null : trimmed(alternate.attr("href"));
        }
        if (link == null && guidText != null && !"false".equalsIgnoreCase(trimmed(guid.attr("isPermaLink")))
                && guidText.matches("(?i)^https?://.*")) {
            link = guidText;
        }
        if (link == null) {
            link = trimmed(item.attr("about"));
        }
        link = resolve(base, link);
        String id = guidText != null ? guidText : trimmed(item.attr("about"));
        List<String> authors = new ArrayList<>();
        item.children("author", RSS_NS).forEach(a -> authors.add(line(a.text())));
        item.children("creator", DC_NS).forEach(a -> authors.add(line(a.text())));
        List<XmlElement> categories = new ArrayList<>(item.children("category", RSS_NS));
        categories.addAll(item.children("subject", DC_NS));
        return new FeedItem(
                line(textOf(item.child("title", RSS_NS))),
                link,
                id != null ? id : link,
                date(first(item.child("pubDate", RSS_NS), item.child("date", DC_NS), item.child("issued", DCTERMS_NS),
                        item.child("published", ATOM10_NS))),
                date(first(item.child("updated", ATOM10_NS), item.child("modified", DCTERMS_NS))),
                prose(textOf(item.child("description", RSS_NS))),
                prose(textOf(item.child("encoded", CONTENT_NS))),
                joined(authors),
                categoryTexts(categories));
    }

    // ---- RSS 1.0 (RDF): items are siblings of the channel; the element names are RSS 2.0's ----

    private Feed rss1(XmlElement rdf, Charset charset, String feedUrl) {
        XmlElement channel = rdf.child("channel", RSS_NS);
        String siteLink = channel == null ? null : trimmed(textOf(channel.child("link", RSS_NS)));
        String title = channel == null ? null : line(textOf(channel.child("title", RSS_NS)));
        String base = feedUrl != null ? feedUrl : siteLink;
        List<FeedItem> items = new ArrayList<>();
        for (XmlElement item : rdf.children("item", RSS_NS)) {
            addIfUseful(items, rssItem(item, base));
        }
        return new Feed(FeedFormat.RSS_1, title, siteLink, charset.name(), items);
    }

    // ---- Atom ----

    private Feed atom(XmlElement feed, Charset charset, String feedUrl) {
        XmlElement siteLinkElement = atomLink(feed.children("link", ATOM_NS));
        String siteLink = siteLinkElement == null ? null : trimmed(siteLinkElement.attr("href"));
        String base = feedUrl != null ? feedUrl : siteLink;
        String feedAuthor = atomAuthors(feed);
        List<FeedItem> items = new ArrayList<>();
        for (XmlElement entry : feed.children("entry", ATOM_NS)) {
            XmlElement link = atomLink(entry.children("link", ATOM_NS));
            String href = resolve(base, link == null ? null : trimmed(link.attr("href")));
            String id = trimmed(textOf(entry.child("id", ATOM_NS)));
            String author = atomAuthors(entry);
            List<String> categories = new ArrayList<>();
            for (XmlElement category : entry.children("category", ATOM_NS)) {
                String label = trimmed(category.attr("label"));
                categories.add(line(label != null ? label : category.attr("term")));
            }
            addIfUseful(items, new FeedItem(
                    line(textConstruct(entry.child("title", ATOM_NS))),
                    href,
                    id != null ? id : href,
                    date(first(entry.child("published", ATOM_NS), entry.child("issued", ATOM_NS))),
                    date(first(entry.child("updated", ATOM_NS), entry.child("modified", ATOM_NS))),
                    prose(textConstruct(entry.child("summary", ATOM_NS))),
                    prose(textConstruct(entry.child("content", ATOM_NS))),
                    author != null ? author : feedAuthor,
                    distinct(categories)));
        }
        return new Feed(FeedFormat.ATOM, line(textConstruct(feed.child("title", ATOM_NS))), siteLink, charset.name(),
                items);
    }

    /** The alternate (article) link: rel absent or "alternate", preferring an HTML type. */
    private static XmlElement atomLink(List<XmlElement> links) {
        XmlElement found = null;
        for (XmlElement link : links) {
            String rel = trimmed(link.attr("rel"));
            if (link.attr("href") == null || (rel != null && !rel.equalsIgnoreCase("alternate"))) {
                continue;
            }
            String type = link.attr("type");
            if (type == null || type.toLowerCase(Locale.ROOT).contains("html")) {
                return link;
            }
            if (found == null) {
                found = link;
            }
        }
        return found;
    }

    private static String atomAuthors(XmlElement parent) {
        List<String> names = new ArrayList<>();
        for (XmlElement author : parent.children("author", ATOM_NS)) {
            String name = line(textOf(author.child("name", ATOM_NS)));
            names.add(name != null ? name : line(textOf(author.child("email", ATOM_NS))));
        }
        return joined(names);
    }

    /** Atom text construct: text, html (escaped markup) or xhtml (inline markup); external content (src) is none. */
    private static String textConstruct(XmlElement element) {
        if (element == null || element.attr("src") != null) {
            return null;
        }
        String type = element.attr("type") == null ? "text" : element.attr("type").strip().toLowerCase(Locale.ROOT);
        if (type.equals("xhtml") || type.endsWith("xhtml+xml")) {
            return HtmlBlocks.fragmentToText(element.innerMarkup());
        }
        if (!type.equals("text") && !type.equals("html") && !type.startsWith("text/")) {
            return null; // base64 media and the like
        }
        return HtmlBlocks.fragmentToText(element.text());
    }

    // ---- small helpers ----

    private static void addIfUseful(List<FeedItem> items, FeedItem item) {
        if (item.title() != null || item.link() != null || item.summary() != null || item.content() != null) {
            items.add(item);
        }
    }

    private static String textOf(XmlElement element) {
        return element == null ? null : element.text();
    }

    private static XmlElement first(XmlElement... candidates) {
        for (XmlElement candidate : candidates) {
            if (candidate != null && trimmed(candidate.text()) != null) {
                return candidate;
            }
        }
        return null;
    }

    private static String trimmed(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String date(XmlElement element) {
        String text = trimmed(textOf(element));
        return text == null ? null : SPACES.matcher(text).replaceAll(" ");
    }

    /** A title or name: markup and entities reduced to text, one line. */
    private static String line(String markup) {
        if (markup == null) {
            return null;
        }
        return trimmed(BoilerplateCleaner.cleanLine(HtmlBlocks.fragmentToText(markup)));
    }

    /** A description or content: markup to paragraphs, feed footers ("The post ... appeared first on") dropped. */
    private static String prose(String markup) {
        if (markup == null) {
            return null;
        }
        List<String> paragraphs = new ArrayList<>(List.of(HtmlBlocks.fragmentToText(markup).split("\n\n")));
        while (!paragraphs.isEmpty() && FEED_TRAILER.matcher(paragraphs.get(paragraphs.size() - 1)).matches()) {
            paragraphs.remove(paragraphs.size() - 1);
        }
        String text = ELLIPSIS_TAIL.matcher(String.join("\n\n", paragraphs)).replaceFirst("");
        return trimmed(BoilerplateCleaner.removeBoilerplate(text));
    }

    private static List<String> categoryTexts(List<XmlElement> elements) {
        List<String> texts = new ArrayList<>();
        elements.forEach(e -> texts.add(line(e.text())));
        return distinct(texts);
    }

    private static List<String> distinct(List<String> values) {
        Set<String> seen = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                seen.add(value);
            }
        }
        return List.copyOf(seen);
    }

    private static String joined(List<String> values) {
        List<String> names = distinct(values);
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String resolve(String base, String link) {
        if (link == null) {
            return null;
        }
        try {
            URI uri = new URI(link);
            if (uri.isAbsolute() || base == null) {
                return link;
            }
            return new URI(base).resolve(uri).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return link;
        }
    }
}
