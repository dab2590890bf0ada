package io.raqib.nlp.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.raqib.nlp.extract.Tokens.Kind;
import io.raqib.nlp.extract.Tokens.Token;
import io.raqib.schemas.FigureCategory;

/** What a figure counts, read off its noun by folded stem: مقاتل → FIGHTERS, معتقل → DETAINEES, دولار → MONEY. */
final class CountedNouns {

    /** A counted noun: its category, the form it was found by, and the token after it. */
    record Noun(FigureCategory category, String form, int end) {
    }

    private static final Map<String, FigureCategory> NOUNS = new LinkedHashMap<>();
    static final Map<String, String> CURRENCIES = Map.of("دولار", "USD", "دينار", "IQD", "ليره", "SYP", "يورو", "EUR");

    static {
        // The first form a word starts with decides: two-word forms and security personnel come first.
        nouns(FigureCategory.SECURITY_PERSONNEL, "عناصر امن", "عنصر امن", "عناصر الامن", "رجال امن", "قوات امن",
                "شرطي", "منتسب", "حارس", "حراس");
        nouns(FigureCategory.FIGHTERS, "خليه", "خلايا", "مقاتل", "مسلح", "ارهابي", "عنصر", "عناصر", "جهادي", "انتحاري", "داعشي",
                "متسلل", "قيادي", "قيادات", "قاده", "مهاجم", "انغماسي", "متطرف", "مرتزق");
        nouns(FigureCategory.TROOPS, "جندي", "جنود", "عسكري", "قوات", "قوه", "مستشار", "مدرب", "ضابط", "ضباط",
                "مجند");
        nouns(FigureCategory.DETAINEES, "معتقل", "محتجز", "سجين", "سجناء", "اسير", "اسري", "موقوف", "مسجون", "متهم",
                "مطلوب", "مشتبه", "محكوم", "مدان", "نزيل", "نزلاء");
        nouns(FigureCategory.CASUALTIES_KILLED, "قتيل", "قتلي", "شهيد", "شهداء", "ضحيه", "ضحايا", "جثه", "جثث",
                "قتلاه"); // قتلاها، قتلاهم
        nouns(FigureCategory.CASUALTIES_WOUNDED, "جرحاه"); // جرحاها، جرحاهم
        nouns(FigureCategory.CASUALTIES_WOUNDED, "جريح", "جرحي", "مصاب");
        nouns(FigureCategory.PEOPLE, "شخص", "اشخاص", "لاجي", "نازح", "مدني", "امراه", "نساء", "طفل", "اطفال",
                "عائله", "عوائل", "اسره", "اسر", "نسمه", "مواطن", "سكان", "فرد", "افراد", "قاطن", "مهجر", "صياد", "تاجر",
                "تجار", "راعي", "رعاه", "مزارع", "فلاح", "عامل", "عمال", "سائق", "مسافر", "زائر", "طالب", "طلاب",
                "اجنبي", "اجانب", "رهينه", "رهائن", "مختطف", "رجل", "رجال", "فتي", "فتيان", "شاب", "شبان", "مقيم",
                "متعاقد", "عراقي",
                // Families, women, the missing, supporters, escapees, notables, minors.
                "عائلات", "سيده", "سيدات", "مفقود", "انصار", "مناصر", "مؤيد", "متعاطف", "فارين", "فارون", "فارات",
                "هاربين", "هاربون", "وجهاء", "قاصر", "رعايا", "صحفي", "موظف",
                // The sons of a place or a tribe (آلاف من أبنائها), shoppers.
                "ابنا", "متسوق"); // ابناء، أبنائها، أبناؤه: the hamza folds apart, so the stem before it
        nouns(FigureCategory.MONEY, "دولار", "دينار", "ليره", "يورو");
        nouns(FigureCategory.AREA, "كيلومتر مربع", "كيلومترا مربعا", "كيلومترات مربعه", "كم مربع", "كم 2", "كم ²", "كلم");
        nouns(FigureCategory.WEAPONS, "صاروخ", "قذيفه", "عبوه", "سلاح", "قطعه سلاح", "بندقيه",
                "بنادق", "دبابه", "مدفع", "قاذف", "حزام ناسف", "احزمه ناسفه", "احزمه", "حزام", "صواريخ", "قذائف", "عبوات",
                "اسلحه",
                // Machine guns, pistols, hand grenades.
                "رشاش", "رشاشه", "مسدس", "قنبله", "قنابل");
        // Counted events and things: no threat category, but a count the desk reads (17 هجوما، 40 نقطة تفتيش).
        nouns(FigureCategory.OTHER, "هجوم", "هجمات", "ضربه", "ضربات", "غاره", "غارات", "عمليه", "عمليات", "محاوله",
                "محاولات", "نقطه", "نقاط", "وكر", "اوكار", "مضافه", "مضافات", "حادث", "حوادث",
                "سياره", "سيارات", "عجله", "عجلات", "موقع", "مواقع", "قريه", "قري", "نفق", "انفاق", "طلعه", "طلعات",
                "تفجير", "انفجار", "كمين", "كماين", "مداهمه", "مداهمات", "برج", "ابراج", "اليات", "شاحنه", "شاحنات",
                "كاميرا", "كاميرات", "معسكر", "مخبا", "مخابي", "قواعد", "حاله", "حالات", "الويه", "افواج", "كتايب",
                // Vehicles and aircraft (a car bomb is a weapon: see VEHICLES), bases, barriers, companies, houses.
                "عربه", "عربات", "حافله", "حافلات", "دراجه", "دراجات", "طايره", "طايرات", "مسيره", "مسيرات", "قاعده",
                "حاجز", "حواجز", "سرايا", "منزل", "منازل");
    }

    /** The forms by their first two letters, in the order above: a word is compared with the few it may start with. */
    private static final SpanMap<List<String>> BY_START;

    static {
        Map<String, List<String>> byStart = new java.util.HashMap<>();
        NOUNS.keySet().forEach(form -> byStart.computeIfAbsent(form.substring(0, 2), k -> new java.util.ArrayList<>())
                .add(form));
        BY_START = SpanMap.of(byStart);
    }

    /** Vehicles, which a word of rigging after them (مفخخة، ملغومة) makes weapons: سيارتين مفخختين. */
    private static final Set<String> VEHICLES = folded("سياره", "سيارات", "عجله", "عجلات", "عربه", "عربات", "دراجه",
            "دراجات", "شاحنه", "شاحنات", "طايره", "طايرات", "مسيره", "مسيرات");
    private static final String[] RIGGED = {"مفخخ", "ملغوم", "ملغم"};

    /** Nouns that are adjectives with the article: 1800 عراقي are people, طائرات إف-16 العراقية are not. */
    private static final Set<String> ADJECTIVES = folded("عراقي");
    /** Nouns that say who among a group, not what the group is: بينهم نحو ألفي أجنبي are of the group before. */
    private static final Set<String> MEMBERS = folded("اجنبي", "اجانب", "امراه", "نساء", "طفل", "اطفال", "رجل", "رجال",
            "فتي", "فتيان", "شاب", "شبان", "سيده", "سيدات", "قاصر");
    /** Words between من and the noun that pick the group out: 200 من أخطر المحتجزين، خمسة من كبار القادة. */
    private static final SpanMap<Boolean> PICKS = SpanMap.setOf(List.of("ابرز", "اخطر", "اهم", "كبار", "اكبر"));
    /** How far before a number its noun may stand: عدد عناصر التنظيم في سوريا يناهز ستة آلاف. */
    private static final int BEFORE = 6;
    private static final SpanMap<Boolean> CLAUSE_OPENERS = SpanMap.setOf(List.of("ان", "بان", "انه", "انها", "فان",
            "وان", "لان"));
    /** How far before a number a noun announced as counted may stand (عدد مقاتلي داعش …). */
    private static final int ANNOUNCED = 15;
    /** Words that announce a count of the noun after them. */
    private static final SpanMap<Boolean> COUNT_OF = SpanMap.setOf(List.of("عدد", "اعداد", "حصيله", "تعداد",
            "وعدد", "لعدد", "بعدد", "العدد"));
    private static final int GROUP_BEFORE = 20;
    private static final Set<FigureCategory> GROUPS_OF_VICTIMS = java.util.EnumSet.of(FigureCategory.CASUALTIES_KILLED,
            FigureCategory.CASUALTIES_WOUNDED, FigureCategory.DETAINEES);
    /** Between عدد and its noun: العدد الإجمالي للقتلى. */
    private static final SpanMap<Boolean> TOTAL = SpanMap.setOf(List.of("الاجمالي", "الكلي", "الفعلي", "الحقيقي",
            "النهايي"));
    /** People nouns that say nothing of who the people are: 34 شخصا may be 34 killed, 6 أشخاص a cell's men. */
    private static final Set<String> ANYONE = folded("شخص", "اشخاص", "فرد", "افراد", "نسمه");
    /** Words that may stand between a number and its noun: ألفا فقط من المسلحين. */
    private static final SpanMap<Boolean> ASIDES = SpanMap.setOf(List.of("فقط", "تقريبا"));

    private CountedNouns() {
    }

    private static Set<String> folded(String... words) {
        return java.util.Arrays.stream(words).map(FoldedText::fold).collect(java.util.stream.Collectors.toSet());
    }

    private static void nouns(FigureCategory category, String... forms) {
        for (String form : forms) {
            NOUNS.put(FoldedText.fold(form), category);
        }
    }

    /** The noun at token {@code i} (one or two words), or null. */
    static Noun at(List<Token> tokens, int i) {
        return at(tokens, i, false);
    }

    /**
     * The noun at token {@code i}; with {@code underPreposition}, also under a ب ل ك glued to it (بقوة تناهز 5
     * آلاف), as a noun standing before its number may be. The noun counted right after a number never is: "35 لكمين"
     * is a unit's number and an ambush.
     */
    private static Noun at(List<Token> tokens, int i, boolean underPreposition) {
        if (i < 0 || i >= tokens.size() || tokens.get(i).kind() != Kind.WORD) {
            return null;
        }
        Token token = tokens.get(i);
        String word = token.stripped();
        List<String> candidates = word.length() < 2 ? null : BY_START.get(word, 0, 2);
        if (candidates == null && token.strippedStart() > 0) {
            word = token.text(); // ألوية folds to الويه, whose ال is no article
            candidates = BY_START.get(word, 0, 2);
        }
        if (candidates == null && underPreposition && token.length() > 3 && Clitics.glued(token.charAt(0))) {
            word = token.text().substring(1); // بقوة، لعناصر: a preposition the article did not bring off
            candidates = BY_START.get(word, 0, 2);
        }
        Noun noun = candidates == null ? null : match(tokens, i, token, word, candidates);
        if (noun != null) {
            return rigged(tokens, noun);
        }
        if (noun == null && word.length() > 4 && word.lastIndexOf('ت') >= word.length() - 4) {
            String unsuffixed = beforePronoun(word); // قادته، عائلتها: the ة of قادة، عائلة before a pronoun
            List<String> forms = unsuffixed == null ? null : BY_START.get(unsuffixed, 0, 2);
            noun = forms == null ? null : match(tokens, i, token, unsuffixed, forms);
        }
        return noun;
    }

    /** A vehicle rigged to explode, told by the word after it (ثلاث دراجات مفخخة), is a weapon. */
    static Noun rigged(List<Token> tokens, Noun noun) {
        if (!VEHICLES.contains(noun.form()) || noun.end() >= tokens.size()) {
            return noun;
        }
        Token next = tokens.get(noun.end());
        for (String word : RIGGED) {
            if (next.startsWith(word, 0)) {
                return new Noun(FigureCategory.WEAPONS, noun.form(), noun.end() + 1);
            }
        }
        return noun;
    }

    private static Noun match(List<Token> tokens, int i, Token token, String word, List<String> candidates) {
        String two = null; // the word and the next, put together only for a form of two words
        for (String form : candidates) {
            if (form.contains(" ")) {
                if (two == null && i + 1 < tokens.size()) {
                    two = word + " " + tokens.get(i + 1).stripped();
                }
                if (two != null && two.startsWith(form)) {
                    return new Noun(NOUNS.get(form), form, i + 2);
                }
            } else if (word.startsWith(form) && !(ADJECTIVES.contains(form) && token.strippedStart() > 1)) {
                return new Noun(NOUNS.get(form), form, i + 1);
            }
        }
        return null;
    }

    /** A word ending in ت and a pronoun (قادته، قيادتهم) as the noun in ة it is (قاده، قياده), or null. */
    private static String beforePronoun(String word) {
        for (String pronoun : PRONOUNS) {
            int t = word.length() - pronoun.length() - 1;
            if (t >= 2 && word.endsWith(pronoun) && word.charAt(t) == 'ت') {
                return word.substring(0, t) + "ه";
            }
        }
        return null;
    }

    private static final String[] PRONOUNS = {"هما", "هم", "ها", "هن", "ه"};

    /**
     * The noun counted by a number ending at token {@code to}: right after it (or after فقط، تقريبا), or after من /
     * بين and a pick. A word glued to و is not counted by the number before it: it starts the next item of a list
     * (الفرقة 20 وقوات الحدود).
     */
    static Noun after(List<Token> tokens, int to) {
        int i = to;
        if (i < tokens.size() && tokens.get(i).in(ASIDES) != null) {
            i++;
        }
        if (i < tokens.size() && (tokens.get(i).is("من") || tokens.get(i).is("بين"))) {
            i++;
        }
        if (i < tokens.size() && tokens.get(i).is("بين")) {
            i++;
        }
        Noun noun = at(tokens, i);
        if (noun != null && tokens.get(i).charAt(0) == 'و' && tokens.get(i).strippedStart() > 0
                && noun.form().charAt(0) != 'و') {
            return null; // وقوات, but not وكرا, whose و is its own
        }
        if (noun == null && i > to && i < tokens.size() && tokens.get(i).in(PICKS) != null) {
            noun = at(tokens, i + 1);
        }
        return noun;
    }

    /** The nearest noun before token {@code from} in its clause: "المقاتلين المتفرغين لا يتجاوزون ألفين". */
    static Noun before(List<Token> tokens, int from) {
        int words = 0;
        for (int i = from - 1; i >= 0 && words < BEFORE; i--) {
            Token token = tokens.get(i);
            if (token.kind() != Kind.WORD || token.in(CLAUSE_OPENERS) != null) {
                return null;
            }
            words++;
            Noun noun = at(tokens, i, true);
            if (noun != null) {
                return noun;
            }
        }
        return null;
    }

    /**
     * The noun announced as counted further back in the clause: right after عدد، أعداد، حصيلة (عدد جنودها في
     * العراق سينخفض بحلول أيلول المقبل من نحو 2500). The sentence then says how many, however far it goes first.
     */
    static Noun announced(List<Token> tokens, int from) {
        int words = 0;
        for (int i = from - 1; i > 0 && words < ANNOUNCED; i--) {
            Token token = tokens.get(i);
            int aside = token.hasText("،") ? asideBefore(tokens, i) : -1;
            if (aside >= 0) {
                i = aside; // عدد القتلى، وفقا للمعلومات الأولية، إلى ما لا يقل عن تسعة: past the source
                continue;
            }
            if (token.kind() != Kind.WORD || token.in(CLAUSE_OPENERS) != null) {
                return null;
            }
            words++;
            if (tokens.get(i - 1).in(COUNT_OF) != null
                    || i > 1 && tokens.get(i - 1).in(TOTAL) != null && tokens.get(i - 2).in(COUNT_OF) != null) {
                Noun noun = at(tokens, i, true); // عدد القتلى، العدد الإجمالي للقتلى
                if (noun != null) {
                    return noun;
                }
            }
        }
        return null;
    }

    /** Words that open an aside naming a source: وفقا للمعلومات الأولية، بحسب مصادر محلية. */
    private static final SpanMap<Boolean> SOURCES = SpanMap.setOf(List.of("وفق", "وفقا", "بحسب", "حسب", "طبقا",
            "نقلا"));
    private static final int ASIDE = 8;

    /**
     * When the comma at {@code comma} closes an aside naming a source (…، وفق اعترافات الموقوفين،), the index of
     * the comma that opens it (the aside is read over), else -1.
     */
    private static int asideBefore(List<Token> tokens, int comma) {
        for (int i = comma - 1; i > 0 && i >= comma - ASIDE; i--) {
            Token token = tokens.get(i);
            if (token.kind() != Kind.WORD) {
                return -1;
            }
            if (tokens.get(i - 1).hasText("،") && token.in(SOURCES) != null) {
                return i - 1;
            }
        }
        return -1;
    }

    /** The group named in "بين القتلى ثلاثة", "من بين المعتقلين خمسة": the noun after بين, right before the number. */
    static Noun among(List<Token> tokens, int from) {
        return from >= 2 && (tokens.get(from - 2).is("بين") || tokens.get(from - 2).is("وبين")) ? at(tokens, from - 1)
                : null;
    }

    /**
     * The group a partitive (اثنين منهم) picks from, when it is named by a definite noun of what happened to people
     * in the sentence before it, after the figure before (token {@code stop}): الجرحى نقلوا إلى المستشفى، وحالة اثنين
     * منهم حرجة.
     */
    static Noun groupBefore(List<Token> tokens, int from, int stop) {
        for (int i = from - 1; i >= stop && i >= from - GROUP_BEFORE; i--) {
            Token token = tokens.get(i);
            if (token.kind() == Kind.PUNCTUATION && (token.hasText(".") || token.hasText("؟"))) {
                return null;
            }
            if (token.kind() == Kind.WORD && token.strippedStart() > 1) {
                Noun noun = at(tokens, i);
                if (noun != null && GROUPS_OF_VICTIMS.contains(noun.category())) {
                    return noun;
                }
            }
        }
        return null;
    }

    /** The category of exactly this form of the lists (a singular read off a dual), or null. */
    static FigureCategory exactly(String form) {
        return NOUNS.get(form);
    }

    /** Whether the noun says only that people are counted (شخص، أفراد), not who they are. */
    static boolean anyone(Noun noun) {
        return ANYONE.contains(noun.form());
    }

    static boolean describesMembers(Noun noun) {
        return MEMBERS.contains(noun.form());
    }
}
