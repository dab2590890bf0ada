package io.raqib.ingest.feed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to text that keeps the structure a reader sees: every block element (p, div, li, h2, td...) ends a
 * paragraph, two {@code <br>} in a row end one too, a single {@code <br>} is a line break. Each paragraph comes
 * with its letter count and how many of those letters sit inside links, which the article extractor uses to tell
 * story text from navigation.
 */
final class HtmlBlocks {

    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "center", "dd",
            "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    /** Elements whose content is never text a reader sees. */
    static final String NON_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, video, "
            + "audio, map, button, input, select, textarea";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TAG_LIKE = Pattern.compile("<(/?[a-zA-Z][a-zA-Z0-9]*|!--)[\\s>/]?");

    /** One paragraph of rendered text and the block element that holds it. */
    record Block(String text, int letters, int linkLetters, Element holder) {
        double linkDensity() {
            return letters == 0 ? 0 : (double) linkLetters / letters;
        }
    }

    private HtmlBlocks() {
    }

    static List<Block> of(Node root) {
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.blocks;
    }

    /**
     * An HTML fragment (a feed description, content:encoded) as clean text with paragraph breaks; text without
     * any markup only has its entities decoded, so its own line breaks survive.
     */
    static String fragmentToText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (!TAG_LIKE.matcher(html).find()) {
            return BoilerplateCleaner.clean(Parser.unescapeEntities(html, false));
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select(NON_TEXT).remove();
        List<String> paragraphs = new ArrayList<>();
        for (Block block : of(doc.body())) {
            paragraphs.add(block.text());
        }
        return BoilerplateCleaner.clean(String.join("\n\n", paragraphs));
    }

    private static final class Collector implements NodeVisitor {
        final List<Block> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final Deque<Element> open = new ArrayDeque<>();
        private int linkLetters;
        private int linkDepth;
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                String s = textNode.getWholeText();
                if (preDepth == 0) {
                    s = WHITESPACE.matcher(s).replaceAll(" ");
                }
                text.append(s);
                if (linkDepth > 0) {
                    linkLetters += BoilerplateCleaner.letters(s);
                }
            } else if (node instanceof Element element) {
                String name = element.normalName();
                switch (name) {
                    case "br" -> lineBreak();
                    case "a" -> linkDepth++;
                    case "pre" -> preDepth++;
                    default -> {
                    }
                }
                if (BLOCK_TAGS.contains(name)) {
                    flush();
                    open.push(element);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("a")) {
                    linkDepth--;
                } else if (name.equals("pre")) {
                    preDepth--;
                }
                if (BLOCK_TAGS.contains(name)) {
                    flush();
                    open.poll();
                }
            }
        }

        /** A second {@code <br>} in a row ends the paragraph; a single one is a line break within it. */
        private void lineBreak() {
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            if (end > 0 && text.charAt(end - 1) == '\n') {
                flush();
            } else {
                text.setLength(end);
                text.append('\n');
            }
        }

        void flush() {
            String paragraph = text.toString().strip();
            if (!paragraph.isEmpty() && paragraph.codePoints().anyMatch(Character::isLetterOrDigit)) {
                blocks.add(new Block(paragraph, BoilerplateCleaner.letters(paragraph), linkLetters, open.peek()));
            }
            text.setLength(0);
            linkLetters = 0;
        }
    }
}
