package io.raqib.ingest.dates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds datelines written relative to the moment the page was fetched: "قبل 3 سنوات", "منذ ساعتين",
 * "قبل خمسة أيام", "أمس", "اليوم", "3 hours ago", "yesterday". They are estimates by nature, so every result is
 * approximate; a relative phrase is anchored at the fetch time ("قبل يومين" is the fetch time minus two days,
 * "أمس" minus one), unless a time of day follows a day word ("أمس الساعة 10:30").
 */
final class RelativeDateFinder {

    /** A relative date and whether it is a bare word such as "اليوم", which is often no dateline at all. */
    record RelativeMatch(PublicationDate date, boolean bareWord) {
    }

    private static final String NOT_AFTER_LETTER = "(?<![\\p{L}])";
    private static final String NOT_BEFORE_LETTER = "(?![\\p{L}])";
    /** Conjunctions and prepositions that Arabic writes joined to the next word: "وقبل"، "بالأمس". */
    private static final String CLITIC = "(?:" + FoldedText.fold("وب") + "|" + FoldedText.fold("فب") + "|"
            + FoldedText.fold("و") + "|" + FoldedText.fold("ف") + "|" + FoldedText.fold("ب") + ")?";
    private static final String HEDGE = Alternation.of(List.of("نحو", "حوالي", "حوالى", "قرابة", "زهاء",
            "أكثر من", "أقل من", "ما يقارب", "ما يزيد على", "ما يزيد عن"));

    /**
     * "before N units" in Arabic: a count in digits or words, or a singular or dual unit alone. Not when
     * followed by "من"/"على" ("قبل ساعة من الانفجار" is an hour before the blast), by a number ("منذ عام 2003"
     * is since the year 2003) or by a weekday ("قبل يوم الجمعة").
     */
    private static final Pattern ARABIC_AGO = Pattern.compile(NOT_AFTER_LETTER + CLITIC
            + Alternation.of(List.of("قبل", "منذ")) + "\\s+(?:" + HEDGE + "\\s+)?"
            + "(?:(\\d{1,3})\\s*|(" + NumberWords.ARABIC_PATTERN + ")\\s+)?"
            + "(" + RelativeUnit.ARABIC_PATTERN + ")" + NOT_BEFORE_LETTER
            + "(?!\\s*\\d)(?!\\s+" + Alternation.of(List.of("من", "على", "عن")) + NOT_BEFORE_LETTER + ")"
            + "(?!\\s+(?:" + FoldedText.fold("يوم") + "\\s+)?" + WeekdayNames.ARABIC_PATTERN + ")");

    /** "3 hours ago", "an hour ago", "two days ago". */
    private static final Pattern ENGLISH_AGO = Pattern.compile(NOT_AFTER_LETTER + "(?:(\\d{1,3})|("
            + NumberWords.ENGLISH_PATTERN + "))\\s*(" + RelativeUnit.ENGLISH_PATTERN + ")\\s+ago"
            + NOT_BEFORE_LETTER);

    /** "قبل قليل", "منذ لحظات", "just now": moments ago, read as the fetch time itself. */
    private static final Pattern JUST_NOW = Pattern.compile(NOT_AFTER_LETTER + CLITIC + "(?:"
            + Alternation.of(List.of("قبل", "منذ")) + "\\s+" + Alternation.of(List.of("قليل", "لحظات", "دقائق قليلة"))
            + "|just\\s+now)" + NOT_BEFORE_LETTER);

    private static final String NOT_NARRATIVE_TODAY = "(?<!" + FoldedText.fold("ذلك") + " )(?<!"
            + FoldedText.fold("حتى") + " )(?<!" + FoldedText.fold("إلى") + " )";

    /**
     * Bare day words. "اليوم" followed by another definite word is "the X day" ("اليوم التالي", "اليوم
     * العالمي"), not today, unless that word is a weekday or "الساعة" ("اليوم الأحد", "اليوم الساعة 10").
     * "حتى اليوم" and "ذلك اليوم" are narrative.
     */
    private static final Pattern DAY_WORD = Pattern.compile(NOT_AFTER_LETTER + CLITIC + "(?:("
            + Alternation.of(List.of("أول أمس", "أول من أمس", "قبل أمس")) + ")|("
            + Alternation.of(List.of("أمس", "الأمس", "البارحة", "yesterday")) + ")|" + NOT_NARRATIVE_TODAY + "("
            + Alternation.of(List.of("اليوم", "today")) + ")(?!\\s+(?!(?:" + WeekdayNames.ARABIC_PATTERN + "|"
            + FoldedText.fold("الساعة") + ")" + NOT_BEFORE_LETTER + ")" + FoldedText.fold("ال") + "))"
            + NOT_BEFORE_LETTER);

    /**
     * Every relative date that starts before folded index {@code limit}, first one first. Callers pass the end
     * of the article's head: further down, relative phrases are narrative, and scanning for them is wasted.
     */
    List<RelativeMatch> findAll(FoldedText text, int limit, Instant fetchedAt, ZoneId zone,
            Plausibility plausibility) {
        String folded = text.folded();
        ZonedDateTime now = fetchedAt.atZone(zone);
        List<RelativeMatch> found = new ArrayList<>();

        HeadMatches agoMatches = new HeadMatches(ARABIC_AGO, folded, limit);
        while (agoMatches.next()) {
            Matcher ago = agoMatches.matcher();
            RelativeUnit unit = RelativeUnit.of(ago.group(3)).orElseThrow();
            Optional<Integer> count = ago.group(1) != null ? NumberWords.value(ago.group(1))
                    : ago.group(2) != null ? NumberWords.value(ago.group(2))
                    : Optional.of(unit.impliedCount()).filter(n -> n != RelativeUnit.NO_COUNT);
            count.ifPresent(n -> add(found, text, ago.start(), ago.end(), now.minus(n, unit.unit()), false,
                    plausibility));
        }
        HeadMatches englishMatches = new HeadMatches(ENGLISH_AGO, folded, limit);
        while (englishMatches.next()) {
            Matcher english = englishMatches.matcher();
            RelativeUnit unit = RelativeUnit.of(english.group(3)).orElseThrow();
            int n = NumberWords.value(english.group(1) != null ? english.group(1) : english.group(2)).orElseThrow();
            add(found, text, english.start(), english.end(), now.minus(n, unit.unit()), false, plausibility);
        }
        HeadMatches justNowMatches = new HeadMatches(JUST_NOW, folded, limit);
        while (justNowMatches.next()) {
            Matcher justNow = justNowMatches.matcher();
            add(found, text, justNow.start(), justNow.end(), now, false, plausibility);
        }
        HeadMatches dayWordMatches = new HeadMatches(DAY_WORD, folded, limit);
        while (dayWordMatches.next()) {
            Matcher dayWord = dayWordMatches.matcher();
            int daysBack = dayWord.group(1) != null ? 2 : dayWord.group(2) != null ? 1 : 0;
            ZonedDateTime when = now.minusDays(daysBack);
            int end = dayWord.end();
            Optional<TimeOfDayReader.TimeOfDay> time = TimeOfDayReader.readAt(folded, end);
            if (time.isPresent()) {
                // "أمس الساعة 10:30": the day is relative, the time is as written (in its zone if it has one).
                ZoneId timeZone = time.get().zone() != null ? time.get().zone() : zone;
                when = when.toLocalDate().atTime(time.get().time()).atZone(timeZone);
                end = time.get().end();
            }
            add(found, text, dayWord.start(), end, when, true, plausibility);
        }
        found.sort(Comparator.comparingInt(match -> match.date().start()));
        return found;
    }

    private static void add(List<RelativeMatch> found, FoldedText text, int start, int end, ZonedDateTime when,
            boolean bareWord, Plausibility plausibility) {
        Instant instant = when.toInstant();
        LocalDate day = when.toLocalDate();
        if (plausibility.accepts(day, instant)) {
            found.add(new RelativeMatch(new PublicationDate(instant, true, text.originalText(start, end),
                    text.originalStart(start), text.originalEnd(end), PublicationDate.Source.RELATIVE), bareWord));
        }
    }
}
