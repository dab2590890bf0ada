package io.raqib.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic Arabic security news, made up from templates written for Raqib: officials quoted on fighters and
 * detainees, border infiltration, operations, prisons and camps, with figures in digits and in words. Seeded, so
 * a benchmark reads the same articles on every run.
 */
public final class ArticleGenerator {

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
        int inParagraph = 0;
        while (body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < bytes) {
            if (inParagraph > 0 && random.nextInt(3) == 0) {
                body.append("\n\n");
                inParagraph = 0;
            } else if (inParagraph > 0) {
                body.append(' ');
            }
            body.append(sentence());
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

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
