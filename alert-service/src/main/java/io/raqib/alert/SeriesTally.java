package io.raqib.alert;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.raqib.schemas.TopicMention;

/**
 * What one series saw in one window: how many articles, from which outlets, and the latest few as evidence.
 * An article counts once, however often it is delivered or re-posted. Bounded, whatever the traffic: at most
 * {@link #MAX_EVIDENCE} articles of evidence, {@link #MAX_SOURCES} outlets and {@link #MAX_ARTICLES} remembered ids
 * (past that, further articles count without the repeat check).
 */
public record SeriesTally(long count, List<Article> evidence, Set<String> sources, Set<String> articleIds) {

    static final int MAX_EVIDENCE = 5;
    static final int MAX_SOURCES = 100;
    static final int MAX_ARTICLES = 1000;

    /** An article that counted, as the desk will see it in the alert. */
    public record Article(String articleId, String title, String url, String source, List<String> phrases) {
    }

    public static SeriesTally empty() {
        return new SeriesTally(0, List.of(), Set.of(), Set.of());
    }

    public SeriesTally add(TopicMention mention) {
        if (articleIds.contains(mention.getArticleId())) {
            // The same story again, republished with more outlets (ingest merges near-duplicates under one id):
            // it does not count twice, but its outlets do count as independent voices.
            Set<String> outlets = withOutlets(mention);
            return outlets.size() == sources.size() ? this : new SeriesTally(count, evidence, outlets, articleIds);
        }
        Set<String> ids = new LinkedHashSet<>(articleIds);
        if (ids.size() < MAX_ARTICLES) {
            ids.add(mention.getArticleId());
        }
        List<Article> latest = new ArrayList<>(evidence);
        latest.add(0, new Article(mention.getArticleId(), mention.getTitle(), mention.getUrl(), mention.getSource(),
                mention.getPhrases()));
        return new SeriesTally(count + 1, List.copyOf(latest.subList(0, Math.min(MAX_EVIDENCE, latest.size()))),
                withOutlets(mention), Set.copyOf(ids));
    }

    /** The outlets so far and the mention's: an outlet that republished the story is one more voice only once. */
    private Set<String> withOutlets(TopicMention mention) {
        Set<String> outlets = new LinkedHashSet<>(sources);
        for (String outlet : concat(mention.getSource(), mention.getAlsoReportedBy())) {
            if (outlets.size() < MAX_SOURCES) {
                outlets.add(outlet);
            }
        }
        return Set.copyOf(outlets);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
