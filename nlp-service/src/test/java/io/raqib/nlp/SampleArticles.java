package io.raqib.nlp;

/** Sample articles written for the tests, in the genre Raqib reads. */
public final class SampleArticles {

    /** Infiltration near the border, a figure with its group, and a prison break: several topics and places. */
    public static final String BORDER_AND_PRISON = """
            أعلنت قيادة قوات الحدود العراقية إحباط محاولة تسلل جديدة قرب القائم، فيما حذر مسؤول أمني من أن \
            قرابة 3 آلاف مسلح من داعش ينشطون في البادية السورية.

            وفي الحسكة، أفادت مصادر أمنية بفرار عدد من السجناء من سجن غويران فجر اليوم، وقالت إن القوات تلاحق             الفارين الذين يخشى أن يحاولوا التسلل عبر الحدود.""";


    private SampleArticles() {
    }
}
