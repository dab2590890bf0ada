package io.raqib.ingest.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Readability-style main-text extraction, in four steps.
 *
 * <ol>
 * <li><b>Metadata first</b>, from the untouched page: title, canonical URL, date strings.</li>
 * <li><b>Prune</b> what is never story text: scripts, forms controls, figures, ads and AMP widgets, hidden
 * elements; elements whose class or id says comments, share, social, related, ad; and navigation, header, footer,
 * aside, sidebar, widget, byline, meta blocks unless they hold half the page's text (some sites wrap the whole
 * page in a {@code <form>} or a "content-sidebar" div). "Read also" / related-news headings go with the link
 * lists that follow them.</li>
 * <li><b>Score</b>: every paragraph-like element with at least {@value #MIN_PARAGRAPH_LETTERS} Arabic or Latin
 * letters adds {@code 1 + commas + min(letters / 100, 3)} to its parent and half that to its grandparent, so a
 * container's score grows with its paragraph count, their length and their commas (a sign of sentences). A
 * container's score is then multiplied by {@code 1 - link density}, and class names such as "article-body" or
 * itemprop=articleBody add {@value #CLASS_WEIGHT}. The best container wins, with the siblings that score nearly as
 * well (a story split over two divs).</li>
 * <li><b>Emit</b> the winner's paragraphs, dropping those that are mostly links, the headline itself, and every
 * paragraph {@link BoilerplateCleaner#isBoilerplate} calls site furniture.</li>
 * </ol>
 */
final class MainTextExtractor {

    static final int MIN_PARAGRAPH_LETTERS = 25;
    static final int CLASS_WEIGHT = 25;
    /** How many near-equal rival containers make their common ancestor the story's container. */
    static final int RIVALS = 3;

    /** Never text: removed wherever they are. */
    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "canvas", "video", "audio", "map", "button", "input", "select", "textarea",
            "label", "figure", "figcaption", "picture", "img", "ins", "link", "meta", "amp-ad", "amp-embed",
            "amp-sticky-ad", "amp-social-share", "amp-sidebar", "amp-analytics", "amp-iframe", "amp-carousel",
            "amp-img", "amp-video", "amp-youtube", "amp-twitter", "amp-instagram", "amp-facebook", "amp-list");
    /** Page furniture, removed unless it holds half the page's text (then it is a wrapper). */
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "form", "menu",
            "dialog");
    /** Class / id tokens that are never story text. */
    private static final Set<String> DROP_TOKENS = Set.of("comment", "comments", "commentlist", "respond", "reply",
            "replies", "disqus", "share", "shares", "sharing", "sharebar", "sharebox", "sharedaddy", "addthis",
            "social", "socials", "related", "relatedposts", "advert", "advertisement", "adverts", "ad", "ads", "adv",
            "adsbygoogle", "adslot", "sponsor", "sponsored", "newsletter", "cookie", "cookies", "popup", "breadcrumb",
            "breadcrumbs", "outbrain", "taboola", "promo");
    private static final List<String> DROP_PREFIXES = List.of("share", "social", "related", "advert", "breadcrumb",
            "disqus");
    /** Class / id tokens of furniture, treated like {@link #FURNITURE_TAGS}. */
    private static final Set<String> FURNITURE_TOKENS = Set.of("nav", "navbar", "navigation", "menu", "header",
            "masthead", "footer", "sidebar", "side", "aside", "widget", "widgets", "author", "byline", "meta",
            "pagination", "pager", "popular", "trending", "mostread", "tags", "tag", "tagcloud", "date", "logo",
            "topbar", "ticker", "breaking", "subscribe", "print", "toolbar");
    private static final Set<String> POSITIVE_TOKENS = Set.of("article", "articlebody", "body", "content", "entry",
            "main", "post", "story", "text", "detail", "details", "news", "txt", "maincontent");
    /** Always paragraphs. */
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre");
    /** Paragraphs when they hold no block elements, containers when they do. */
    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "article", "main", "td", "blockquote",
            "center");

    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s_\\-]+");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(\\||-|–|—|::|•|·|«|»|｜|/)\\s+");
    private static final Pattern JSON_LD_DATE = Pattern.compile(
            "\"(datePublished|dateCreated|dateModified)\"\\s*:\\s*\"([^\"]{4,80})\"");
    private static final Pattern COMMAS = Pattern.compile("[,،؛;]");
    /** Words of related-list headings, in matchKey form. */
    private static final Pattern RELATED_WORDS = Pattern.compile(
            "اقرا|طالع|شاهد|ذات صله|المزيد|الاكثر|اخبار|مواضيع|مقالات|قد يهم|related|read|more");

    private MainTextExtractor() {
    }

    static ArticleText extract(String html, String pageUrl) {
        Document doc = Jsoup.parse(html == null ? "" : html, pageUrl == null ? "" : pageUrl);
        String canonical = canonical(doc, pageUrl);
        List<DateCandidate> dates = dates(doc);
        String title = title(doc);
        Element body = doc.body();
        prune(body);
        removeRelatedSections(body);
        String text = mainText(body, title);
        return new ArticleText(title, text, canonical, dates);
    }

    // ---- 1. metadata ----

    private static String canonical(Document doc, String pageUrl) {
        for (Element link : doc.select("link[rel][href]")) {
            if (link.attr("rel").toLowerCase(Locale.ROOT).contains("canonical")) {
                return absolute(link, "href");
            }
        }
        Element ogUrl = doc.selectFirst("meta[property=og:url][content], meta[name=og:url][content]");
        if (ogUrl != null && !ogUrl.attr("content").isBlank()) {
            return absolute(ogUrl, "content");
        }
        return pageUrl;
    }

    private static String absolute(Element element, String attribute) {
        String abs = element.absUrl(attribute);
        return abs.isEmpty() ? element.attr(attribute).strip() : abs;
    }

    private static List<DateCandidate> dates(Document doc) {
        List<DateCandidate> published = new ArrayList<>();
        List<DateCandidate> modified = new ArrayList<>();
        List<DateCandidate> unspecified = new ArrayList<>();
        for (Element meta : doc.select("meta[content]")) {
            String key = (meta.hasAttr("property") ? meta.attr("property")
                    : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop")).strip();
            String k = key.toLowerCase(Locale.ROOT);
            String value = meta.attr("content");
            switch (k) {
                case "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                        "publish-date", "publish_date", "publication_date", "date", "dc.date", "dc.date.issued",
                        "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published" ->
                        add(published, sourceOf(meta, key), value, DateCandidate.Kind.PUBLISHED);
                case "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified",
                        "article.updated" -> add(modified, sourceOf(meta, key), value, DateCandidate.Kind.MODIFIED);
                default -> {
                }
            }
        }
        for (Element el : doc.select("[itemprop=datePublished], [itemprop=dateModified]")) {
            if (el.normalName().equals("meta")) {
                continue; // seen above
            }
            String prop = el.attr("itemprop");
            String value = el.hasAttr("datetime") ? el.attr("datetime")
                    : el.hasAttr("content") ? el.attr("content") : el.text();
            boolean pub = prop.equals("datePublished");
            add(pub ? published : modified, "itemprop " + prop, value,
                    pub ? DateCandidate.Kind.PUBLISHED : DateCandidate.Kind.MODIFIED);
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            while (m.find()) {
                String value = m.group(2).replace("\\/", "/");
                if (m.group(1).equals("dateModified")) {
                    add(modified, "json-ld dateModified", value, DateCandidate.Kind.MODIFIED);
                } else {
                    add(published, "json-ld " + m.group(1), value, DateCandidate.Kind.PUBLISHED);
                }
            }
        }
        for (Element time : doc.select("time[datetime]")) {
            if (time.hasAttr("itemprop")) {
                continue; // seen above
            }
            List<String> tokens = tokens(time);
            if (time.hasAttr("pubdate") || tokens.contains("published")) {
                add(published, "time datetime", time.attr("datetime"), DateCandidate.Kind.PUBLISHED);
            } else if (tokens.contains("updated") || tokens.contains("modified")) {
                add(modified, "time datetime", time.attr("datetime"), DateCandidate.Kind.MODIFIED);
            } else {
                add(unspecified, "time datetime", time.attr("datetime"), DateCandidate.Kind.UNSPECIFIED);
            }
        }
        List<DateCandidate> all = new ArrayList<>(published);
        all.addAll(unspecified);
        all.addAll(modified);
        return List.copyOf(new LinkedHashSet<>(all));
    }

    private static String sourceOf(Element meta, String key) {
        return (meta.hasAttr("itemprop") && !meta.hasAttr("property") && !meta.hasAttr("name") ? "itemprop " : "meta ")
                + key;
    }

    private static void add(List<DateCandidate> list, String source, String value, DateCandidate.Kind kind) {
        String v = value == null ? "" : value.strip();
        if (!v.isEmpty() && v.length() <= 100) {
            list.add(new DateCandidate(source, v, kind));
        }
    }

    /** og:title, else the page's headline h1, else {@code <title>}; site names cut off. */
    private static String title(Document doc) {
        String siteName = metaContent(doc, "meta[property=og:site_name], meta[name=application-name]");
        String h1 = headline(doc);
        String og = metaContent(doc, "meta[property=og:title], meta[name=og:title], meta[name=twitter:title]");
        if (og != null && siteName != null && BoilerplateCleaner.matchKey(og).equals(BoilerplateCleaner.matchKey(siteName))) {
            og = null; // some sites put their own name in og:title on every page
        }
        if (og != null) {
            if (h1 != null && words(h1) >= 2 && BoilerplateCleaner.matchKey(og).contains(BoilerplateCleaner.matchKey(h1))) {
                return h1; // og:title is the headline plus decoration
            }
            return stripSiteName(og, siteName);
        }
        if (h1 != null) {
            return h1;
        }
        String title = BoilerplateCleaner.cleanLine(doc.title());
        return title.isEmpty() ? null : stripSiteName(title, siteName);
    }

    private static String metaContent(Document doc, String query) {
        for (Element meta : doc.select(query)) {
            String content = BoilerplateCleaner.cleanLine(meta.attr("content"));
            if (!content.isEmpty()) {
                return content;
            }
        }
        return null;
    }

    /** The h1 that is a headline, not a logo: outside header/nav furniture and not named logo / site title. */
    private static String headline(Document doc) {
        Element best = null;
        for (Element h1 : doc.body().select("h1")) {
            String text = BoilerplateCleaner.cleanLine(h1.text());
            if (text.isEmpty() || tokens(h1).stream().anyMatch(t -> t.equals("logo") || t.equals("brand")
                    || t.equals("site"))) {
                continue;
            }
            boolean inArticle = !h1.parents().select("article, main, [itemprop=articleBody], [role=main]").isEmpty();
            boolean inFurniture = !h1.parents().select("nav, aside, footer").isEmpty();
            if (inArticle) {
                return text;
            }
            if (best == null && !inFurniture) {
                best = h1;
            }
        }
        return best == null ? null : BoilerplateCleaner.cleanLine(best.text());
    }

    /** "Headline - Site", "Site | Headline", "Headline :: Section :: Site" → "Headline". */
    static String stripSiteName(String title, String siteName) {
        String t = title;
        if (siteName != null) {
            String site = BoilerplateCleaner.matchKey(siteName);
            Matcher m = TITLE_SEPARATOR.matcher(t);
            List<int[]> cuts = new ArrayList<>();
            while (m.find()) {
                cuts.add(new int[] {m.start(), m.end()});
            }
            if (!cuts.isEmpty()) {
                int[] last = cuts.get(cuts.size() - 1);
                int[] first = cuts.get(0);
                if (BoilerplateCleaner.matchKey(t.substring(last[1])).equals(site)) {
                    t = t.substring(0, last[0]);
                } else if (BoilerplateCleaner.matchKey(t.substring(0, first[0])).equals(site)) {
                    t = t.substring(first[1]);
                }
            }
        }
        // Without a known site name: a short last segment after a separator is the site (or a section).
        for (int round = 0; round < 2; round++) {
            Matcher m = TITLE_SEPARATOR.matcher(t);
            int start = -1;
            int end = -1;
            while (m.find()) {
                start = m.start();
                end = m.end();
            }
            if (start < 0) {
                break;
            }
            String head = t.substring(0, start);
            String tail = t.substring(end);
            if (words(tail) <= 4 && words(head) >= 3 && words(head) > words(tail)) {
                t = head;
            } else {
                break;
            }
        }
        return t.strip();
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    // ---- 2. pruning ----

    private static void prune(Element body) {
        int pageLetters = BoilerplateCleaner.letters(body.text());
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el) || el == body) {
                    return FilterResult.CONTINUE;
                }
                return isJunk(el, pageLetters) ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        }, body);
    }

    private static boolean isJunk(Element el, int pageLetters) {
        String tag = el.normalName();
        if (DROP_TAGS.contains(tag) || isHidden(el)) {
            return true;
        }
        List<String> tokens = tokens(el);
        for (String token : tokens) {
            if (DROP_TOKENS.contains(token) || DROP_PREFIXES.stream().anyMatch(token::startsWith)) {
                return true;
            }
        }
        boolean furniture = FURNITURE_TAGS.contains(tag) || tokens.stream().anyMatch(FURNITURE_TOKENS::contains)
                || "navigation".equals(el.attr("role")) || "contentinfo".equals(el.attr("role"))
                || "banner".equals(el.attr("role")) || "complementary".equals(el.attr("role"));
        return furniture && BoilerplateCleaner.letters(el.text()) * 2 < pageLetters;
    }

    private static boolean isHidden(Element el) {
        return el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(el.attr("style")).find();
    }

    /** Class names and id, lower case, split at spaces, hyphens and underscores; whole names kept too. */
    private static List<String> tokens(Element el) {
        String names = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT).strip();
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>(List.of(TOKEN_SPLIT.split(names)));
        for (String whole : names.split("\\s+")) {
            tokens.add(whole.replace("-", "").replace("_", ""));
        }
        return tokens;
    }

    /**
     * A "read also" / "related news" heading takes the link lists after it along; when what is left of its box is
     * mostly links (or nothing), the box goes too.
     */
    private static void removeRelatedSections(Element body) {
        for (Element el : body.select("h2, h3, h4, h5, h6, p, div, span, strong, b, header")) {
            if (el.parent() == null || !isAttached(el, body)) {
                continue;
            }
            String text = shortText(el, 40);
            if (text == null || !BoilerplateCleaner.isBoilerplate(text)
                    || !RELATED_WORDS.matcher(BoilerplateCleaner.matchKey(text)).find()) {
                continue;
            }
            Element heading = el;
            while (heading.parent() != null && heading.parent() != body
                    && heading.parent().text().equals(heading.text())) {
                heading = heading.parent();
            }
            Element box = heading.parent();
            Element next = heading.nextElementSibling();
            while (next != null && (next.normalName().equals("ul") || next.normalName().equals("ol")
                    || linkDensity(next) > 0.5)) {
                Element after = next.nextElementSibling();
                next.remove();
                next = after;
            }
            heading.remove();
            if (box != null && box != body && (BoilerplateCleaner.letters(box.text()) == 0 || linkDensity(box) > 0.5)) {
                box.remove();
            }
        }
    }

    /** The element's text when it has at most {@code max} characters, else null, without building longer text. */
    private static String shortText(Element el, int max) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text()).append(' ');
                }
                return out.length() > 2 * max + 20 ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, el);
        String text = BoilerplateCleaner.cleanLine(out.toString());
        return text.length() > max ? null : text;
    }

    private static boolean isAttached(Element el, Element body) {
        for (Element p = el; p != null; p = p.parent()) {
            if (p == body) {
                return true;
            }
        }
        return false;
    }

    // ---- 3. scoring ----

    private static String mainText(Element body, String title) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element el : body.getAllElements()) {
            String tag = el.normalName();
            if (!PARAGRAPH_TAGS.contains(tag) && !CONTAINER_TAGS.contains(tag)) {
                continue;
            }
            boolean hasBlocks = el.children().stream().anyMatch(c -> HtmlBlocks.BLOCK_TAGS.contains(c.normalName()));
            String text;
            Element first;
            if (PARAGRAPH_TAGS.contains(tag) || !hasBlocks) {
                text = el.text(); // a paragraph: credit its parent and grandparent
                first = el.parent();
            } else {
                text = ownText(el); // a container with text of its own besides its blocks: credit it and its parent
                first = el;
            }
            if (first == null || el == body) {
                continue;
            }
            int letters = BoilerplateCleaner.letters(text);
            if (letters < MIN_PARAGRAPH_LETTERS) {
                continue;
            }
            double score = 1 + count(COMMAS, text) + Math.min(letters / 100.0, 3);
            credit(scores, first, score);
            if (first.parent() != null && first != body) {
                credit(scores, first.parent(), score / 2);
            }
        }
        Element top = null;
        double topScore = 0;
        Map<Element, Double> contentScores = new HashMap<>();
        Map<Element, Double> finalScores = new HashMap<>();
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double density = 1 - linkDensity(entry.getKey());
            contentScores.put(entry.getKey(), entry.getValue() * density);
            double s = (initialScore(entry.getKey()) + entry.getValue()) * density;
            finalScores.put(entry.getKey(), s);
            if (s > topScore) {
                topScore = s;
                top = entry.getKey();
            }
        }
        double topContent = top == null ? 0 : contentScores.get(top);
        top = commonAncestorOfRivals(top, topScore, finalScores);
        List<Element> chosen = new ArrayList<>();
        if (top == null) {
            chosen.add(body);
        } else if (top.parent() == null || top == body) {
            chosen.add(top);
        } else {
            // Siblings join on what their paragraphs scored, not on their class names.
            double threshold = Math.max(10, Math.max(topContent, contentScores.getOrDefault(top, 0.0)) * 0.2);
            for (Element sibling : top.parent().children()) {
                if (sibling == top || contentScores.getOrDefault(sibling, 0.0) >= threshold || isStrayParagraph(sibling)) {
                    chosen.add(sibling);
                }
            }
        }
        return emit(chosen, title);
    }

    /**
     * A story cut into many wrapped chunks leaves several containers scoring nearly as well as the best one; when
     * at least three such rivals share an ancestor with it, that ancestor holds the story.
     */
    private static Element commonAncestorOfRivals(Element top, double topScore, Map<Element, Double> finalScores) {
        if (top == null) {
            return null;
        }
        List<Element> rivals = new ArrayList<>();
        finalScores.forEach((el, score) -> {
            if (el != top && score >= topScore * 0.75) {
                rivals.add(el);
            }
        });
        if (rivals.size() < RIVALS) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null; ancestor = ancestor.parent()) {
            int inside = 0;
            for (Element rival : rivals) {
                if (rival != ancestor && isAttached(rival, ancestor)) {
                    inside++;
                }
            }
            if (inside >= RIVALS) {
                return ancestor;
            }
        }
        return top;
    }

    private static boolean isStrayParagraph(Element el) {
        return el.normalName().equals("p") && BoilerplateCleaner.letters(el.text()) >= 80 && linkDensity(el) < 0.25;
    }

    private static void credit(Map<Element, Double> scores, Element el, double score) {
        scores.merge(el, score, Double::sum);
    }

    /** A head start by tag and by what the class names promise. */
    private static double initialScore(Element el) {
        double score = switch (el.normalName()) {
            case "article" -> 10;
            case "div", "section", "main" -> 5;
            case "td", "blockquote", "pre" -> 3;
            case "ol", "ul", "li", "form", "dl", "dd", "dt" -> -3;
            default -> 0;
        };
        if ("articleBody".equals(el.attr("itemprop"))) {
            score += CLASS_WEIGHT;
        }
        List<String> tokens = tokens(el);
        if (tokens.stream().anyMatch(POSITIVE_TOKENS::contains)) {
            score += CLASS_WEIGHT;
        }
        if (tokens.stream().anyMatch(FURNITURE_TOKENS::contains)) {
            score -= CLASS_WEIGHT;
        }
        return score;
    }

    private static String ownText(Element el) {
        StringBuilder out = new StringBuilder();
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.text()).append(' ');
            } else if (child instanceof Element e && !HtmlBlocks.BLOCK_TAGS.contains(e.normalName())) {
                out.append(e.text()).append(' ');
            }
        }
        return out.toString();
    }

    static double linkDensity(Element el) {
        int letters = BoilerplateCleaner.letters(el.text());
        if (letters == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : el.select("a")) {
            linked += BoilerplateCleaner.letters(a.text());
        }
        return Math.min(1, (double) linked / letters);
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    // ---- 4. emitting ----

    private static String emit(List<Element> chosen, String title) {
        String titleKey = title == null ? null : BoilerplateCleaner.matchKey(title);
        List<String> paragraphs = new ArrayList<>();
        for (Element el : chosen) {
            for (HtmlBlocks.Block block : HtmlBlocks.of(el)) {
                if (block.linkDensity() > 0.5) {
                    continue;
                }
                List<String> lines = new ArrayList<>();
                for (String line : BoilerplateCleaner.clean(block.text()).split("\n")) {
                    boolean isTitle = titleKey != null && BoilerplateCleaner.matchKey(line).equals(titleKey);
                    if (!isTitle && !BoilerplateCleaner.isBoilerplate(line)) {
                        lines.add(line);
                    }
                }
                if (!lines.isEmpty()) {
                    paragraphs.add(String.join("\n", lines));
                }
            }
        }
        return BoilerplateCleaner.clean(String.join("\n\n", paragraphs));
    }
}
