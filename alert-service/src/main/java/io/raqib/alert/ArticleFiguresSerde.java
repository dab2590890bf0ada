package io.raqib.alert;

import java.util.ArrayList;
import java.util.List;

import io.raqib.alert.figures.ArticleFigures;
import io.raqib.alert.figures.FigureReport;
import io.raqib.schemas.FigureCategory;

/**
 * {@link ArticleFigures} on the figures board's repartition topic and in its store: a version byte, the board and
 * article, then each report's fields in order, strings as UTF-8 and a missing value as such. The board's store is
 * written for every article with figures and read back for every board the API puts together, so it is written
 * without Jackson, which took 7 % of alert-service's CPU at 400 articles/s (docs/performance.md).
 *
 * <p>Releases before this one wrote JSON, which still reads (an upgrade keeps its boards) and is written back in this
 * format when the article reports again.
 */
public final class ArticleFiguresSerde extends VersionedSerde<ArticleFigures> {

    static final int VERSION = 1;
    /** More reports than any article makes for one board: a count past it is no count of reports. */
    private static final int MAX_REPORTS = 10_000;

    public ArticleFiguresSerde() {
        super("an article's figures", VERSION, ArticleFigures.class);
    }

    @Override
    protected int bodySize(ArticleFigures figures) {
        return 256 * (1 + figures.reports().size()); // a guess
    }

    @Override
    protected void write(BinaryWriter out, ArticleFigures figures) {
        out.writeString(figures.actor()).writeString(figures.actorAr()).writeString(figures.category().name())
                .writeString(figures.articleId()).writeInt(figures.reports().size());
        for (FigureReport report : figures.reports()) {
            out.writeString(report.articleId()).writeString(report.title()).writeString(report.url())
                    .writeString(report.outlet()).writeLong(report.reportedAt()).writeString(report.speaker())
                    .writeString(report.speakerAr()).writeString(report.place()).writeString(report.placeAr())
                    .writeString(report.text());
            writeNullable(out, report.low());
            writeNullable(out, report.high());
            out.writeBoolean(report.approximate()).writeBoolean(report.vague());
        }
    }

    @Override
    protected ArticleFigures read(BinaryReader in) {
        String actor = in.readString();
        String actorAr = in.readString();
        FigureCategory category = category(in, in.readString());
        String articleId = in.readString();
        int count = in.readCount(MAX_REPORTS, "reports");
        List<FigureReport> reports = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            reports.add(new FigureReport(in.readString(), in.readString(), in.readString(), in.readString(),
                    in.readLong(), in.readString(), in.readString(), in.readString(), in.readString(),
                    in.readString(), readNullable(in), readNullable(in), in.readBoolean(), in.readBoolean()));
        }
        return new ArticleFigures(actor, actorAr, category, articleId, List.copyOf(reports));
    }

    private static void writeNullable(BinaryWriter out, Double value) {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeDouble(value);
        }
    }

    private static Double readNullable(BinaryReader in) {
        return in.readBoolean() ? in.readDouble() : null;
    }

    private static FigureCategory category(BinaryReader in, String name) {
        try {
            return FigureCategory.valueOf(String.valueOf(name));
        } catch (IllegalArgumentException e) {
            throw in.invalid("no figure category " + name);
        }
    }
}
