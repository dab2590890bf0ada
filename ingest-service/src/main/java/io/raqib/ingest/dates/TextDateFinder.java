package io.raqib.ingest.dates;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Picks the publication date out of an article's text.
 *
 * <p>A text holds many dates, and most are about events, not about the article. We cannot tell them apart by
 * form: "3 آذار 2019" reads the same in a dateline and in "the attack of 3 March 2019". What we can use is
 * position. Publishers put the dateline or byline at the very top, so the FIRST date-looking string within the
 * first {@value #HEAD_CHARS} characters wins. Within that head:
 * <ol>
 *   <li>a full calendar date or an explicit relative phrase ("قبل 3 ساعات", "2 hours ago"), whichever comes
 *       first;</li>
 *   <li>only when there is none, a bare day word ("اليوم", "أمس", "today"): those are also names ("روسيا
 *       اليوم", the newspaper "اليوم") and narrative ("قال أمس"), so they must not beat a real dateline that
 *       happens to come a few words later;</li>
 * </ol>
 * and only when the head has nothing, the first full calendar date anywhere: it may be an event date, but an
 * event date is usually close to the publication date, closer than nothing. Relative phrases after the head
 * are narrative ("وقعت المعركة قبل يومين") and are not used.
 *
 * <p>Dates that cannot be publication dates (impossible days, years before 1990 or after next year, moments
 * more than two days after the fetch) are skipped, and the next candidate gets its chance.
 */
final class TextDateFinder {

    static final int HEAD_CHARS = 300;

    private final AbsoluteDateFinder absolute = new AbsoluteDateFinder();
    private final RelativeDateFinder relative = new RelativeDateFinder();

    Optional<PublicationDate> find(String text, Instant fetchedAt, ZoneId zone) {
        FoldedText folded = FoldedText.of(text);
        Plausibility plausibility = Plausibility.fetchedAt(fetchedAt, zone);
        Optional<PublicationDate> firstCalendarDate = absolute.findFirst(folded, zone, plausibility,
                PublicationDate.Source.TEXT);
        List<RelativeDateFinder.RelativeMatch> relativeDates = relative.findAll(folded,
                folded.foldedIndex(HEAD_CHARS), fetchedAt, zone, plausibility);

        Optional<PublicationDate> firstPhrase = relativeDates.stream()
                .filter(match -> !match.bareWord()).map(RelativeDateFinder.RelativeMatch::date).findFirst();
        Optional<PublicationDate> dateline = earlier(firstCalendarDate, firstPhrase).filter(TextDateFinder::inHead);
        if (dateline.isPresent()) {
            return dateline;
        }
        Optional<PublicationDate> dayWord = relativeDates.stream()
                .filter(RelativeDateFinder.RelativeMatch::bareWord).map(RelativeDateFinder.RelativeMatch::date)
                .findFirst().filter(TextDateFinder::inHead);
        return dayWord.isPresent() ? dayWord : firstCalendarDate;
    }

    private static boolean inHead(PublicationDate date) {
        return date.start() < HEAD_CHARS;
    }

    private static Optional<PublicationDate> earlier(Optional<PublicationDate> a, Optional<PublicationDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return b.get().start() < a.get().start() ? b : a;
    }
}
