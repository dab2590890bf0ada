package io.raqib.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The little tree {@link FeedParser} builds from StAX events: namespace, local name, attributes (by local name)
 * and children, each a {@code XmlElement} or a {@code String} of character data. Feeds are small enough (the
 * parser caps their size) that a tree is simpler to read than streaming state machines.
 */
final class XmlElement {

    final String namespace;
    final String name;
    private final Map<String, String> attributes;
    final List<Object> children = new ArrayList<>();

    XmlElement(String namespace, String name, Map<String, String> attributes) {
        this.namespace = namespace == null ? "" : namespace;
        this.name = name;
        this.attributes = attributes;
    }

    boolean is(String localName, Set<String> namespaces) {
        return name.equals(localName) && namespaces.contains(namespace);
    }

    String attr(String localName) {
        return attributes.get(localName);
    }

    void addText(String text) {
        int last = children.size() - 1;
        if (last >= 0 && children.get(last) instanceof String previous) {
            children.set(last, previous + text);
        } else {
            children.add(text);
        }
    }

    /** The first child element with this name in one of these namespaces, or null. */
    XmlElement child(String localName, Set<String> namespaces) {
        for (Object child : children) {
            if (child instanceof XmlElement element && element.is(localName, namespaces)) {
                return element;
            }
        }
        return null;
    }

    List<XmlElement> children(String localName, Set<String> namespaces) {
        List<XmlElement> found = new ArrayList<>();
        for (Object child : children) {
            if (child instanceof XmlElement element && element.is(localName, namespaces)) {
                found.add(element);
            }
        }
        return found;
    }

    /** All character data below this element, markup dropped. */
    String text() {
        StringBuilder out = new StringBuilder();
        appendText(out);
        return out.toString();
    }

    private void appendText(StringBuilder out) {
        for (Object child : children) {
            if (child instanceof String s) {
                out.append(s);
            } else {
                ((XmlElement) child).appendText(out);
            }
        }
    }

    /** The children written back as markup (for Atom {@code type="xhtml"} content), namespaces dropped. */
    String innerMarkup() {
        StringBuilder out = new StringBuilder();
        for (Object child : children) {
            if (child instanceof String s) {
                escape(s, out);
            } else {
                ((XmlElement) child).appendMarkup(out);
            }
        }
        return out.toString();
    }

    private void appendMarkup(StringBuilder out) {
        out.append('<').append(name);
        attributes.forEach((key, value) -> {
            out.append(' ').append(key).append("=\"");
            escape(value, out);
            out.append('"');
        });
        out.append('>').append(innerMarkup()).append("</").append(name).append('>');
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
