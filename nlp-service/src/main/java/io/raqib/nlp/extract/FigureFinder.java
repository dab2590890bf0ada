package io.raqib.nlp.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.raqib.nlp.extract.CountedNouns.Noun;
import io.raqib.nlp.extract.Hedges.Bound;
import io.raqib.nlp.extract.Hedges.Hedge;
import io.raqib.nlp.extract.Tokens.Kind;
import io.raqib.nlp.extract.Tokens.Token;
import io.raqib.schemas.Figure;
import io.raqib.schemas.FigureCategory;

/**
 * Threat figures: a quantity (digits, number words, or a vague order of magnitude such as المئات), its hedge
 * (نحو، أكثر من، لا يزيد قوامها على), its range (ما بين 20 إلى 30 ألفا), and its category, read in this order:
 * <ol>
 * <li>what is counted: the noun after the number ({@link CountedNouns}), or the group it is part of (ثلاثة منهم،
 * بينهم نحو ألفي أجنبي، بين القتلى ثلاثة), or the noun before it in its clause (عدد عناصر التنظيم يناهز ستة آلاف);</li>
 * <li>the event around it, which says more ({@link FigureEvents}): مقتل 12 مسلحا، ونحو 370 من مسلحي التنظيم;</li>
 * <li>custody ({@link Custody}): fighters in a prison or a camp are detainees;</li>
 * <li>whose men they are ({@link Forces}): ISIS's fighters, the army's troops, the police's personnel.</li>
 * </ol>
 * A hedged number with nothing counted that speaks of the same count again (بعد أن كان يتجاوز 70 ألفا، العدد الفعلي
 * يتجاوز 5 آلاف) counts what the figure before it in the sentence counted. Years, dates, durations, unit names, page
 * numbers, shares and "one of" (أحد المتهمين) are not figures.
 */
final class FigureFinder {

    /** Words after which a number names something (a year, a unit, a page), unless a counted noun follows it. */
    private static final SpanMap<Boolean> NAMES_A_THING = folded("عام", "العام", "لعام", "سنه", "لسنه", "الفرقه",
            "اللواء", "الفوج", "الكتيبه", "رقم", "العدد", "عدد", "صفحه", "الصفحه", "القرار", "الماده", "الساعه",
            "المرحله", "الجوله", "قطاع", "القطاع", "طريق", "الطريق");

    /** Words before a year: a number of four digits after them is a year even with a noun after it. */
    private static final SpanMap<Boolean> YEAR_WORDS = folded("عام", "العام", "لعام", "سنه", "لسنه", "السنه",
            "وعام", "منذ");
    /** Months and parts of a year: a number of four digits right after them is a year (في آب 2023 هجوما). */
    private static final SpanMap<Boolean> MONTHS = folded("كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز",
            "اب", "ايلول", "تشرين", "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر",
            "اكتوبر", "نوفمبر", "ديسمبر", "صيف", "شتاء", "ربيع", "خريف", "مطلع", "منتصف", "اواخر", "اوايل", "بدايه",
            "نهايه", "اواسط");
    /** The second word of كانون الثاني، تشرين الأول. */
    private static final SpanMap<Boolean> FIRST_SECOND = folded("الاول", "الثاني");
    /** Definite ordinals, whose teens are written with عشر (الرابعة عشرة). */
    private static final SpanMap<Boolean> ORDINALS = folded("الحادي", "الحاديه", "الثاني", "الثانيه", "الثالث",
            "الثالثه", "الرابع", "الرابعه", "الخامس", "الخامسه", "السادس", "السادسه", "السابع", "السابعه", "الثامن",
            "الثامنه", "التاسع", "التاسعه");
    /** Words right after a number that make it a time, a date or a share. */
    private static final SpanMap<Boolean> NOT_COUNTS = folded("سنوات", "سنه", "سنين", "عاما", "اعوام", "عام", "ايام",
            "يوما", "يوم", "اشهر", "شهرا", "شهور", "ساعات", "ساعه", "دقائق", "دقيقه", "اسابيع", "اسبوعا", "ثانيه",
            "بالمئة", "بالمائة", "مئة", "مائة", "مره", "مرات", "كانون", "شباط", "اذار", "نيسان", "ايار",
            "حزيران", "تموز", "اب", "ايلول", "تشرين", "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو",
            "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "هجري", "ميلادي", "درجه");

    /** Measures no category counts: نحو 50 كيلوغراما من المتفجرات، 400 كيلومتر من الحدود (كيلومتر مربع is an area). */
    private static final SpanMap<Boolean> MEASURES = folded("كيلوغرام", "كيلوغراما", "كغم", "كيلو", "طن", "طنا", "اطنان",
            "متر", "مترا", "امتار", "كيلومتر", "كيلومترا", "كيلومترات", "كم", "ميل", "لتر", "لترا", "برميل");

    /** Vague quantities: the word, and the range it spans. */
    private record Vague(double low, double high) {
    }

    private static final Map<String, Vague> VAGUE = Map.of(
            FoldedText.fold("عشرات"), new Vague(10, 99), FoldedText.fold("مئات"), new Vague(100, 999),
            FoldedText.fold("آلاف"), new Vague(1000, 9999), FoldedText.fold("ملايين"), new Vague(1e6, 9.99e6));
    /** Words that may start a vague amount: عدة آلاف، بضع مئات, or one of {@link #VAGUE}. */
    private static final String[] VAGUE_WORDS = java.util.stream.Stream.concat(VAGUE.keySet().stream(),
            java.util.stream.Stream.of("عده", "بضع", "بضعه")).toArray(String[]::new);
    private static final SpanMap<Boolean> VAGUE_ENDINGS = SpanMap.setOf(java.util.Arrays.asList(VAGUE_WORDS));
    /**
     * The number words and the vague ones: a word ending like none of them starts no quantity, since all that is
     * read off a word is past a clitic or the article at its front (بثلاثة، الخمسة، بالآلاف).
     */
    private static final SpanMap<Boolean> QUANTITY_WORDS = SpanMap.setOf(java.util.stream.Stream.concat(
            ArabicNumbers.words().stream(), java.util.Arrays.stream(VAGUE_WORDS)).toList());

    /** Words that count the rest of a group named before: اثنان آخران، الخمسة الباقين، الأربعة الآخرين. */
    private static final String[] REST = {"اخرين", "اخرون", "اخران", "اخريين", "باقين", "الباقين", "الباقون",
        "الاخرين", "الاخرون"};
    private static final SpanMap<Boolean> THE_REST = folded(REST);
    /** Words that count part of a group named before: ثلاثة منهم, and the rest. */
    private static final SpanMap<Boolean> PARTITIVES = folded(java.util.stream.Stream.concat(
            java.util.Arrays.stream(REST), java.util.stream.Stream.of("منهم", "منهن")).toArray(String[]::new));
    private static final SpanMap<Boolean> OF_PEOPLE = folded("منهم", "منهن");
    /** The rest of a group: those to whom what was told of the others did not happen. */
    private static final SpanMap<Boolean> REMAINING = folded("باقين", "الباقين", "الباقون");
    private static final Set<FigureCategory> CASUALTIES = java.util.EnumSet.of(FigureCategory.CASUALTIES_KILLED,
            FigureCategory.CASUALTIES_WOUNDED);
    /** Right before a number, these make it part of the group counted before: بينهم نحو ألفي أجنبي. */
    private static final SpanMap<Boolean> AMONG_THEM = folded("بينهم", "بينها", "بينهن", "منهم", "منها", "منهن",
            "وبينهم", "وبينها", "ومنهم");
    /** Before منها, these make it "each of them": الواحدة منها خمسة is the size of each, not a part of the group. */
    private static final SpanMap<Boolean> EACH = folded("الواحده", "الواحد", "كل");
    /** Words that speak of a count said before, again: بعد أن كان، العدد الفعلي، ارتفع عددهم. */
    private static final SpanMap<Boolean> SAME_COUNT = folded("كان", "كانت", "العدد", "عددهم", "عددها", "الرقم",
            "الحصيله", "ارتفع", "ارتفعت", "يرتفع", "ليرتفع", "ترتفع", "لترتفع", "انخفض", "انخفضت", "تراجع",
            "تراجعت");
    /** Verbs between the comma and وعددهم: ويقدر عددهم بخمسة، ويبلغ عددهم. */
    private static final SpanMap<Boolean> ESTIMATED = folded("يقدر", "ويقدر", "يبلغ", "ويبلغ", "البالغ", "يتراوح",
            "ويتراوح");
    /** Right before a number after a comma, these make it a count of what the clause before named: وعددهم ستة. */
    private static final SpanMap<Boolean> APPOSED = folded("وهم", "وعددهم", "وعددها", "عددهم");
    /** Their number, pointing back at people named before the comma. */
    private static final SpanMap<Boolean> THEIR_NUMBER = folded("عددهم", "وعددهم");
    /** How far after its comma a count estimated with عددهم may stand. */
    private static final int APPOSED_REACH = 10;
    /** After a figure, hedges that make it a bound: 19 شخصا على الأقل، 500 مقاتل على الأكثر، كحد أقصى. */
    private static final String[][] BOUNDS_AFTER = {{"علي", "الاقل"}, {"علي", "اقل", "تقدير"}, {"كحد", "ادني"},
        {"علي", "الاكثر"}, {"كحد", "اقصي"}};
    private static final Bound[] BOUNDS_AFTER_ARE = {Bound.AT_LEAST, Bound.AT_LEAST, Bound.AT_LEAST, Bound.AT_MOST,
        Bound.AT_MOST};
    private static final SpanMap<Boolean> OF_IT = folded("منها", "منهم");
    /** What is measured of each: قيمة الواحدة منها. */
    private static final SpanMap<Boolean> MEASURED = folded("قيمه", "حجم", "مساحه");
    /** Words that name a count between its hedge and its number: لم يتجاوز عدد المسلحين 50. */
    private static final SpanMap<Boolean> COUNT_WORDS = folded("عدد", "اعداد", "حصيله", "تعداد");
    private static final int SAME_COUNT_REACH = 9;
    /** How far before its number the عدد of a hedge split around it may stand. */
    private static final int SPLIT_HEDGE_REACH = 14;

    private static final Set<FigureCategory> PEOPLE_COUNTS = java.util.EnumSet.of(FigureCategory.FIGHTERS,
            FigureCategory.TROOPS, FigureCategory.SECURITY_PERSONNEL, FigureCategory.DETAINEES,
            FigureCategory.CASUALTIES_KILLED, FigureCategory.CASUALTIES_WOUNDED, FigureCategory.PEOPLE);
    /** Categories that say what happened to people, not what they are. */
    private static final Set<FigureCategory> EVENTS = java.util.EnumSet.of(FigureCategory.CASUALTIES_KILLED,
            FigureCategory.CASUALTIES_WOUNDED, FigureCategory.DETAINEES);
    /** Categories no event changes: 3 ملايين دولار stay money whatever happened around them. */
    private static final Set<FigureCategory> THINGS = java.util.EnumSet.of(FigureCategory.MONEY, FigureCategory.AREA,
            FigureCategory.WEAPONS);
    /** The people whose fate a later word may tell (ما أدى إلى مقتلهم): not the detained, killed or wounded. */
    private static final Set<FigureCategory> FATES_TOLD_LATER = java.util.EnumSet.of(FigureCategory.FIGHTERS,
            FigureCategory.TROOPS, FigureCategory.SECURITY_PERSONNEL, FigureCategory.PEOPLE);
    private static final SpanMap<Boolean> FOREIGNERS = folded("اجنبي", "اجانب");
    /** Nouns for the members of any force, fighters by default: عنصر، عناصر، مقاتل. */
    private static final SpanMap<Boolean> MEMBERS_OF_ANY = folded("عنصر", "عناصر", "مقاتل");
    private static final Set<FigureCategory> FORCES = java.util.EnumSet.of(FigureCategory.TROOPS,
            FigureCategory.SECURITY_PERSONNEL);
    private static final SpanMap<Boolean> SENTENCE_ENDS = SpanMap.setOf(List.of(".", "!", "?", "؟"));
    private static final SpanMap<FigureCategory> FORCE_WORDS = SpanMap.of(Map.of("الشرطه",
            FigureCategory.SECURITY_PERSONNEL, "الامن", FigureCategory.SECURITY_PERSONNEL, "الجيش",
            FigureCategory.TROOPS, "الجيوش", FigureCategory.TROOPS));
    /** Army units: عنصر من الفرقة الرابعة are soldiers. */
    private static final SpanMap<Boolean> UNITS = folded("الفرقه", "اللواء", "الفوج", "الكتيبه", "القطعات",
            "الوحدات", "الالويه", "الافواج", "مختلف");
    /** Taking part (in an operation): شاركوا في العملية، شارك فيها، بمشاركة. */
    private static final SpanMap<Boolean> TAKING_PART = folded("شارك", "شاركوا", "يشارك", "يشاركون", "تشارك",
            "مشاركه", "المشاركين", "المشاركون", "مشاركين");
    private static final int TAKES_PART_REACH = 4;

    private FigureFinder() {
    }

    private static SpanMap<Boolean> folded(String... words) {
        return SpanMap.setOf(java.util.Arrays.stream(words).map(FoldedText::fold).toList());
    }

    /** Figures with no organisation known: each keeps the category of what it counts. */
    static List<Figure> find(FoldedText text) {
        return find(text, Forces.NONE);
    }

    static List<Figure> find(FoldedText text, Forces forces) {
        List<Token> tokens = text.tokens();
        List<Figure> figures = new ArrayList<>();
        Found previous = null;
        int i = 0;
        while (i < tokens.size()) {
            Quantity quantity = quantityAt(text, tokens, i);
            if (quantity == null) {
                quantity = dualAt(tokens, i);
            }
            if (quantity == null) {
                i++;
                continue;
            }
            Found found = figure(text, tokens, quantity, previous, forces);
            if (found != null) {
                figures.add(found.figure);
                previous = found;
            }
            i = Math.max(quantity.to, i + 1);
        }
        return figures;
    }

    /** A number, range or vague amount at tokens [from, to); low/high before the hedge is applied. */
    private record Quantity(int from, int to, double low, double high, double scale, boolean vague,
            boolean afterItsNoun, Noun dual) {

        Quantity(int from, int to, double low, double high, double scale, boolean vague) {
            this(from, to, low, high, scale, vague, false, null);
        }

        Quantity(int from, int to, double low, double high, double scale, boolean vague, boolean afterItsNoun) {
            this(from, to, low, high, scale, vague, afterItsNoun, null);
        }
    }

    /** Two of a noun told by its dual ending (سيارتين مفخختين، قتل مسلحان): the noun is its own count. */
    private static Quantity dualAt(List<Token> tokens, int i) {
        Noun dual = Duals.at(tokens, i);
        return dual == null ? null : new Quantity(i, dual.end(), 2, 2, 1, false, false, dual);
    }

    /** A figure found, with what the next one may take over: the event it came from, and its last token. */
    private record Found(Figure figure, FigureCategory event, int end, boolean among, Found earlier) {
    }

    private static Quantity quantityAt(FoldedText text, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.kind() == Kind.PUNCTUATION || token.kind() == Kind.WORD && !token.mayEndWordOf(QUANTITY_WORDS)) {
            return null; // most tokens: no number word, vague amount or digit can start here
        }
        Vague vague = vague(text, tokens, i);
        if (vague != null) {
            return new Quantity(i, vagueEnd(tokens, i), vague.low, vague.high, vague.low, true);
        }
        boolean between = i > 0 && tokens.get(i - 1).is("بين");
        ArabicNumbers.Reading low = ArabicNumbers.read(tokens, i, !between);
        if (low == null) {
            return theRest(tokens, i);
        }
        if (low.value() == 10 && tokens.get(i).kind() == Kind.WORD && i > 0 && tokens.get(i - 1).in(ORDINALS) != null) {
            return null; // الدفعة الرابعة عشرة: the teen of an ordinal, no count
        }
        if (low.value() == 1 && tokens.get(i).kind() == Kind.WORD && low.to() == i + 1) {
            return null; // أحد المتهمين، كل واحد منهم: one of a group, not a count
        }
        boolean rangeIntro = between || (i > 0 && tokens.get(i - 1).is("من"));
        int connector = low.to();
        // بنحو ثلاثة آلاف إلى أربعة آلاف: إلى between two numbers joins a range even with no بين or من before it.
        ArabicNumbers.Reading high = rangeIntro || connector < tokens.size() && (tokens.get(connector).is("الي")
                || tokens.get(connector).is("حتي")) ? secondEnd(tokens, connector) : null;
        if (high != null) {
            // "بين 20 إلى 30 ألفا": the scale written once belongs to both ends; not to "بين 800 وألف", whose upper
            // end is the scale word alone.
            double lowValue = low.scale() == 1 && high.scale() > 1 && low.value() < high.scale()
                    && high.value() != high.scale() ? low.value() * high.scale() : low.value();
            if (lowValue > high.value() && low.value() <= high.value()) {
                lowValue = low.value(); // بين 500 و5 آلاف دولار: the scale is the upper end's alone
            }
            if (lowValue <= high.value()) {
                int from = !rangeIntro ? i : i - (between && i > 1 && tokens.get(i - 2).is("ما") ? 2 : 1);
                return new Quantity(from, high.to(), lowValue, high.value(), high.scale(), false);
            }
        }
        ArabicNumbers.Reading other = alternative(tokens, low);
        if (other != null) {
            return new Quantity(i, other.to(), low.value(), other.value(), other.scale(), false);
        }
        return new Quantity(i, low.to(), low.value(), low.value(), low.scale(), false);
    }

    /** ثلاثة أو أربعة، 20 أو 30 ألفا: two numbers joined by أو are a range, the lower first. */
    private static ArabicNumbers.Reading alternative(List<Token> tokens, ArabicNumbers.Reading low) {
        if (low.to() + 1 >= tokens.size() || !tokens.get(low.to()).is("او")) {
            return null;
        }
        ArabicNumbers.Reading high = ArabicNumbers.read(tokens, low.to() + 1, true);
        return high != null && high.value() > low.value() && low.scale() == high.scale() ? high : null;
    }

    /**
     * الخمسة الباقين، الأربعة الآخرين: a small number word with the article, counting the rest of a group; or
     * after the people it counts, as their adjective (اعتقال أفرادها الثمانية، المعتقلين الثلاثة).
     */
    private static Quantity theRest(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.kind() != Kind.WORD || !token.startsWith("ال", 0)) {
            return null;
        }
        boolean rest = i + 1 < tokens.size() && tokens.get(i + 1).in(THE_REST) != null;
        Noun people = rest ? null : CountedNouns.at(tokens, i - 1);
        if (!rest && (people == null || !PEOPLE_COUNTS.contains(people.category()))) {
            return null;
        }
        ArabicNumbers.Reading reading = ArabicNumbers.read(List.of(token.from(2)), 0, false);
        return reading == null || reading.value() >= 100 || reading.value() < 2 ? null
                : new Quantity(i, i + 1, reading.value(), reading.value(), 1, false, !rest);
    }

    /** The upper end of a range after its connector: إلى 30، و30، - 30، or وعشرين written as one word. */
    private static ArabicNumbers.Reading secondEnd(List<Token> tokens, int connector) {
        if (connector >= tokens.size()) {
            return null;
        }
        Token token = tokens.get(connector);
        if (token.is("الي") || token.is("و") || token.is("حتي") || token.hasText("-")) {
            return ArabicNumbers.read(tokens, connector + 1, true);
        }
        if (token.kind() == Kind.WORD && token.length() > 1 && token.charAt(0) == 'و') {
            return ArabicNumbers.read(replaced(tokens, connector, token.from(1)), connector, true);
        }
        return null;
    }

    /** The tokens with the one at {@code index} replaced, as a view: the list is not copied. */
    private static List<Token> replaced(List<Token> tokens, int index, Token token) {
        return new java.util.AbstractList<>() {
            @Override
            public Token get(int i) {
                return i == index ? token : tokens.get(i);
            }

            @Override
            public int size() {
                return tokens.size();
            }
        };
    }

    /** المئات، عشرات الآلاف، بضع مئات، عدة آلاف ... */
    private static Vague vague(FoldedText text, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.kind() != Kind.WORD || !mayBeVague(token)) {
            return null;
        }
        String word = vagueWord(token.text());
        if (word.equals("عده") && text.original().charAt(text.end(token.end()) - 1) == 'ه') {
            return null; // بعده عشرات العمليات: after it (a pronoun), not بعدة, which folds alike
        }
        if ((word.equals("عده") || word.equals("بضع") || word.equals("بضعه")) && i + 1 < tokens.size()) {
            Vague next = VAGUE.get(vagueWord(tokens.get(i + 1).text()));
            return next == null ? null : new Vague(next.low * 2, next.high);
        }
        Vague vague = VAGUE.get(word);
        if (vague == null) {
            return null;
        }
        if (i > 0 && tokens.get(i - 1).kind() == Kind.NUMBER && ArabicNumbers.digits(tokens.get(i - 1).text()) <= 10) {
            return null; // "3 آلاف" is a number with its scale, not a vague amount ("2014 آلاف" is: see ArabicNumbers)
        }
        double scale = i + 1 < tokens.size() ? ArabicNumbers.scale(tokens.get(i + 1).stripped()) : 0;
        if (scale > 0) {
            return new Vague(vague.low * scale, (vague.high + 1) * scale - 1);
        }
        return vague;
    }

    /**
     * Whether a written word ends like one of {@link #VAGUE_WORDS}: {@link #vagueWord} only takes clitics off the
     * front, so a word ending otherwise is none of them (and most words are not, so they are spared the rest).
     */
    private static boolean mayBeVague(Token written) {
        if (!written.mayEndWordOf(VAGUE_ENDINGS)) {
            return false;
        }
        char last = written.charAt(written.length() - 1);
        for (String word : VAGUE_WORDS) {
            if (word.charAt(word.length() - 1) == last && written.endsWith(word)) {
                return true;
            }
        }
        return false;
    }

    /** آلاف، الآلاف، بالآلاف، بعشرات: the vague word under its clitics (آلاف folds to الاف, which is no article). */
    private static String vagueWord(String written) {
        if (VAGUE.containsKey(written) || written.equals("بضع") || written.equals("بضعه")) {
            return written; // بضعة is no ب + ضعة
        }
        String stripped = Clitics.strip(written);
        if (VAGUE.containsKey(stripped)) {
            return stripped;
        }
        return Clitics.glued(written.charAt(0)) && written.length() > 3 ? Clitics.strip(written.substring(1))
                : stripped;
    }

    private static int vagueEnd(List<Token> tokens, int i) {
        String word = vagueWord(tokens.get(i).text());
        int end = word.equals("عده") || word.equals("بضع") || word.equals("بضعه") ? i + 2 : i + 1;
        if (end < tokens.size() && ArabicNumbers.scale(tokens.get(end).stripped()) > 0) {
            end++;
        }
        return end;
    }

    private static Found figure(FoldedText text, List<Token> tokens, Quantity q, Found previous, Forces forces) {
        Hedge hedge = hedge(text, tokens, q);
        int first = Tokens.at(tokens, hedge.start() + 1) - 1; // the token the figure starts in (ونحو), hedge and all
        Noun noun = q.dual != null ? q.dual : CountedNouns.after(tokens, q.to);
        if (!isCount(tokens, q, hedge.bound(), noun)) {
            return null;
        }
        int apposed = apposedTo(tokens, first);
        // A range, or a number said of a group named before (وعددهم ستة), counts something even when bare.
        boolean standsAlone = hedge.bound() != null || q.scale > 1 || q.vague || q.low != q.high || apposed >= 0;
        Counted counted = counted(tokens, q, first, apposed, noun, standsAlone, previous);
        noun = counted.noun;
        FigureCategory event = FigureEvents.before(tokens, first);
        if (event == null) {
            // After the noun, or after the من that brings it in: اثنين من عناصر الحرس أصيبا.
            boolean complement = q.to < tokens.size() && tokens.get(q.to).is("من");
            event = FigureEvents.after(tokens, noun == null || complement ? q.to : noun.end());
        }
        if (event == null && apposed >= 0) {
            event = FigureEvents.ofApposed(tokens, apposed);
        }
        // A list's verb is not told of an item that says what happened to its people itself (جثث 4 مدنيين و6 جرحى).
        boolean ownFate = counted.category != null && EVENTS.contains(counted.category);
        if (event == null && !ownFate && previous != null && previous.event != null
                && (FigureEvents.joined(tokens, previous.end, first) || FigureEvents.added(tokens, previous.end, first))) {
            event = previous.event;
        }
        if (event == null && !ownFate && joinedByWa(tokens, first)) {
            event = FigureEvents.ofJoined(tokens, first);
        }
        if (event == null && (counted.category == null || FATES_TOLD_LATER.contains(counted.category))) {
            event = FigureEvents.toldLater(tokens, noun != null ? noun.end() : q.to);
        }
        FigureCategory category = counted.category;
        // Nor does it change things and events counted by their own noun (تفكيك 3 خلايا: dismantled, not detained).
        boolean cell = Cells.counted(counted.noun) && counted.named == counted.noun;
        boolean thing = THINGS.contains(category) || cell
                || category == FigureCategory.OTHER && counted.noun != null && counted.named == counted.noun;
        // A part of a group taken away or set free is told so by its own verb (يقتادوا نحو 30 آخرين، 18 منهم).
        if (event != null && (category == null || event != FigureCategory.PEOPLE && !thing
                || event == FigureCategory.PEOPLE && counted.takesOver)) {
            category = event; // a kidnapping (PEOPLE) only names who a bare count is of
        }
        if (category == null && !standsAlone) {
            return null; // a bare number with nothing counted
        }
        category = category == null ? FigureCategory.OTHER : category;
        Token after = q.to < tokens.size() ? tokens.get(q.to) : null;
        int last = noun != null ? noun.end() - 1
                // The event told us what is counted; the word after the number names it (اعتقال 40 مشتبها).
                : event != null && after != null && after.kind() == Kind.WORD && !after.is("من") ? q.to : q.to - 1;
        Bound bound = hedge.bound();
        int boundAfter = bound == null ? boundAfter(tokens, last + 1) : -1;
        if (boundAfter >= 0) {
            bound = BOUNDS_AFTER_ARE[boundAfter];
            last += BOUNDS_AFTER[boundAfter].length;
        }
        int originalStart = text.start(hedge.start());
        int originalEnd = text.end(tokens.get(last).end());
        Figure before = previous == null ? null : previous.figure;
        String actor = forces.actor(originalStart, originalEnd);
        if (actor == null && counted.takesOver) {
            actor = before.getActor();
        }
        if (actor == null && category == FigureCategory.FIGHTERS && noun != null
                && MEMBERS_OF_ANY.contains(noun.form())) {
            // Members with no group of their own: the force named before, if it acts in the sentence or the count
            // is its size (يبلغ قوامها نحو 8 آلاف عنصر).
            actor = forces.forceBefore(originalStart, sizeOfAForce(tokens, first, q.from));
        }
        // The men of a force that holds others (the Asayish guarding a camp) are not held themselves.
        boolean guards = actor != null && Forces.menOf(actor) != FigureCategory.FIGHTERS
                // a force whose size the count is (قوة قوامها 500 عنصر تتولى حماية المخيم), not one holding them
                || category == FigureCategory.FIGHTERS && sizeOfAForce(tokens, first, q.from)
                && men(tokens, first, noun, null) != FigureCategory.FIGHTERS;
        boolean foreigners = noun != null && FOREIGNERS.contains(noun.form());
        // A cell's men are at large: a prison near them is where they strike, not where they are held.
        boolean atLarge = cell || Cells.around(tokens, first) || Custody.attacking(tokens, first);
        if ((category == FigureCategory.FIGHTERS && !guards && !atLarge || foreigners) && Custody.held(tokens, q.from)
                || category == FigureCategory.PEOPLE && event == null && Custody.imprisoned(tokens, q.from)) {
            category = FigureCategory.DETAINEES;
        }
        if (category == FigureCategory.FIGHTERS && !cell) {
            category = men(tokens, first, noun, actor);
        }
        String unit = category == FigureCategory.AREA ? "km2"
                : category != FigureCategory.MONEY ? null
                : counted.named != null ? CountedNouns.CURRENCIES.get(counted.named.form())
                : counted.takesOver ? before.getUnit() : null;
        // The all-args constructor (place and source, null here, are filled in later): the builder's record.
        Figure figure = new Figure(text.original().substring(originalStart, originalEnd), originalStart, originalEnd,
                bound == Bound.AT_MOST ? null : q.low, bound == Bound.AT_LEAST ? null : q.high,
                bound == Bound.APPROXIMATE, q.vague, category, unit, actor, null, null);
        return new Found(figure, event, last + 1, counted.among, previous);
    }

    /** The hedge before the quantity, or before the count it names first (لم يتجاوز عدد المسلحين 50). */
    private static Hedge hedge(FoldedText text, List<Token> tokens, Quantity q) {
        Hedge hedge = Hedges.before(text, tokens.get(q.from).start());
        if (hedge.bound() != null) {
            return hedge;
        }
        int at = q.from;
        if (at >= 2 && tokens.get(at - 1).in(OF_IT) != null && tokens.get(at - 2).in(EACH) != null) {
            at -= 2; // لا يتجاوز عدد أفراد الواحدة منها خمسة: the size of each
            if (at >= 1 && tokens.get(at - 1).in(MEASURED) != null) {
                at--;
            }
        }
        if (at >= 2 && tokens.get(at - 1).kind() == Kind.WORD && tokens.get(at - 2).in(COUNT_WORDS) != null) {
            at -= 2;
        }
        if (at < q.from) {
            Hedge over = Hedges.before(text, tokens.get(at).start());
            if (over.bound() != null) {
                return over;
            }
        }
        Hedge around = aroundItsCount(tokens, q.from);
        return around != null ? around : hedge;
    }

    /**
     * A hedge whose verb and preposition stand on either side of the count it names (لا يزيد عدد أفراد الخلية
     * الواحدة عادة على ثمانية; لا يزيد عدد أفرادها، وفق ما لدينا من معلومات، على ستة): على or عن right before the
     * number, the verb with its negation right before عدد, in the same sentence. Null when there is none.
     */
    private static Hedge aroundItsCount(List<Token> tokens, int from) {
        if (from < 4 || !tokens.get(from - 1).is("علي") && !tokens.get(from - 1).is("عن")) {
            return null;
        }
        String preposition = tokens.get(from - 1).text();
        for (int j = from - 2; j >= 2 && j >= from - SPLIT_HEDGE_REACH; j--) {
            Token token = tokens.get(j);
            if (token.in(SENTENCE_ENDS) != null) {
                return null;
            }
            if (token.kind() == Kind.WORD && token.in(COUNT_WORDS) != null) {
                Token verb = tokens.get(j - 1);
                Token negation = tokens.get(j - 2);
                Bound bound = Hedges.of(negation.text() + " " + verb.text() + " " + preposition);
                return bound == null ? null : new Hedge(bound, negation.start());
            }
        }
        return null;
    }

    /**
     * What a figure counts, as far as its words tell: its category (null when nothing is known), its noun (or the
     * partitive standing for one), the noun the category was read off wherever it stood, and whether it counts part
     * of, or again, what the figure before counted.
     */
    private record Counted(FigureCategory category, Noun noun, Noun named, boolean takesOver, boolean among) {

        Counted(FigureCategory category, Noun noun, Noun named, boolean takesOver) {
            this(category, noun, named, takesOver, false);
        }
    }

    private static Counted counted(List<Token> tokens, Quantity q, int first, int apposed, Noun noun,
            boolean standsAlone, Found previous) {
        Figure before = previous == null ? null : previous.figure;
        boolean peopleBefore = before != null && PEOPLE_COUNTS.contains(before.getCategory());
        Token after = q.to < tokens.size() ? tokens.get(q.to) : null;
        if (q.afterItsNoun) {
            Noun people = CountedNouns.at(tokens, q.from - 1);
            return new Counted(people.category(), null, people, false); // أفرادها الثمانية
        }
        Counted counted = new Counted(noun == null ? null : noun.category(), noun, noun, false);
        Noun ofWhom = after != null && after.in(THE_REST) != null ? CountedNouns.after(tokens, q.to + 1) : null;
        if (noun == null && ofWhom != null) {
            counted = new Counted(ofWhom.category(), ofWhom, ofWhom, false); // ثلاثة آخرين من المختطفين
        } else if (noun == null && after != null && after.in(PARTITIVES) != null) {
            // منهم، منهن speak of people, منها of anything.
            FigureCategory part = peopleBefore ? before.getCategory()
                    : after.in(OF_PEOPLE) != null ? FigureCategory.PEOPLE : FigureCategory.OTHER;
            boolean takesOver = peopleBefore;
            Noun group = CountedNouns.groupBefore(tokens, first, previous == null ? 0 : previous.end);
            if (group != null) {
                part = group.category(); // الجرحى نقلوا إلى المستشفى، وحالة اثنين منهم حرجة
                takesOver = false;
            } else if (peopleBefore && after.in(REMAINING) != null && CASUALTIES.contains(part)) {
                // الثلاثة الباقين: the rest of the group some of whom were killed, not more of the killed.
                Found whole = previous.earlier;
                while (whole != null && CASUALTIES.contains(whole.figure.getCategory())) {
                    whole = whole.earlier;
                }
                if (whole != null && PEOPLE_COUNTS.contains(whole.figure.getCategory())) {
                    part = whole.figure.getCategory();
                }
            }
            Noun partitive = new Noun(part, after.text(), q.to + 1);
            counted = new Counted(partitive.category(), partitive, null, takesOver); // ثلاثة منهم
        } else if (peopleBefore && first > 0 && tokens.get(first - 1).in(AMONG_THEM) != null
                && !(first > 1 && tokens.get(first - 2).in(EACH) != null)
                && (noun == null || CountedNouns.describesMembers(noun) || EVENTS.contains(before.getCategory()))) {
            // Among 9 killed, two leaders are killed; among 35 people, 9 fighters are fighters.
            counted = new Counted(before.getCategory(), noun, noun, true, true);
        } else if (previous != null && previous.among && joinedByWa(tokens, first)
                && !sentenceEndBetween(tokens, previous.end, first)
                && (noun == null || CountedNouns.describesMembers(noun) || EVENTS.contains(before.getCategory()))) {
            // The list goes on: بينهم 187 طفلا و94 سيدة، بينهم 256 من عناصر الجيش …، و67 من مقاتلي قسد.
            counted = new Counted(before.getCategory(), noun, noun, true, true);
        } else if (first > 1 && tokens.get(first - 1).in(AMONG_THEM) != null) {
            // بينهم after a noun with no count of its own: جثث القتلى، بينهم ثلاثة من القياديين.
            int at = tokens.get(first - 2).kind() == Kind.PUNCTUATION ? first - 3 : first - 2;
            Noun group = CountedNouns.at(tokens, at);
            if (group != null && EVENTS.contains(group.category())) {
                counted = new Counted(group.category(), noun, group, false, true);
            }
        }
        Noun victims = noun != null && PEOPLE_COUNTS.contains(noun.category()) && noun.end() + 1 < tokens.size()
                && tokens.get(noun.end()).is("من") ? CountedNouns.at(tokens, noun.end() + 1) : null;
        if (victims != null && EVENTS.contains(victims.category()) && tokens.get(noun.end() + 1).startsWith("ال", 0)) {
            // جنديين من المصابين، ثلاثة جنود من القتلى: people picked out of the victims named after them.
            return new Counted(victims.category(), noun, victims, false);
        }
        Noun among = CountedNouns.among(tokens, first);
        if (among != null && (counted.category == null || EVENTS.contains(among.category()))) {
            return new Counted(among.category(), counted.noun, among, counted.takesOver); // بين القتلى ثلاثة
        }
        if (counted.category == FigureCategory.PEOPLE && noun != null && CountedNouns.anyone(noun)) {
            // بلغ عدد القتلى المدنيين في تلك الهجمات 34 شخصا: who the people are, the noun announced says.
            Noun announced = CountedNouns.announced(tokens, first);
            if (announced != null && announced.category() != FigureCategory.PEOPLE
                    && PEOPLE_COUNTS.contains(announced.category())) {
                return new Counted(announced.category(), noun, announced, counted.takesOver);
            }
            if (Cells.around(tokens, first)) {
                return new Counted(FigureCategory.FIGHTERS, noun, noun, counted.takesOver); // خلية من 6 أشخاص
            }
        }
        if (counted.category != null) {
            return counted;
        }
        if (!standsAlone) {
            // A bare number ending its clause says how many of a noun announced before it: بلغ عدد الجرحى 145.
            Noun announced = endsClause(tokens, q.to) && !isYear(tokens, q) ? CountedNouns.announced(tokens, first)
                    : null;
            announced = ofACell(tokens, announced);
            return announced == null ? counted : new Counted(announced.category(), null, announced, false);
        }
        if (namesItsOwnThing(tokens, q.to)) {
            return counted; // نحو خمسين جنسية، نحو 20 منشأة: what is counted is named, in a word no list has
        }
        Noun nounBefore = CountedNouns.before(tokens, apposed >= 0 ? apposed : first);
        if (nounBefore == null) {
            nounBefore = CountedNouns.announced(tokens, first);
        }
        if (nounBefore == null && first < q.from) {
            nounBefore = CountedNouns.announced(tokens, q.from); // inside its hedge: تجاوز عدد جرحاها 10 آلاف
        }
        nounBefore = ofACell(tokens, nounBefore);
        boolean sameSentence = previous != null && !sentenceEndBetween(tokens, previous.end, first);
        boolean sameCount = sameSentence && speaksOfSameCount(tokens, first); // بعد أن كان يتجاوز 70 ألفا
        // A thing named on the way (منذ بدء العملية) says less than a count spoken of again.
        if (nounBefore != null && !(sameCount && nounBefore.category() == FigureCategory.OTHER)) {
            return new Counted(nounBefore.category(), null, nounBefore, false); // عدد عناصر التنظيم يناهز ستة آلاف
        }
        return sameCount ? new Counted(before.getCategory(), null, null, true) : counted;
    }

    /**
     * Persons announced as counted (عدد أفرادها، عدد أفراد الخلية) who are a cell's or a band's: fighters, as the
     * same persons counted after the number are ({@link Cells}).
     */
    private static Noun ofACell(List<Token> tokens, Noun announced) {
        if (announced == null || !CountedNouns.anyone(announced)
                || !Cells.around(tokens, announced.end() - 1) && !Cells.at(tokens, announced.end())) {
            return announced;
        }
        return new Noun(FigureCategory.FIGHTERS, announced.form(), announced.end());
    }

    /**
     * What men counted as fighters are: the group's men (the SDF's are troops, the police's personnel), or, with no
     * group named, members (عنصر) of the force named before them (قوات الأمن نشرت أكثر من ألفي عنصر).
     */
    private static FigureCategory men(List<Token> tokens, int first, Noun noun, String actor) {
        if (actor != null) {
            return Forces.menOf(actor);
        }
        if (noun != null && MEMBERS_OF_ANY.contains(noun.form())) {
            Noun force = CountedNouns.before(tokens, first);
            if (force != null && FORCES.contains(force.category())) {
                return force.category();
            }
            FigureCategory of = ofAForce(tokens, noun.end());
            if (of != null) {
                return of;
            }
            if (ofAUnit(tokens, noun.end()) || takesPart(tokens, first, noun.end())) {
                return FigureCategory.TROOPS;
            }
        }
        return FigureCategory.FIGHTERS;
    }

    /**
     * The force a count of members goes on with when no organisation is named: 500 عنصر من قوات الأمن، من الشرطة
     * (security personnel), من الجيش، من القوات (troops).
     */
    private static FigureCategory ofAForce(List<Token> tokens, int end) {
        if (end + 1 >= tokens.size() || !tokens.get(end).is("من")) {
            return null;
        }
        FigureCategory force = tokens.get(end + 1).in(FORCE_WORDS);
        if (force != null) {
            return force;
        }
        Noun noun = CountedNouns.at(tokens, end + 1);
        return noun != null && FORCES.contains(noun.category()) ? noun.category() : null;
    }

    /** Whether a count of members goes on with the army unit they are of: ألفي عنصر من الفرقة 25. */
    private static boolean ofAUnit(List<Token> tokens, int end) {
        return end + 1 < tokens.size() && tokens.get(end).is("من") && tokens.get(end + 1).in(UNITS) != null;
    }

    /**
     * Whether members with no group are said to take part in an operation or a campaign (أكثر من 3 آلاف مقاتل شاركوا
     * في العملية، شارك فيها أكثر من 1500 مقاتل): the forces that run it, troops.
     */
    private static boolean takesPart(List<Token> tokens, int first, int end) {
        for (int i = Math.max(0, first - TAKES_PART_REACH); i < Math.min(tokens.size(), end + TAKES_PART_REACH); i++) {
            if (i >= first && i < end) {
                continue;
            }
            Token token = tokens.get(i);
            if (token.kind() == Kind.PUNCTUATION) {
                if (i < first) {
                    continue;
                }
                return false;
            }
            if (token.in(TAKING_PART) != null || token.stripped(TAKING_PART) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words of a hedge, or the two before it, speak of the size of a force: يبلغ قوامها نحو. */
    private static boolean sizeOfAForce(List<Token> tokens, int first, int from) {
        for (int i = Math.max(0, first - 2); i < from; i++) {
            if (tokens.get(i).startsWith("قوام", 0) || tokens.get(i).startsWith("عديد", 0)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the figure starting at token {@code first} is an item of a list, after و. */
    private static boolean joinedByWa(List<Token> tokens, int first) {
        Token token = tokens.get(first);
        return token.kind() == Kind.WORD && token.length() > 2 && token.charAt(0) == 'و'
                || first > 0 && tokens.get(first - 1).is("و");
    }

    /** Not a year, a unit's number, a page, a date, a duration, a share or a measure. */
    private static boolean isCount(List<Token> tokens, Quantity q, Bound bound, Noun noun) {
        Token before = q.from > 0 ? tokens.get(q.from - 1) : null;
        if (before != null && bound == null && noun == null && before.in(NAMES_A_THING) != null) {
            return false; // عام 2019، الفرقة 14 (but خلال العام 86 هجوما is a count)
        }
        if (before != null && before.in(YEAR_WORDS) != null && isYear(tokens, q)) {
            return false; // شهد عام 2019 حادثة مماثلة: a year, whatever noun follows it
        }
        if (before != null && isYear(tokens, q) && (before.stripped(MONTHS) != null || before.in(FIRST_SECOND) != null
                && q.from > 1 && tokens.get(q.from - 2).stripped(MONTHS) != null)) {
            return false; // شهدت في تشرين الأول 2024 هجوما مماثلا: a date, whatever noun follows it
        }
        if (q.high < 1) {
            return false; // ثلث المحتجزين: a share of a group, not a count
        }
        Token after = q.to < tokens.size() ? tokens.get(q.to) : null;
        return after == null || !(NOT_COUNTS.contains(after.stripped()) || after.hasText("%")
                || noun == null && MEASURES.contains(after.stripped())
                || after.is("في") && q.to + 1 < tokens.size()
                && NOT_COUNTS.contains(tokens.get(q.to + 1).stripped()));
    }

    /** The comma before "وعددهم" right before token {@code first}, or -1 when the number stands in no apposition. */
    private static int apposedTo(List<Token> tokens, int first) {
        if (first < 2 || tokens.get(first - 1).in(APPOSED) == null) {
            return estimatedAfterComma(tokens, first);
        }
        int at = first - 2;
        if (at > 0 && tokens.get(at).in(ESTIMATED) != null) {
            at--; // المسلحين، ويقدّر عددهم بخمسة
        }
        Token comma = tokens.get(at);
        return comma.hasText("،") || comma.hasText(",") ? at : -1;
    }

    /**
     * A count estimated further into an apposition: المسلحين، وعددهم يقدر بحسب إفادات الناجين بنحو عشرة؛ المسلحين،
     * الذين قدّر شهود عيان عددهم بما بين ستة وثمانية. عددهم in the clause after the comma points back at the noun
     * before it. The comma, or -1.
     */
    private static int estimatedAfterComma(List<Token> tokens, int first) {
        int counted = -1;
        for (int i = first - 1; i >= 0 && i >= first - APPOSED_REACH; i--) {
            Token token = tokens.get(i);
            if (token.kind() != Kind.WORD) {
                return counted >= 0 && (token.hasText("،") || token.hasText(",")) ? i : -1;
            }
            if (counted < 0 && token.in(THEIR_NUMBER) != null) {
                counted = i;
            }
        }
        return -1;
    }

    /**
     * Whether the word right after a number is a noun of its own, by its form: indefinite and ending in ة (folded
     * ه), as the counted nouns of the news mostly are and verbs and particles are not.
     */
    private static boolean namesItsOwnThing(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return false;
        }
        Token word = tokens.get(at);
        return word.kind() == Kind.WORD && word.length() >= 4 && word.charAt(word.length() - 1) == 'ه'
                && !word.startsWith("ال", 0);
    }

    /** Which of {@link #BOUNDS_AFTER} stands at token {@code at}, or -1. */
    private static int boundAfter(List<Token> tokens, int at) {
        if (at >= tokens.size() || !tokens.get(at).is("علي") && !tokens.get(at).is("كحد")) {
            return -1;
        }
        for (int b = 0; b < BOUNDS_AFTER.length; b++) {
            String[] words = BOUNDS_AFTER[b];
            int k = 0;
            while (k < words.length && at + k < tokens.size() && tokens.get(at + k).is(words[k])) {
                k++;
            }
            if (k == words.length) {
                return b;
            }
        }
        return -1;
    }

    /** Whether the clause ends at token {@code at}: punctuation or the end of the text. */
    private static boolean endsClause(List<Token> tokens, int at) {
        return at >= tokens.size() || tokens.get(at).kind() == Kind.PUNCTUATION;
    }

    /** A bare number of four digits that may be a year (… منذ 2014،): no count of anything announced before. */
    private static boolean isYear(List<Token> tokens, Quantity q) {
        return q.to == q.from + 1 && tokens.get(q.from).kind() == Kind.NUMBER && q.low >= 1900 && q.low <= 2100;
    }

    /** Whether the words before token {@code first}, in its clause, speak of a count said before. */
    private static boolean speaksOfSameCount(List<Token> tokens, int first) {
        return Tokens.wordBefore(tokens, first, SAME_COUNT_REACH, SAME_COUNT);
    }

    private static boolean sentenceEndBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to && i < tokens.size(); i++) {
            if (tokens.get(i).in(SENTENCE_ENDS) != null) {
                return true;
            }
        }
        return false;
    }
}
