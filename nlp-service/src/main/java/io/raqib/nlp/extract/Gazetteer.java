package io.raqib.nlp.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.raqib.schemas.EntityType;

/**
 * Known people, organisations and places of the region, each with its spellings. Read from a tab-separated
 * resource that analysts extend without touching code: {@code TYPE  canonical  Arabic label  alias|alias|...}.
 */
public final class Gazetteer {

    /** One known entity. */
    public record Entry(EntityType type, String canonical, String canonicalAr) {
    }

    private final PhraseMatcher<Entry> matcher;
    private final int size;

    private Gazetteer(Map<String, Entry> aliases, int size, PhraseGroup group) {
        this.matcher = new PhraseMatcher<>(aliases, false, group);
        this.size = size;
    }

    public static Gazetteer parse(List<String> lines) {
        return parse(lines, new PhraseGroup());
    }

    /** The gazetteer, its phrases looked up with those of the other members of {@code group}. */
    static Gazetteer parse(List<String> lines, PhraseGroup group) {
        Map<String, Entry> aliases = new LinkedHashMap<>();
        int entries = 0;
        for (String[] columns : Resources.rows(lines, 4)) {
            Entry entry = new Entry(EntityType.valueOf(columns[0]), columns[1], columns[2]);
            aliases.putIfAbsent(columns[2], entry);
            for (String alias : columns[3].split("\\|")) {
                aliases.putIfAbsent(alias.strip(), entry);
            }
            entries++;
        }
        return new Gazetteer(aliases, entries, group);
    }

    public List<PhraseMatcher.Match<Entry>> find(FoldedText text) {
        return matcher.find(text);
    }

    public int size() {
        return size;
    }
}
