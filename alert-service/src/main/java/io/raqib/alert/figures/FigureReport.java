package io.raqib.alert.figures;

/**
 * One figure as an article reported it, kept on its board. Times are epoch milliseconds and the Arabic labels are
 * the gazetteer's, so that the record stays plain JSON.
 *
 * @param outlet     the outlet that published the article
 * @param reportedAt when: the article's publication time, or its fetch time when it has none
 * @param speaker    who the sentence attributes the figure to (canonical), null when nobody is named
 * @param place      where the figure stands (canonical), null when no place is named near it
 * @param text       the figure as written (نحو ألفي مقاتل)
 * @param low        lower bound, null for "up to"
 * @param high       upper bound, null for "more than"
 */
public record FigureReport(String articleId, String title, String url, String outlet, long reportedAt, String speaker,
        String speakerAr, String place, String placeAr, String text, Double low, Double high, boolean approximate,
        boolean vague) {

    /** Who the estimate is from, for grouping: the speaker, or else the outlet that printed it. */
    static String sourceOf(FigureReport report) {
        return report.speaker() != null ? report.speaker() : report.outlet();
    }
}
