package io.raqib.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Realistic Arabic security news, made up from templates written for Raqib: officials quoted on fighters and
 * detainees, border infiltration, operations, prisons and camps, with figures in digits and in words. Seeded, so
 * a benchmark reads the same articles on every run.
 *
 * <p>{@link #article(int)} is the JMH workload: a text naming every place, unchanged so that extraction figures stay
 * comparable across commits. {@link #story}, {@link #spike} and {@link #retold} write the articles of a pipeline run
 * ({@link NewsFeed}): a story about one topic at one to three places, a short report of a spike, and another
 * outlet's lightly edited copy of a story.
 */
public final class ArticleGenerator {

    /** A title and a body in paragraphs of sentences; kept apart so that another outlet can edit it. */
    public record Story(String topic, String title, List<List<String>> paragraphs) {
        public Story {
            paragraphs = paragraphs.stream().map(List::copyOf).toList();
        }

        /** Sentences joined by a space, paragraphs by a blank line: the shape ingest keeps. */
        public String body() {
            StringBuilder body = new StringBuilder();
            for (List<String> paragraph : paragraphs) {
                if (!body.isEmpty()) {
                    body.append("\n\n");
                }
                body.append(String.join(" ", paragraph));
            }
            return body.toString();
        }
    }

    private static final List<String> PLACES = List.of("الحسكة", "دير الزور", "الأنبار", "نينوى", "الموصل",
            "القائم", "البوكمال", "الرقة", "ديالى", "كركوك", "صلاح الدين", "البادية السورية", "سنجار", "الرطبة");
    private static final List<String> CAMPS = List.of("مخيم الهول", "مخيم روج", "سجن غويران");
    private static final List<String> GROUPS = List.of("داعش", "تنظيم الدولة", "الدواعش");
    private static final List<String> FORCES = List.of("قوات حرس الحدود", "الجيش العراقي", "قوات سوريا الديمقراطية",
            "الحشد الشعبي", "جهاز مكافحة الإرهاب", "التحالف الدولي", "القوات الأمريكية");
    private static final List<String> TITLES = List.of("العميد", "اللواء", "الناطق باسم العمليات المشتركة",
            "القيادي في الحشد الشعبي،", "الخبير الأمني", "المتحدث باسم التحالف الدولي", "النائب");
    private static final List<String> FIRST = List.of("سامر", "خالد", "نوري", "حيدر", "كاوا", "فراس", "عادل", "منذر",
            "يوسف", "أحمد", "جاسم", "رعد");
    private static final List<String> LAST = List.of("الدليمي", "العبيدي", "الجبوري", "حسن", "الساعدي", "الكعبي",
            "الزبيدي", "الشمري", "العزاوي", "التميمي");
    private static final List<String> AMOUNTS = List.of("نحو 10 آلاف", "ما بين 20 إلى 30 ألفا", "أكثر من 2000",
            "قرابة خمسة آلاف", "المئات", "عشرات", "حوالي 1500", "ما يصل إلى 500", "٣ آلاف", "زهاء ثلاثمئة",
            "عشرات الآلاف", "نصف مليون");
    private static final List<String> COUNTED = List.of("مقاتل", "عنصر", "معتقل", "محتجز", "مسلح", "شخص", "جندي");

    private static final List<String> SENTENCES = List.of(
            "قال {title} {name} إن {amount} {counted} من {group} ما زالوا ينشطون في {place}.",
            "وأضاف أن {force} أحبطت محاولة تسلل جديدة قرب {place} خلال الساعات الماضية.",
            "وأكد {title} {name} أن عمليات التسلل عبر الحدود تراجعت منذ مطلع العام الماضي.",
            "وذكر مصدر أمني أن {force} نفذت عمليات مداهمة وتفتيش في مناطق متفرقة من {place}.",
            "ويضم {camp} {amount} {counted} بحسب تقديرات محلية، فيما تطالب منظمات إنسانية بتحسين الظروف فيه.",
            "وحذر {title} {name} من أن فرار السجناء من {camp} سيشكل خطرا على أمن المنطقة كلها.",
            "وشنت طائرات {force} غارات جوية على مواقع لخلايا {group} في {place}، ما أسفر عن مقتل 12 مسلحا.",
            "وأشار إلى أن {group} يعيد تنظيم صفوفه مستفيدا من الفراغ الأمني في {place}.",
            "ونقلت وسائل إعلام محلية عن شهود عيان أن انفجار عبوة ناسفة استهدف رتلا عسكريا على الطريق الدولي.",
            "وتقدر مصادر مختلفة أعداد {counted}ين في {camp} بـ{amount}، في حين تتحدث أرقام رسمية عن أقل من ذلك.",
            "ودفعت {force} بتعزيزات عسكرية إلى الشريط الحدودي مع سوريا بعد رصد تحركات مريبة.",
            "وكشف {title} {name} عن اعتقال 40 مشتبها بهم بتمويل {group} عبر شبكات لتحويل الأموال.",
            "وتحدثت تقارير عن اختطاف عدد من الرعاة في بادية {place} على يد مجموعة مسلحة.",
            "ولفت {title} {name} إلى أن الخلايا النائمة تستغل الطبيعة الصحراوية للتنقل بين العراق وسوريا.",
            "ونفى المتحدث وجود أي عمليات تسلل عبر الحدود خلال الأسبوع الجاري، مؤكدا أن الوضع مستقر.",
            "وبحسب {force} فإن {amount} {counted} عبروا الحدود خلال العامين الماضيين.",
            "ويرى مراقبون أن تكرار الهجمات في {place} مؤشر على عودة نشاط {group} في المنطقة.",
            "وخصصت الحكومة نحو 50 مليون دولار لتعزيز المراقبة على الحدود مع سوريا.");

    private final SplittableRandom random;

    public ArticleGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** An article body of about {@code bytes} bytes of UTF-8, in paragraphs of two to four sentences. */
    public String article(int bytes) {
        StringBuilder body = new StringBuilder(bytes + 256);
        int size = 0;
        int inParagraph = 0;
        while (size < bytes) {
            String separator = "";
            if (inParagraph > 0 && random.nextInt(3) == 0) {
                separator = "\n\n";
                inParagraph = 0;
            } else if (inParagraph > 0) {
                separator = " ";
            }
            String sentence = sentence();
            body.append(separator).append(sentence);
            size += separator.length() + utf8(sentence);
            inParagraph++;
        }
        return body.toString();
    }

    private String sentence() {
        return pick(SENTENCES)
                .replace("{title}", pick(TITLES))
                .replace("{name}", pick(FIRST) + " " + pick(LAST))
                .replace("{amount}", pick(AMOUNTS))
                .replace("{counted}", pick(COUNTED))
                .replace("{group}", pick(GROUPS))
                .replace("{force}", pick(FORCES))
                .replace("{camp}", pick(CAMPS))
                .replace("{place}", pick(PLACES));
    }

    /**
     * A story on {@code topic} set at {@code places} (background places only), of at least {@code bytes} bytes of
     * UTF-8: a lede on the topic, then the topic again, the desk's general subjects, and context.
     */
    public Story story(String topic, List<String> places, int bytes) {
        String title = fill(pick(Vocabulary.HEADLINES.get(topic)), places.get(0));
        List<String> onTopic = Vocabulary.TOPIC_SENTENCES.get(topic);
        return new Story(topic, title, paragraphs(bytes, fill(pick(onTopic), places.get(0)), () -> {
            int kind = random.nextInt(10);
            List<String> templates = kind < 3 ? onTopic : kind < 6 ? Vocabulary.GENERAL : Vocabulary.NEUTRAL;
            return fill(pick(templates), pick(places));
        }));
    }

    /**
     * One outlet's report of a spike: {@code topic} at {@code place} (a spike place), the topic in two or three
     * sentences and context free of any other topic, so the alert it helps raise is the spike's.
     */
    public Story spike(String topic, String place, int bytes) {
        String title = fill(pick(Vocabulary.HEADLINES.get(topic)), place);
        List<String> onTopic = Vocabulary.TOPIC_SENTENCES.get(topic);
        int[] topical = {1 + random.nextInt(2)};
        return new Story(topic, title, paragraphs(bytes, fill(pick(onTopic), place), () -> {
            boolean more = topical[0] > 0 && random.nextInt(3) == 0;
            topical[0] -= more ? 1 : 0;
            return fill(pick(more ? onTopic : Vocabulary.NEUTRAL), place);
        }));
    }

    /**
     * The same story as another outlet runs it: its own headline, the lede reworded, the last paragraph cut when
     * there are three or more, and a closing line of its own. Shares well over half its 3-word shingles with the
     * original, which is what ingest calls a near-duplicate.
     */
    public Story retold(Story original, String outlet, String place) {
        List<List<String>> paragraphs = new ArrayList<>();
        original.paragraphs().forEach(p -> paragraphs.add(new ArrayList<>(p)));
        paragraphs.get(0).set(0, fill(pick(Vocabulary.TOPIC_SENTENCES.get(original.topic())), place));
        int last = utf8(String.join(" ", paragraphs.get(paragraphs.size() - 1)));
        if (paragraphs.size() >= 3 && utf8(original.body()) - last >= SizeDistribution.MIN) {
            paragraphs.remove(paragraphs.size() - 1);
        }
        paragraphs.get(paragraphs.size() - 1).add(fill(pick(Vocabulary.RETOLD).replace("{outlet}", outlet), place));
        String title = random.nextBoolean() ? "عاجل: " + original.title()
                : fill(pick(Vocabulary.HEADLINES.get(original.topic())), place);
        return new Story(original.topic(), title, paragraphs);
    }

    /** Paragraphs of two to four sentences until the body holds at least {@code bytes} bytes of UTF-8. */
    private List<List<String>> paragraphs(int bytes, String lede, Supplier<String> next) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        paragraphs.add(paragraph);
        paragraph.add(lede);
        int size = utf8(lede);
        int length = 2 + random.nextInt(3);
        while (size < bytes) {
            if (paragraph.size() >= length) {
                paragraph = new ArrayList<>();
                paragraphs.add(paragraph);
                length = 2 + random.nextInt(3);
                size += 2;
            } else {
                size += 1;
            }
            String sentence = next.get();
            paragraph.add(sentence);
            size += utf8(sentence);
        }
        return paragraphs;
    }

    /** One sentence of a template, for tests of the vocabulary. */
    String sentence(String template, String place) {
        return fill(template, place);
    }

    /**
     * A template with every slot filled and one wording of each {a|b} chosen; {place} is the one given. Every slot's
     * value is drawn, in this order, whether the template has the slot or not, and a slot met twice gets the same
     * value: the feed of a seed stays what it has been since the first runs ({@code NewsFeedTest}). The slots are
     * then filled in one pass: the driver writes every article of a run on the machine it measures.
     */
    private String fill(String template, String place) {
        template = chooseWordings(template);
        String[] say = pick(Vocabulary.SAY);
        String speaker = pick(Vocabulary.TITLES) + " " + pick(Vocabulary.FIRST) + " " + pick(Vocabulary.LAST);
        String when = random.nextInt(3) == 0 ? pick(Vocabulary.WHEN)
                : pick(Vocabulary.DAY_PARTS) + " " + pick(Vocabulary.DAYS);
        String sayIt = "و" + say[0] + " " + speaker + " " + say[1];
        String title = pick(Vocabulary.TITLES);
        String name = pick(Vocabulary.FIRST) + " " + pick(Vocabulary.LAST);
        String source = pick(Vocabulary.SOURCES);
        String vehicle = pick(Vocabulary.VEHICLES);
        String amount = pick(Vocabulary.AMOUNTS);
        String counted = pick(Vocabulary.COUNTED);
        String group = pick(Vocabulary.GROUPS);
        String force = pick(Vocabulary.FORCES);
        String camp = pick(Vocabulary.CAMPS);
        String n = Integer.toString(11 + random.nextInt(89));
        StringBuilder filled = new StringBuilder(template.length() + 128);
        int from = 0;
        int open;
        while ((open = template.indexOf('{', from)) >= 0) {
            int close = template.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String value = switch (template.substring(open + 1, close)) {
                case "Say" -> sayIt;
                case "title" -> title;
                case "name" -> name;
                case "when" -> when;
                case "source" -> source;
                case "vehicle" -> vehicle;
                case "amount" -> amount;
                case "counted" -> counted;
                case "group" -> group;
                case "force" -> force;
                case "camp" -> camp;
                case "n" -> n;
                case "place" -> place;
                default -> null;
            };
            filled.append(template, from, open);
            if (value == null) {
                filled.append('{'); // not a slot: kept as written, and looked at again from its next char
                from = open + 1;
            } else {
                filled.append(value);
                from = close + 1;
            }
        }
        return filled.append(template, from, template.length()).toString();
    }

    private String chooseWordings(String template) {
        if (template.indexOf('|') < 0) {
            return template;
        }
        StringBuilder chosen = new StringBuilder(template.length());
        int from = 0;
        int open;
        while ((open = template.indexOf('{', from)) >= 0) {
            int close = template.indexOf('}', open);
            String slot = template.substring(open + 1, close);
            chosen.append(template, from, open);
            if (slot.indexOf('|') >= 0) {
                String[] wordings = slot.split("\\|", -1);
                chosen.append(wordings[random.nextInt(wordings.length)]);
            } else {
                chosen.append('{').append(slot).append('}');
            }
            from = close + 1;
        }
        return chosen.append(template, from, template.length()).toString();
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** The bytes of {@code text} in UTF-8, as {@code getBytes(UTF_8)} counts them, without writing them. */
    static int utf8(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += Character.isSurrogate(c) ? 1 : 3; // a lone surrogate is written as '?'
            }
        }
        return bytes;
    }
}
