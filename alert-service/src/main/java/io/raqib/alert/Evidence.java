package io.raqib.alert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.raqib.schemas.AlertEvidence;
import io.raqib.schemas.TopicMention;

/**
 * The latest few articles that counted in a series' window, newest first: what an alert shows the desk. Kept
 * encoded, each article once, when it first counts: the evidence is carried through every mention's count and every
 * observation, and is read only when an alert is told. Immutable.
 */
final class Evidence {

    static final Evidence NONE = new Evidence(List.of());
    private static final String TYPE = "an evidence article";

    /** An article that counted, as the desk will see it in the alert. */
    record Article(String articleId, String title, String url, String source, List<String> phrases) {

        static Article of(TopicMention mention) {
            return new Article(mention.getArticleId(), mention.getTitle(), mention.getUrl(), mention.getSource(),
                    mention.getPhrases());
        }

        AlertEvidence toAlertEvidence() {
            return AlertEvidence.newBuilder().setArticleId(articleId).setTitle(title).setUrl(url).setSource(source)
                    .setPhrases(phrases).build();
        }
    }

    /** Each article encoded, newest first. */
    private final List<byte[]> articles;

    private Evidence(List<byte[]> articles) {
        this.articles = articles;
    }

    /** At most {@code max} articles: these, after {@code newest}, encoded ({@link #encode}). */
    Evidence withNewest(byte[] newest, int max) {
        List<byte[]> latest = new ArrayList<>(Math.min(max, articles.size() + 1));
        latest.add(newest);
        for (int i = 0; i < articles.size() && latest.size() < max; i++) {
            latest.add(articles.get(i));
        }
        return new Evidence(List.copyOf(latest));
    }

    int size() {
        return articles.size();
    }

    List<Article> articles() {
        return articles.stream().map(Evidence::decode).toList();
    }

    List<AlertEvidence> alertEvidence() {
        return articles.stream().map(bytes -> decode(bytes).toAlertEvidence()).toList();
    }

    /** The bytes {@link #write} takes. */
    int encodedSize() {
        int size = Integer.BYTES;
        for (byte[] article : articles) {
            size += Integer.BYTES + article.length;
        }
        return size;
    }

    void write(BinaryWriter out) {
        out.writeInt(articles.size());
        for (byte[] article : articles) {
            out.writeBlob(article);
        }
    }

    static Evidence read(BinaryReader in, int max) {
        int count = in.readCount(max, "evidence articles");
        List<byte[]> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] article = in.readBlob();
            if (article == null) {
                throw in.invalid("a missing evidence article");
            }
            articles.add(article);
        }
        return count == 0 ? NONE : new Evidence(List.copyOf(articles));
    }

    /** Evidence of articles already decoded, newest first (the JSON of earlier releases). */
    static Evidence of(List<Article> newestFirst) {
        return new Evidence(newestFirst.stream().map(Evidence::encode).toList());
    }

    /** An article as the evidence keeps it. */
    static byte[] encode(Article article) {
        BinaryWriter out = new BinaryWriter(256).writeString(article.articleId()).writeString(article.title())
                .writeString(article.url()).writeString(article.source()).writeInt(article.phrases().size());
        for (String phrase : article.phrases()) {
            out.writeString(phrase);
        }
        return out.toByteArray();
    }

    private static Article decode(byte[] bytes) {
        BinaryReader in = new BinaryReader(bytes, TYPE);
        String articleId = in.readString();
        String title = in.readString();
        String url = in.readString();
        String source = in.readString();
        int count = in.readCount(bytes.length / Integer.BYTES, "phrases");
        List<String> phrases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            phrases.add(in.readString());
        }
        in.end();
        if (articleId == null || title == null || source == null || phrases.contains(null)) {
            throw in.invalid("a required field is missing");
        }
        return new Article(articleId, title, url, source, List.copyOf(phrases));
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Evidence evidence) || evidence.articles.size() != articles.size()) {
            return false;
        }
        for (int i = 0; i < articles.size(); i++) {
            if (!Arrays.equals(articles.get(i), evidence.articles.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (byte[] article : articles) {
            hash = 31 * hash + Arrays.hashCode(article);
        }
        return hash;
    }

    @Override
    public String toString() {
        return articles().toString();
    }
}
